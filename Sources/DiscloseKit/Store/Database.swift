import CSQLite3

/// An open SQLite connection; the single owner of its `sqlite3*` handle.
public final class Database {
    /// How to open the database file.
    public enum Mode: Sendable {
        case readWriteCreate
        case readOnly
    }

    let handle: OpaquePointer
    public let path: String
    /// What a sandboxed connection may do and what it was refused (see `restrictToReading`).
    var sandbox: SQLSandbox?

    /// Opens (or creates) the database at `path`; `":memory:"` gives a private in-memory database.
    public init(path: String, mode: Mode = .readWriteCreate) throws(DiscloseError) {
        _ = Database.configuration
        var pointer: OpaquePointer?
        let flags: Int32
        switch mode {
        case .readWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        case .readOnly: flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        }
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard let pointer else {
            throw DiscloseError(.database(code: code, message: "cannot open database", sql: nil))
        }
        guard code == SQLITE_OK else {
            let message = String(cString: sqlite3_errmsg(pointer))
            sqlite3_close_v2(pointer)
            throw DiscloseError(.database(code: code, message: message, sql: nil))
        }
        self.handle = pointer
        self.path = path
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Process-wide SQLite settings, applied once before the first connection: no memory statistics
    /// (they take a global mutex on every allocation, and nothing here reads them).
    private static let configuration: Int32 = {
        sqlite3_config_memstatus_off()
    }()

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws(DiscloseError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw DiscloseError(.database(code: code, message: message, sql: sql))
        }
    }

    /// Compiles one statement for repeated use.
    public func prepare(_ sql: String) throws(DiscloseError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs `body` inside one transaction, committed when it returns and rolled back when it throws.
    public func transaction<T>(_ body: () throws(DiscloseError) -> T) throws(DiscloseError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Every row of a query, each as its column values.
    public func rows(_ sql: String, _ arguments: [SQLValue] = []) throws(DiscloseError) -> [[SQLValue]] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var result: [[SQLValue]] = []
        while let row = try statement.step() {
            result.append(row)
        }
        return result
    }

    /// The first column of the first row, or `.null` when there is none.
    public func scalar(_ sql: String, _ arguments: [SQLValue] = []) throws(DiscloseError) -> SQLValue {
        try rows(sql, arguments).first?.first ?? .null
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// SQLite's message for the last failure on this connection.
    var lastErrorMessage: String {
        String(cString: sqlite3_errmsg(handle))
    }
}
