import Foundation

extension DisclosureStore {
    /// Every row of each of `queries`, by SQL text, run at once on up to `threads` read-only connections
    /// of their own, one per thread. A query that fails is left out (the caller runs it again and reports
    /// the error where it always did); an in-memory store, which no other connection can open, runs none.
    func rowsOfEach(_ queries: [String], threads: Int) -> [String: [[SQLValue]]] {
        guard file != nil, threads > 1, queries.count > 1 else { return [:] }
        let path = database.path
        let work = ParallelReads(queries)
        DispatchQueue.concurrentPerform(iterations: min(threads, queries.count)) { _ in
            guard let connection = try? Database(path: path, mode: .readOnly) else { return }
            while let sql = work.next() {
                if let rows = try? connection.rows(sql) { work.record(rows, of: sql) }
            }
        }
        return work.finished
    }
}

/// The queries of one `rowsOfEach` call, handed out one at a time, and the rows each gave.
private final class ParallelReads: @unchecked Sendable {
    private let lock = NSLock()
    private let queries: [String]
    private var nextIndex = 0
    private var rows: [String: [[SQLValue]]] = [:]

    init(_ queries: [String]) {
        self.queries = queries
    }

    /// The next query not yet handed out; nil when all have been.
    func next() -> String? {
        lock.withLock {
            guard nextIndex < queries.count else { return nil }
            defer { nextIndex += 1 }
            return queries[nextIndex]
        }
    }

    func record(_ result: [[SQLValue]], of sql: String) {
        lock.withLock { rows[sql] = result }
    }

    /// Every result recorded (read once the threads are done).
    var finished: [String: [[SQLValue]]] {
        lock.withLock { rows }
    }
}
