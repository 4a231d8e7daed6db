/// A built-in metric's evaluation for one fiscal year up to its SQL: the scope, the companies that
/// reported every dataset it reads, and the queries that compute it.
struct MetricPlan {
    var definition: MetricDefinition
    /// Codes of the companies in scope, sorted.
    var scope: [String]
    /// Those that sent every dataset the metric reads.
    var reported: [String]
    /// The rest, in scope order.
    var missing: [String]
    var sql: String
    var breakdownSQL: String?

    /// The queries to run, the figure's first.
    var queries: [String] { [sql] + (breakdownSQL.map { [$0] } ?? []) }
}

extension MetricEvaluator {
    /// Runs the queries of `requests` ahead, several at once on read-only connections of their own, so
    /// evaluating them afterwards only reads the rows. The SQL is the very text `evaluate` runs, on the same
    /// store, so no figure can differ; `sql:` metrics (sandboxed and timed), a failing query and a single
    /// thread are left to `evaluate`, which reports any error where it always did.
    mutating func prefetch(_ requests: [(reference: MetricReference, year: Int)]) {
        guard queryThreads > 1 else { return }
        // The files table first: the largest read, it gives every metric's inputs.
        var queries = [DisclosureStore.companyFilesSQL]
        var seen = Set(queries)
        for (reference, year) in requests where data.fiscalYears.contains(year) {
            let request = Request(reference: reference, year: year)
            guard planned[request] == nil, let plan = try? plan(reference, fiscalYear: FiscalYear(year, startMonth: startMonth)) else { continue }
            planned[request] = plan
            for sql in plan.queries where seen.insert(sql).inserted { queries.append(sql) }
        }
        prefetched = store.rowsOfEach(queries, threads: queryThreads)
    }
}
