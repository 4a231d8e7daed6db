extension DisclosureStore {
    /// Every row of each of `queries`, by SQL text, run at once on up to `threads` read-only connections
    /// of their own, one per thread. A query that fails is left out (the caller runs it again and reports
    /// the error where it always did); an in-memory store, which no other connection can open, runs none.
    func rowsOfEach(_ queries: [String], threads: Int) -> [String: [[SQLValue]]] {
        guard file != nil, threads > 1, queries.count > 1 else { return [:] }
        let path = database.path
        let results = queries.concurrentMap(threads: threads, state: { try? Database(path: path, mode: .readOnly) }) { connection, sql in
            try? connection?.rows(sql)
        }
        var rows: [String: [[SQLValue]]] = [:]
        for (sql, result) in zip(queries, results) {
            if let result { rows[sql] = result }
        }
        return rows
    }
}
