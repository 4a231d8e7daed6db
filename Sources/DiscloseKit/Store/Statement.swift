import CSQLite3

/// A value stored in or read from SQLite.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The integer, or nil when this is not an integer.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The text, or nil when this is not text.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}

/// A compiled SQL statement; owns its `sqlite3_stmt*` and finalizes it in `deinit`.
public final class Statement {
    let handle: OpaquePointer
    let database: Database
    public let sql: String
    /// Text after the first statement that SQLite did not compile (a second statement, say).
    public let remainder: String

    init(database: Database, sql: String) throws(DiscloseError) {
        var pointer: OpaquePointer?
        var rest = ""
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &pointer, &tail)
            if let tail { rest = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK, let pointer else {
            throw DiscloseError(.database(code: code, message: database.lastErrorMessage, sql: sql))
        }
        self.handle = pointer
        self.database = database
        self.sql = sql
        self.remainder = rest
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// True when the statement cannot change the database (used to police `sql:` metrics).
    public var isReadOnly: Bool {
        sqlite3_stmt_readonly(handle) != 0
    }

    /// The 1-based index of a named parameter such as `:fy_end`, or 0 when the statement has none of that name.
    public func parameterIndex(_ name: String) -> Int32 {
        sqlite3_bind_parameter_index(handle, name)
    }

    /// Resets the statement and binds `values` to parameters 1…n.
    public func bind(_ values: [SQLValue]) throws(DiscloseError) {
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: SQLValue, at index: Int32) throws(DiscloseError) {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(let string):
            var text = string
            code = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Statement.transient)
                }
            }
        }
        try check(code)
    }

    /// Runs a statement that returns no rows (an INSERT, say), ready to be bound again.
    public func run() throws(DiscloseError) {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
    }

    /// The next row, or nil when the statement is done.
    public func step() throws(DiscloseError) -> [SQLValue]? {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW:
            return (0..<sqlite3_column_count(handle)).map(column)
        case SQLITE_DONE:
            return nil
        default:
            throw failure(code)
        }
    }

    private func column(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_NULL: return .null
        default:
            guard let text = sqlite3_column_text(handle, index) else { return .null }
            return .text(String(cString: text))
        }
    }

    private func check(_ code: Int32) throws(DiscloseError) {
        guard code == SQLITE_OK else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> DiscloseError {
        DiscloseError(.database(code: code, message: database.lastErrorMessage, sql: sql))
    }

    /// SQLite copies bound text immediately (SQLITE_TRANSIENT).
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

extension Statement {
    /// Steps through every row, handing `body` the UTF-8 bytes of the first column (NULLs skipped)
    /// without making a `String`; the bytes are valid only during the call.
    func forEachText(_ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(DiscloseError) {
        sqlite3_reset(handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            guard let text = sqlite3_column_text(handle, 0) else { continue }
            body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0))))
        }
    }
}
