/// What a metric's query is built from for one evaluation: the fiscal year, the companies whose rows
/// count and the filter; SQL is written out with literal values so `explain` can show it runnable.
public struct MetricQuery: Sendable {
    let fiscalYear: FiscalYear
    /// Companies whose rows count (the reporting part of the scope).
    let companies: [String]
    let filter: [String: [String]]
    /// The metric's filter columns, in the order their conditions are appended.
    let filterColumns: [MetricFilter]
    /// `company IN (…)` of the companies that count, written once: a group's scope lists over a thousand codes.
    let inScope: String

    init(fiscalYear: FiscalYear, companies: [String], filter: [String: [String]], filterColumns: [MetricFilter]) {
        self.fiscalYear = fiscalYear
        self.companies = companies
        self.filter = filter
        self.filterColumns = filterColumns
        inScope = "company IN (\(companies.map(MetricQuery.quote).joined(separator: ", ")))"
    }

    var y: String { String(fiscalYear.label) }
    var start: String { MetricQuery.quote(fiscalYear.start.description) }
    var end: String { MetricQuery.quote(fiscalYear.end.description) }
    /// The rows of this fiscal year of the companies that count.
    var rows: String { "fiscal_year = \(y) AND \(inScope)" }
    var scopeCount: String { String(companies.count) }

    static func quote(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "'")) else { return "'" + text + "'" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `AND column IN (…)` for each filter column given a value.
    var filtered: String {
        filterColumns.compactMap { filterColumn in
            let column = filterColumn.column.name
            guard let values = filter[column], !values.isEmpty else { return nil }
            return " AND \(column) IN (\(values.map(filterColumn.literal).joined(separator: ", ")))"
        }.joined()
    }

    /// Active on FY end: registered on or before it, retired after it (or never).
    func activeAtEnd(_ from: String, _ until: String) -> String {
        "\(from) <= \(end) AND (\(until) IS NULL OR \(until) > \(end))"
    }

    /// Active on some day of the FY.
    func activeDuringYear(_ from: String, _ until: String) -> String {
        "\(from) <= \(end) AND (\(until) IS NULL OR \(until) > \(start))"
    }

    func inYear(_ column: String) -> String { "\(column) BETWEEN \(start) AND \(end)" }
}
