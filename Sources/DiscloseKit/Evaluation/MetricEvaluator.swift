/// Evaluates metric references for a fiscal year over the ingested store (SPEC §3).
public struct MetricEvaluator {
    let store: DisclosureStore
    let data: IngestedData
    let homeCountry: String
    let startMonth: Int
    /// The built-in metrics by id (a test may declare one more).
    var metrics = MetricCatalog.all
    /// How long a `sql:` metric may run (`limits.sql_seconds`).
    public var sqlSeconds: Double = 5
    /// Files and rows per company, read from the store once per dataset and year (shared by copies).
    let fileTotals = FileTotals()
    /// Connections that `prefetch` runs queries on at once (`DISCLOSE_THREADS`, else one per core).
    public var queryThreads = 1
    /// Rows of queries already run by `prefetch`, by SQL text.
    var prefetched: [String: [[SQLValue]]] = [:]
    /// The plans `prefetch` made, so evaluating does not make them again.
    var planned: [Request: MetricPlan] = [:]

    /// One evaluation: a metric reference in a fiscal year.
    struct Request: Hashable {
        var reference: MetricReference
        var year: Int
    }

    init(store: DisclosureStore, data: IngestedData, homeCountry: String, startMonth: Int) {
        self.store = store
        self.data = data
        self.homeCountry = homeCountry
        self.startMonth = startMonth
    }

    /// Companies of `scope` consolidated at the end of `fiscalYear`, sorted by code.
    public func companies(in scope: CompanyScope, fiscalYear: FiscalYear) -> [Company] {
        data.companies.filter {
            $0.isConsolidated(on: fiscalYear.end) && scope.includes($0, homeCountry: homeCountry)
        }
    }

    /// The metric for `year`, or nil when no `data/FY<year>/` folder exists. A scope without a company
    /// gives no value at all (the figure would stand for nobody).
    public func evaluate(_ reference: MetricReference, year: Int) throws(DiscloseError) -> MetricResult? {
        guard var result = try evaluateScope(reference, year: year) else { return nil }
        if result.coverage.inScope == 0 {
            result.value = nil
            result.partialValue = nil
        }
        return result
    }

    func evaluateScope(_ reference: MetricReference, year: Int) throws(DiscloseError) -> MetricResult? {
        guard data.fiscalYears.contains(year) else { return nil }
        let fiscalYear = FiscalYear(year, startMonth: startMonth)
        if let sql = reference.sql {
            let scope = companies(in: reference.scope, fiscalYear: fiscalYear).map(\.code)
            return try evaluateSQL(reference, sql: sql, fiscalYear: fiscalYear, scope: scope)
        }
        let plan: MetricPlan
        if let ready = planned[Request(reference: reference, year: year)] {
            plan = ready
        } else {
            guard let made = try self.plan(reference, fiscalYear: fiscalYear) else { return nil }
            plan = made
        }
        let definition = plan.definition
        let (scope, reported, missing, sql) = (plan.scope, plan.reported, plan.missing, plan.sql)
        let row: [SQLValue]
        do {
            row = try rows(sql).first ?? []
        } catch {
            throw .invalid(at: reference.location, "metric '\(reference.id)' cannot be computed: \(Self.reason(error))")
        }
        for number in row.compactMap(\.integer) { try Self.checkRange(number, name: "'\(reference.id)'", at: reference.location) }
        var figure: MetricValue
        var ratio: Ratio?
        switch definition.kind {
        case .count:
            figure = .count(Int(row.first?.integer ?? 0))
        case .countOfScope:
            let computed = Ratio(Int(row.first?.integer ?? 0), Int(row.last?.integer ?? 0))
            ratio = computed
            figure = .count(computed.numerator)
        case .percent:
            let computed = Ratio(Int(row.first?.integer ?? 0), Int(row.last?.integer ?? 0))
            ratio = computed
            figure = computed.isUndefined ? .undefined : .percent(computed)
        case .date:
            figure = row.first?.text.flatMap { Day(iso: $0) }.map(MetricValue.date) ?? .undefined
        }
        var breakdown: [String: Int] = [:]
        if let breakdownSQL = plan.breakdownSQL {
            for pair in try rows(breakdownSQL) {
                if let key = pair.first?.text, let count = pair.last?.integer { breakdown[key] = Int(count) }
            }
        }
        let complete = missing.isEmpty
        return MetricResult(
            reference: reference, unit: definition.unit, tag: definition.tag, kind: definition.kind, fiscalYear: year,
            value: complete ? figure : nil, partialValue: complete ? nil : figure, ratio: ratio,
            coverage: Coverage(
                inScope: scope.count, reported: reported.count, missingCompanies: missing,
                missingNames: names(of: missing)),
            companies: scope, inputs: try inputs(definition.datasets, companies: reported, year: year),
            breakdown: breakdown, sql: sql)
    }

    /// A built-in metric's evaluation up to its SQL: scope, reporting companies, the queries to run.
    /// Nil for a `sql:` metric; an unknown metric id is an error.
    func plan(_ reference: MetricReference, fiscalYear: FiscalYear) throws(DiscloseError) -> MetricPlan? {
        guard reference.sql == nil else { return nil }
        guard let definition = metrics[reference.id] else {
            throw .invalid(at: reference.location, "unknown metric '\(reference.id)'" + Suggestion.hint(for: reference.id, in: MetricCatalog.ids))
        }
        let scope = companies(in: reference.scope, fiscalYear: fiscalYear).map(\.code)
        let reported = scope.filter { code in
            definition.datasets.allSatisfy { data.submitted($0, by: code, in: fiscalYear.label) }
        }
        let reporting = Set(reported)
        let query = definition.query(fiscalYear, companies: reported, filter: reference.filter)
        return MetricPlan(
            definition: definition, scope: scope, reported: reported, missing: scope.filter { !reporting.contains($0) },
            sql: definition.sql(query), breakdownSQL: definition.breakdownSQL(query))
    }

    /// Every row of a built-in metric's query: run ahead (`prefetch`) or now.
    func rows(_ sql: String) throws(DiscloseError) -> [[SQLValue]] {
        if let ready = prefetched[sql] { return ready }
        return try store.rows(sql)
    }

    /// Files and stored rows per dataset for the reporting companies.
    func inputs(_ datasets: [String], companies: [String], year: Int) throws(DiscloseError) -> [MetricInput] {
        var result: [MetricInput] = []
        for dataset in datasets {
            let totals = try fileTotals.totals(of: dataset, fiscalYear: year, companies: companies) { () throws(DiscloseError) in
                try rows(DisclosureStore.companyFilesSQL)
            }
            result.append(MetricInput(dataset: dataset, files: totals.files, rows: totals.rows))
        }
        return result
    }

    /// The registry names of `codes`, in their order (a code the registry lacks stands for itself).
    func names(of codes: [String]) -> [String] {
        guard !codes.isEmpty else { return [] }
        let named = Dictionary(data.companies.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        return codes.map { named[$0] ?? $0 }
    }
}
