import Foundation
import Testing

/// All SQL about the store's tables lives in `Store/` and `Metrics/` (each metric's declaration, with the SQL
/// of the rows it declares in `RowSelection+SQL.swift`), and `Evaluation/` runs those queries; the
/// store's connection is used in `Store/` only: everything else goes through the store's methods.
@Suite("SQL behind the store")
struct SQLBoundaryTests {
    static let sources = Fixtures.packageRoot.appendingPathComponent("Sources")

    /// Folders and file-name prefixes (under Sources/) that may hold SQL about the store's tables.
    static let sqlFolders = ["DiscloseKit/Store/", "DiscloseKit/Metrics/"]

    /// Folders that may prepare and step statements without writing SQL of their own: those above, and
    /// `Evaluation/`, which runs the metrics' declared queries and a project's sandboxed `sql:` figures.
    static let statementFolders = sqlFolders + ["DiscloseKit/Evaluation/"]

    /// String literals outside those folders that hold an SQL keyword but no SQL about the store, each with why.
    static let allowed: [(file: String, literal: String, why: String)] = [
        (
            "DiscloseKit/Config/ConfigDecoder+Goals.swift", "'filter' applies to built-in metrics; put conditions in the SELECT",
            "a diagnostic's words telling the author of a sql: metric where conditions go; no query"
        ),
        (
            "DiscloseKit/Evaluation/MetricEvaluator+SQL.swift", "sql metric refused: \\(…); only a single read-only SELECT is allowed",
            "the sandbox's refusal of a sql: figure, in words; no query"
        ),
        (
            "DiscloseKit/Evaluation/MetricEvaluator+SQL.swift", "sql metric refused: only a single read-only SELECT is allowed",
            "the sandbox's refusal of a sql: figure, in words; no query"
        ),
    ]

    @Test func noSQLAboutTheStoreIsWrittenOutsideStoreAndTheMetrics() throws {
        var found: [String] = []
        for file in try SourceFile.all(under: Self.sources) where !Self.sqlFolders.contains(where: file.path.hasPrefix) {
            for literal in SourceFile.literals(in: file.text) where SourceFile.looksLikeSQL(literal) {
                if Self.allowed.contains(where: { $0.file == file.path && $0.literal == literal }) { continue }
                found.append("\(file.path): \"\(literal)\"")
            }
        }
        #expect(found.isEmpty, "SQL outside Store/ and Metrics/ (make it a store method, or a metric's declaration):\n\(found.joined(separator: "\n"))")
    }

    @Test func everyAllowedLiteralIsStillThere() throws {
        for entry in Self.allowed {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(entry.file), encoding: .utf8)
            #expect(SourceFile.literals(in: text).contains(entry.literal), "stale allow-list entry: \(entry.file)")
        }
    }

    @Test func theStoresConnectionIsUsedInStoreOnly() throws {
        var found: [String] = []
        for file in try SourceFile.all(under: Self.sources) where !file.path.hasPrefix("DiscloseKit/Store/") {
            let code = SourceFile.code(of: file.text)
            for use in SourceFile.connectionUses(in: code, sqlAllowed: Self.statementFolders.contains(where: file.path.hasPrefix)) {
                found.append("\(file.path): \(use)")
            }
        }
        #expect(found.isEmpty, "the store's connection used outside Store/ (add a store method):\n\(found.joined(separator: "\n"))")
    }

    /// The scan sees SQL in every kind of literal and a connection use in code, but not in comments or prose.
    @Test func theScanFindsSQLAndConnectionUsesButNotProseOrComments() {
        let sample = #"""
            let a = "SELECT line, \(key) FROM \(table) WHERE rowid = ?"
            let b = """
                CREATE INDEX IF NOT EXISTS x ON t (a)
                """
            let c = #"insert into t values (1)"#
            // try store.database.execute("DROP TABLE t")
            let d = "select a file from the list"  /* BEGIN */
            try store.database.transaction { }
            let e = store.databaseFolder
            if case .database(let code, _, _) = error {}
            let f = try Database(path: p).lastInsertRowID
            """#
        let sql = SourceFile.literals(in: sample).filter(SourceFile.looksLikeSQL)
        #expect(sql.count == 3)
        #expect(sql.first?.hasPrefix("SELECT line, ") == true)
        #expect(!sql.contains { $0.contains("DROP") || $0.contains("select a file") })
        let uses = SourceFile.connectionUses(in: SourceFile.code(of: sample), sqlAllowed: false)
        #expect(uses == [".database", "Database(", "lastInsertRowID"])
        #expect(SourceFile.connectionUses(in: SourceFile.code(of: sample), sqlAllowed: true) == [".database"])
    }
}

/// A Swift file of the package, and the few lexical facts the SQL boundary test needs.
struct SourceFile {
    /// Relative to Sources/, e.g. `DiscloseKit/Ingest/RowWriter.swift`.
    let path: String
    let text: String

    static func all(under root: URL) throws -> [SourceFile] {
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        return try paths.sorted().map { SourceFile(path: $0, text: try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// An SQL statement, or a clause only SQL has: keywords as this project writes SQL (upper case), and the
    /// statements that change a database in any case.
    static func looksLikeSQL(_ literal: String) -> Bool {
        literal.contains(Self.sqlKeyword) || literal.contains(Self.sqlStatement)
    }

    /// Uses of a connection in code: the store's `.database` anywhere outside Store/, and outside the folders
    /// that may hold SQL also opening a `Database`, a `Statement`, or running SQL on one.
    static func connectionUses(in code: String, sqlAllowed: Bool) -> [String] {
        var uses: [String] = []
        // `.database(` is the error case DiscloseError.Reason.database, not the connection.
        for match in code.matches(of: Self.storeConnection) { uses.append(String(match.0)) }
        guard !sqlAllowed else { return uses }
        for match in code.matches(of: Self.connection) { uses.append(String(match.0)) }
        return uses
    }

    // `\b` as in most regex engines (between a word character and another), not Unicode's word boundaries,
    // which see `store.database.transaction` as one word.
    nonisolated(unsafe) static let sqlKeyword =
        /\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|JOIN|WHERE|GROUP BY|ORDER BY|HAVING|UNION|VALUES)\b/
        .wordBoundaryKind(.simple)
    nonisolated(unsafe) static let sqlStatement =
        /(?i)\b(insert\s+into|delete\s+from|create\s+(unique\s+)?(table|index)|drop\s+(table|index)|alter\s+table|pragma\s+\w+\s*=)/
        .wordBoundaryKind(.simple)
    nonisolated(unsafe) static let storeConnection = /\.database\b(?!\s*\()/.wordBoundaryKind(.simple)
    nonisolated(unsafe) static let connection = /\b(Database\(|Statement\b|lastInsertRowID|\.execute\(|\.prepare\()/.wordBoundaryKind(.simple)

    /// The contents of every string literal (an interpolation stands as `\(…)`, its code left out).
    static func literals(in text: String) -> [String] {
        SwiftStringLiterals.of(text)
    }

    /// The text with comments and the text of string literals blanked.
    static func code(of text: String) -> String {
        SwiftCode.strip(text)
    }
}
