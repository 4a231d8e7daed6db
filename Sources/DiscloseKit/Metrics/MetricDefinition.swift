/// A built-in metric, declared once: id, unit, standards tag, the datasets it reads, its filters
/// (columns of those datasets, with the values the dataset catalog allows), the rule in words and the
/// query that computes it. The query is a required initializer argument, so a metric without one
/// cannot be written. A metric over the rows of one table declares those rows as a `RowSelection`
/// (table, scope, rule, filter) and only what it computes from them; its query is built from the
/// selection, and its evidence lists the lines of exactly those rows.
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

    /// SQL built for one evaluation: the query's columns are `value`, or `numerator, denominator`.
    public typealias Query = @Sendable (MetricQuery) -> String

    public var id: String
    public var unit: String
    public var tag: String?
    /// The reference page's topic the metric's figures are listed under among the key figures.
    public var topic: FigureTopic
    public var kind: Kind
    /// Datasets whose submission decides coverage (a company that did not send one is not counted).
    public var datasets: [String]
    /// The columns `filter:` may name, in the order their conditions are appended to the query.
    public var filterColumns: [MetricFilter]
    /// The rule in words, as `explain` prints it.
    public var rule: String
    /// The query; it appends `query.filtered` where the filters apply.
    let query: Query
    /// The rows of one table the figure is computed from; nil for a metric that joins, groups before it
    /// counts or nests a query (its evidence lists every row of the company and year read).
    private(set) var selection: (@Sendable (MetricQuery) -> RowSelection)?
    /// A second query (`key, count`) splitting the figure, for metrics that show one.
    let breakdown: Query?

    init(
        id: String, unit: String, tag: String? = nil, topic: FigureTopic = .other, kind: Kind, reads datasets: [String],
        filters: [MetricFilter] = [], rule: String, breakdown: Query? = nil, query: @escaping Query
    ) {
        self.id = id
        self.unit = unit
        self.tag = tag
        self.topic = topic
        self.kind = kind
        self.datasets = datasets
        self.filterColumns = filters
        self.rule = rule
        self.breakdown = breakdown
        self.query = query
        self.selection = nil
    }

    /// A metric over the rows of one table: `rows` declares them, `select` the columns computed from them
    /// (`value`, or `numerator, denominator`); the query is `SELECT select FROM rows`.
    init(
        id: String, unit: String, tag: String? = nil, topic: FigureTopic = .other, kind: Kind, reads datasets: [String],
        filters: [MetricFilter] = [], rule: String, rows: @escaping @Sendable (MetricQuery) -> RowSelection,
        breakdown: Query? = nil, select: @escaping @Sendable (MetricQuery) -> String
    ) {
        self.init(
            id: id, unit: unit, tag: tag, topic: topic, kind: kind, reads: datasets, filters: filters, rule: rule, breakdown: breakdown
        ) { q in
            "SELECT \(select(q)) FROM \(rows(q).sql)"
        }
        self.selection = rows
    }

    /// Allowed filter keys and their closed values (empty for course codes, which pipeline.yaml declares).
    public var filters: [String: [String]] {
        Dictionary(uniqueKeysWithValues: filterColumns.map { ($0.column.name, $0.allowedValues) })
    }

    /// True when the result carries a numerator and denominator, so a `%` target applies.
    public var hasDenominator: Bool { kind == .percent || kind == .countOfScope }

    /// The SQL of this metric for one fiscal year, companies and filter, as `explain` shows it.
    public func sql(_ query: MetricQuery) -> String {
        self.query(query)
    }

    /// The query over `companies` in `fiscalYear` with `filter` applied.
    public func query(_ fiscalYear: FiscalYear, companies: [String], filter: [String: [String]]) -> MetricQuery {
        MetricQuery(fiscalYear: fiscalYear, companies: companies, filter: filter, filterColumns: filterColumns)
    }

    /// The rows of one table the figure is computed from, for one evaluation; nil when the metric declares none.
    public func rows(_ query: MetricQuery) -> RowSelection? {
        selection?(query)
    }

    /// The breakdown SQL, when the metric has one.
    public func breakdownSQL(_ query: MetricQuery) -> String? {
        breakdown?(query)
    }
}

/// A column of a dataset that a metric's `filter:` may name; its values come from the dataset catalog.
public struct MetricFilter: Sendable {
    public var column: ColumnSpec
    /// The dataset the column belongs to.
    public var dataset: String

    init(column: ColumnSpec, dataset: String) {
        self.column = column
        self.dataset = dataset
    }

    /// The column `name` of `dataset`; a name the catalog does not have allows no value, and the test
    /// that walks every metric reports it.
    init(_ name: String, of dataset: DatasetSpec) {
        self.init(column: dataset.column(name) ?? ColumnSpec(name, .enumeration([])), dataset: dataset.name)
    }

    /// The values `filter:` accepts: the enumeration, `yes`/`no`, or none listed (course codes).
    public var allowedValues: [String] {
        switch column.type {
        case .enumeration(let values): return values
        case .boolean: return ["yes", "no"]
        default: return []
        }
    }

    /// The value a filter value is stored as (booleans as 1/0).
    func stored(_ value: String) -> RowSelection.Value {
        column.type == .boolean ? .integer(value == "yes" ? 1 : 0) : .text(value)
    }
}

extension Array where Element == MetricFilter {
    /// Filters on the named columns of `dataset`, in the order given.
    static func columns(_ names: [String], of dataset: DatasetSpec) -> [MetricFilter] {
        names.map { MetricFilter($0, of: dataset) }
    }
}
