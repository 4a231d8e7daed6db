/// What a built-in metric measures: id, unit, standards tag, datasets read and allowed filters.
public struct MetricDefinition: Sendable {
    /// The shape of a metric's headline value.
    public enum Kind: Sendable, Hashable {
        /// A count, e.g. incidents.
        case count
        /// A count of companies that also carries its share of the scope (numerator/denominator).
        case countOfScope
        /// A percentage with numerator and denominator; `value` is the exact percentage.
        case percent
        /// A date, e.g. the earliest certification.
        case date
    }

    public var id: String
    public var unit: String
    public var tag: String?
    public var kind: Kind
    /// Datasets whose submission decides coverage.
    public var datasets: [String]
    /// Allowed filter keys and their closed values.
    public var filters: [String: [String]]
    /// The rule in words, as `explain` prints it.
    public var rule: String

    /// True when the result carries a numerator and denominator, so a `%` target applies.
    public var hasDenominator: Bool { kind == .percent || kind == .countOfScope }
}
