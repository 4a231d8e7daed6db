/// Out-of-range numbers in figures become located errors in words a user understands: a sum past the
/// 64-bit range, or a value too large to print or compare exactly, never a crash or an SQLite message.
enum MetricBounds {
    /// The largest count a figure may show (a thousand trillion).
    static let largestCount = 1_000_000_000_000_000
    /// The largest numerator or denominator of a percentage (a billion of anything).
    static let largestRatioPart = 1_000_000_000

    /// The name of a metric in messages.
    static func name(_ reference: MetricReference) -> String {
        reference.sql == nil ? "metric '\(reference.id)'" : "sql metric"
    }

    /// A database failure while computing `reference`, located at the metric, without SQL.
    static func explain(_ error: DiscloseError, reference: MetricReference, year: Int) -> DiscloseError {
        guard case .database(_, let message, _) = error.reason else { return error }
        if message.localizedLowercase.contains("integer overflow") {
            return .invalid(
                at: reference.location,
                "\(name(reference)) for FY\(year) adds up to more than \(Int.max.groupedText), the largest whole number "
                    + "disclose can compute: look for an implausibly large number in the data of FY\(year)")
        }
        return .invalid(at: reference.location, "\(name(reference)) could not be computed for FY\(year): \(message)")
    }

    /// Refuses a result too large to show or compare exactly.
    static func check(_ result: MetricResult, year: Int) throws(DiscloseError) {
        let reference = result.reference
        for value in [result.value, result.partialValue].compactMap({ $0 }) {
            if case .count(let count) = value, count.magnitude > largestCount.magnitude {
                throw .invalid(
                    at: reference.location,
                    "\(name(reference)) for FY\(year) is \(count.groupedText), more than \(largestCount.groupedText): "
                        + "too large to be a credible figure; check the data")
            }
        }
        if let ratio = result.ratio, ratio.numerator.magnitude > largestRatioPart.magnitude || ratio.denominator.magnitude > largestRatioPart.magnitude
            || ratio.numerator < 0 || ratio.denominator < 0
        {
            throw .invalid(
                at: reference.location,
                "\(name(reference)) for FY\(year) is the fraction \(ratio.numerator.groupedText) / \(ratio.denominator.groupedText): "
                    + "a percentage needs whole numbers from 0 to \(largestRatioPart.groupedText)")
        }
    }
}
