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
        inScope = RowSelection.inCompanies(companies)
    }

    var y: String { String(fiscalYear.label) }
    var start: String { MetricQuery.quote(fiscalYear.start.description) }
    var end: String { MetricQuery.quote(fiscalYear.end.description) }
    /// The rows of this fiscal year of the companies that count.
    var rows: String { "fiscal_year = \(y) AND \(inScope)" }
    var scopeCount: String { String(companies.count) }

    static func quote(_ text: String) -> String { RowSelection.quote(text) }

    /// The rows of `table` in this fiscal year of the companies that count that meet `conditions` (the
    /// metric's rule), then the filter: what a metric over one table computes its figure from.
    func select(from table: String, _ conditions: RowSelection.Condition...) -> RowSelection {
        RowSelection(table: table, fiscalYear: fiscalYear, companies: companies, conditions: conditions, filters: filters)
    }

    /// `column IN (…)` for each filter column given a value, in the metric's filter order.
    var filters: [RowSelection.Condition] {
        filterColumns.compactMap { filterColumn in
            let column = filterColumn.column.name
            guard let values = filter[column], !values.isEmpty else { return nil }
            return .oneOf(column, values.map(filterColumn.stored))
        }
    }

    /// `AND column IN (…)` for each filter column given a value.
    var filtered: String {
        filters.map { " AND " + $0.sql(in: fiscalYear) }.joined()
    }

    /// Active on FY end: registered on or before it, retired after it (or never).
    func activeAtEnd(_ from: String, _ until: String) -> String {
        RowSelection.Condition.activeAtEnd(from: from, until: until).sql(in: fiscalYear)
    }

    /// Active on some day of the FY.
    func activeDuringYear(_ from: String, _ until: String) -> String {
        RowSelection.Condition.activeDuringYear(from: from, until: until).sql(in: fiscalYear)
    }

    func inYear(_ column: String) -> String { RowSelection.Condition.inYear(column).sql(in: fiscalYear) }
}
