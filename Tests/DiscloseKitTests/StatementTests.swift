import Testing

@testable import DiscloseKit

@Suite("SQLite wrapper")
struct StatementTests {
    @Test func preparedStatementsBindAndReadTypedValues() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)")
        let insert = try database.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        for number in 1...3 {
            try insert.bind([.integer(Int64(number)), .real(0.5), .text("行\(number)"), .null])
            try insert.run()
        }
        let rows = try database.rows("SELECT i, r, s, n FROM t ORDER BY i")
        #expect(rows.count == 3)
        #expect(rows[2] == [.integer(3), .real(0.5), .text("行3"), .null])
    }

    @Test func aSyntaxErrorCarriesCodeMessageAndSQL() throws {
        let database = try Database(path: ":memory:")
        do {
            _ = try database.prepare("SELEC 1")
            Issue.record("expected an error")
        } catch {
            guard case .database(let code, let message, let sql) = error.reason else {
                Issue.record("wrong reason \(error.reason)")
                return
            }
            #expect(code == 1)
            #expect(message.contains("syntax error"))
            #expect(sql == "SELEC 1")
        }
    }

    @Test func aConstraintViolationIsReportedWithTheStatement() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        let insert = try database.prepare("INSERT INTO t VALUES (?)")
        try insert.bind([.integer(1)])
        try insert.run()
        try insert.bind([.integer(1)])
        #expect(throws: DiscloseError.self) { try insert.run() }
        do {
            try insert.run()
        } catch {
            #expect(error.description.contains("UNIQUE constraint failed"))
            // The error carries the statement; the text a user reads never shows SQL.
            #expect(error.reason == .database(code: 19, message: "UNIQUE constraint failed: t.id", sql: "INSERT INTO t VALUES (?)"))
            #expect(!error.description.contains("INSERT INTO t VALUES (?)"))
        }
    }

    @Test func aFailedTransactionRollsBack() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        #expect(throws: DiscloseError.self) {
            try database.transaction { () throws(DiscloseError) in
                try database.execute("INSERT INTO t VALUES (1)")
                try database.execute("INSERT INTO t VALUES (1)")
            }
        }
        #expect(try database.scalar("SELECT COUNT(*) FROM t") == .integer(0))
    }

    @Test func aReadOnlyConnectionRefusesWrites() throws {
        let store = try DisclosureStore.create()
        let readOnly = try Database(path: try #require(store.file?.path), mode: .readOnly)
        #expect(throws: DiscloseError.self) { try readOnly.execute("CREATE TABLE x (a)") }
        let statement = try readOnly.prepare("SELECT COUNT(*) FROM files")
        #expect(statement.isReadOnly)
    }
}
