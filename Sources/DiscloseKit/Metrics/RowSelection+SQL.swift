/// The SQL of a row selection, written in one place beside the metric declarations (the only SQL in
/// `Catalog/`): the built-in metrics' queries over one table and the store's list of their lines both
/// read `sql`, so a figure and its evidence select the same rows.
extension RowSelection {
    /// `table WHERE …`, what follows `FROM`: the scope, then the rule, then the filter, joined by `AND`.
    /// Values are written as literals (escaped), so `explain` can show the query runnable.
    public var sql: String {
        let parts = [scopeSQL] + (conditions + filters).map { $0.sql(in: fiscalYear) }
        return "\(table) WHERE " + parts.joined(separator: " AND ")
    }

    /// `fiscal_year = … AND company IN (…)`.
    var scopeSQL: String {
        "fiscal_year = \(fiscalYear.label) AND " + Self.inCompanies(companies)
    }

    /// `company IN (…)` of `companies`, quoted.
    public static func inCompanies(_ companies: [String]) -> String {
        "company IN (\(companies.map(RowSelection.quote).joined(separator: ", ")))"
    }
}

extension RowSelection.Condition {
    /// The condition as SQL, dates those of `fiscalYear`.
    public func sql(in fiscalYear: FiscalYear) -> String {
        let start = RowSelection.quote(fiscalYear.start.description)
        let end = RowSelection.quote(fiscalYear.end.description)
        switch self {
        case .equals(let column, let value): return "\(column) = \(value.literal)"
        case .oneOf(let column, let values): return "\(column) IN (\(values.map(\.literal).joined(separator: ", ")))"
        case .inYear(let column): return "\(column) BETWEEN \(start) AND \(end)"
        case .onOrBeforeEnd(let column): return "\(column) <= \(end)"
        case .onOrAfterEnd(let column): return "\(column) >= \(end)"
        case .activeAtEnd(let from, let until): return "\(from) <= \(end) AND (\(until) IS NULL OR \(until) > \(end))"
        case .activeDuringYear(let from, let until): return "\(from) <= \(end) AND (\(until) IS NULL OR \(until) > \(start))"
        }
    }
}

extension RowSelection.Value {
    /// The value as an SQL literal: text quoted (`'` doubled), a number as written.
    public var literal: String {
        switch self {
        case .integer(let value): return String(value)
        case .text(let value): return RowSelection.quote(value)
        }
    }
}

extension RowSelection {
    /// `text` as an SQL string literal.
    public static func quote(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "'")) else { return "'" + text + "'" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
