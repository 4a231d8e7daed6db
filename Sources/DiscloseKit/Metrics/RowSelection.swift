/// Rows of one of the store's tables, described as values rather than SQL: the table, the scope (a fiscal
/// year and the companies whose rows count), the conditions a metric's rule puts on the rows, and the
/// figure's filter. A built-in metric that reads one table declares the rows behind its figure as one
/// and computes its figure over exactly those rows (`sql`, written once beside the metric declarations);
/// the store lists their lines for its evidence (`DisclosureStore.lines(of:)`), so no code reads a
/// query's text back.
public struct RowSelection: Sendable, Hashable {
    /// The dataset's table.
    public var table: String
    /// The fiscal year whose rows count; date conditions are relative to it.
    public var fiscalYear: FiscalYear
    /// Companies whose rows count.
    public var companies: [String]
    /// The metric's rule, in the order written.
    public var conditions: [Condition]
    /// The figure's `filter:`, one `.oneOf` per filtered column, after the rule.
    public var filters: [Condition]

    public init(table: String, fiscalYear: FiscalYear, companies: [String], conditions: [Condition], filters: [Condition] = []) {
        self.table = table
        self.fiscalYear = fiscalYear
        self.companies = companies
        self.conditions = conditions
        self.filters = filters
    }

    /// The same rows of one company alone.
    public func of(company: String) -> RowSelection {
        var alone = self
        alone.companies = [company]
        return alone
    }

    /// Every column the rule and the filter read (besides the scope's `fiscal_year` and `company`).
    public var columns: [String] { (conditions + filters).flatMap(\.columns) }
}

extension RowSelection {
    /// A value a condition compares a column with, as the store holds it (yes/no as 1/0).
    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int64)
    }

    /// One condition on a row's columns; a date condition is relative to the selection's fiscal year.
    public enum Condition: Sendable, Hashable {
        /// The column holds the value.
        case equals(String, Value)
        /// The column holds one of the values.
        case oneOf(String, [Value])
        /// The date column falls in the fiscal year.
        case inYear(String)
        /// The date column is on or before the fiscal year's end.
        case onOrBeforeEnd(String)
        /// The date column is on or after the fiscal year's end.
        case onOrAfterEnd(String)
        /// Active at the fiscal year's end: begun on or before it, ended after it or never.
        case activeAtEnd(from: String, until: String)
        /// Active on some day of the fiscal year: begun on or before its end, ended after its start or never.
        case activeDuringYear(from: String, until: String)

        /// The columns the condition reads.
        public var columns: [String] {
            switch self {
            case .equals(let column, _), .oneOf(let column, _), .inYear(let column), .onOrBeforeEnd(let column), .onOrAfterEnd(let column):
                return [column]
            case .activeAtEnd(let from, let until), .activeDuringYear(let from, let until):
                return [from, until]
            }
        }
    }
}
