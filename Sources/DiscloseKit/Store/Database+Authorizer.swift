import CSQLite3

/// The rules of a `sql:` metric's connection, and what it tried that the rules refuse.
///
/// SQLite calls the authorizer while compiling a statement and the progress handler while running
/// it; both reach this object through their user-data pointer.
final class SQLSandbox {
    /// `table.column` names that can never be read (the dataset catalog's private columns).
    let privateColumns: Set<String>
    /// When a running statement is interrupted.
    let deadline: ContinuousClock.Instant
    /// Why the last statement was refused, in words.
    var refusal: String?
    /// True once the progress handler stopped a statement for taking too long.
    var timedOut = false
    /// Every table the statements prepared so far read (SQLite reports each while compiling), lower-cased.
    var tablesRead: Set<String> = []

    init(privateColumns: Set<String>, seconds: Double) {
        self.privateColumns = privateColumns
        self.deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64((seconds * 1000).rounded())))
    }

    /// Functions a metric may call: aggregates, arithmetic, text and dates. Everything else —
    /// `load_extension`, `fts3_tokenizer`, pointer-passing, random, schema and JSON functions — is refused.
    static let functions: Set<String> = [
        "count", "sum", "total", "avg", "min", "max", "group_concat", "string_agg", "abs", "round", "sign", "coalesce",
        "ifnull", "nullif", "iif", "if", "length", "octet_length", "lower", "upper", "substr", "substring", "trim", "ltrim",
        "rtrim", "replace", "instr", "concat", "concat_ws", "char", "unicode", "like", "glob", "typeof", "likely", "unlikely",
        "likelihood", "date", "time", "datetime", "julianday", "strftime", "unixepoch", "timediff", "floor", "ceil",
        "ceiling", "trunc", "mod", "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
        "first_value", "last_value", "nth_value",
    ]

    /// SQLITE_OK, or SQLITE_DENY with `refusal` set.
    func authorize(_ action: Int32, _ first: String?, _ second: String?) -> Int32 {
        switch action {
        case SQLITE_SELECT, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_READ:
            let table = first ?? ""
            let column = second ?? ""
            tablesRead.insert(table.lowercased())
            if privateColumns.contains("\(table).\(column)") {
                refusal = "column '\(table).\(column)' is private (never published, never readable by sql:)"
                return SQLITE_DENY
            }
            if table.lowercased().hasPrefix("sqlite_") || table.lowercased().hasPrefix("pragma_") {
                refusal = "'\(table)' is internal to SQLite; read the tables listed under \"SQLite tables\" in the README"
                return SQLITE_DENY
            }
            return SQLITE_OK
        case SQLITE_FUNCTION:
            let name = (second ?? "").lowercased()
            if Self.functions.contains(name) { return SQLITE_OK }
            refusal = "function '\(second ?? "")' is not allowed (aggregates, arithmetic, text and date functions are)"
            return SQLITE_DENY
        default:
            refusal = "only a single read-only SELECT is allowed"
            return SQLITE_DENY
        }
    }
}

extension Database {
    /// Refuses everything but reading the build tables with allowed functions: writes, ATTACH,
    /// PRAGMA, transactions, schema changes, private columns and unlisted functions fail at prepare
    /// time; a statement still running after `seconds` is interrupted.
    func restrictToReading(privateColumns: Set<String>, seconds: Double) {
        let sandbox = SQLSandbox(privateColumns: privateColumns, seconds: seconds)
        self.sandbox = sandbox
        let context = Unmanaged.passUnretained(sandbox).toOpaque()
        sqlite3_set_authorizer(
            handle,
            { context, action, first, second, _, _ in
                guard let context else { return SQLITE_DENY }
                let sandbox = Unmanaged<SQLSandbox>.fromOpaque(context).takeUnretainedValue()
                return sandbox.authorize(action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
            }, context)
        sqlite3_progress_handler(
            handle, 4096,
            { context in
                guard let context else { return 1 }
                let sandbox = Unmanaged<SQLSandbox>.fromOpaque(context).takeUnretainedValue()
                if ContinuousClock.now >= sandbox.deadline {
                    sandbox.timedOut = true
                    return 1
                }
                return 0
            }, context)
    }
}
