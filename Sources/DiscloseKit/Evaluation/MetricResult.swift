/// The headline figure of a metric.
public enum MetricValue: Sendable, Hashable {
    case count(Int)
    /// A percentage, kept exact as its ratio.
    case percent(Ratio)
    case date(Day)
    /// A percentage or date with nothing to compute it from (zero denominator, no certificate).
    case undefined
}

/// How many companies of a scope submitted every dataset a metric reads.
public struct Coverage: Sendable, Hashable {
    public var inScope: Int
    public var reported: Int
    /// Codes of in-scope companies that did not submit a dataset the metric reads, sorted.
    public var missingCompanies: [String]
    /// Names of those companies, in the same order, for the page.
    public var missingNames: [String] = []

    /// True when the scope holds at least one company and every one of them reported: a scope with no
    /// company backs no figure, so nothing computed over it is ever complete (never a vacuous "met").
    public var isComplete: Bool { inScope > 0 && reported == inScope }
}

/// Files and rows of one dataset that fed a figure.
public struct MetricInput: Sendable, Hashable {
    public var dataset: String
    public var files: Int
    public var rows: Int
}

/// A metric evaluated for one fiscal year over one scope: exact value, coverage and provenance.
public struct MetricResult: Sendable {
    public var reference: MetricReference
    public var unit: String
    public var tag: String?
    public var kind: MetricDefinition.Kind
    public var fiscalYear: Int
    /// The figure over every company in scope; nil when coverage is incomplete.
    public var value: MetricValue?
    /// The figure over the companies that did report, when coverage is incomplete.
    public var partialValue: MetricValue?
    /// Numerator and denominator for ratio-bearing metrics (over the reporting companies).
    public var ratio: Ratio?
    public var coverage: Coverage
    /// Codes of the companies in scope (consolidated at FY end), sorted.
    public var companies: [String]
    public var inputs: [MetricInput]
    /// A breakdown of the value, e.g. cross-border forms by transfer basis.
    public var breakdown: [String: Int]
    /// The SQL that computed the figure.
    public var sql: String

    /// The value if coverage is complete, else the partial value: what a table cell shows alongside coverage.
    public var shownValue: MetricValue? { value ?? partialValue }

    /// True when the value is known, complete and zero.
    public var isZero: Bool {
        if case .count(0) = value { return true }
        return false
    }
}
