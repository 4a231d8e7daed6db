import Testing

@testable import DiscloseKit

/// The store's methods that other stages use instead of its connection: transactions, the table writer
/// and the index for per-company questions.
@Suite("The store's methods")
struct DisclosureStoreTests {
    /// `values` of `spec`'s columns, packed as the parser packs them (text, or null for "").
    static func packed(_ rows: [[String]]) -> PackedValues {
        var values = PackedValues()
        for row in rows {
            for value in row { value.isEmpty ? values.appendNull() : values.appendText(value) }
        }
        return values
    }

    /// A training_sessions row: session_id, kind, title, audience, held_on.
    static func session(_ id: String) -> [String] { [id, "lecture", "Basics", "all", "2025-05-01"] }

    static func writeSessions(_ writer: TableWriter, count: Int, firstLine: Int = 2) throws(DiscloseError) -> [Int64] {
        let rows = (0..<count).map { session("S\($0)") }
        let values = packed(rows)
        let width = rows.first?.count ?? 0
        var rowIDs: [Int64] = []
        try values.bytes.withUnsafeBufferPointer { bytes throws(DiscloseError) in
            var index = 0
            while index < count {
                if count - index >= TableWriter.rowsPerInsert {
                    for offset in 0..<TableWriter.rowsPerInsert {
                        let row = index + offset
                        try writer.bind(line: firstLine + row, values, slots: row * width..<(row + 1) * width, bytes: bytes)
                    }
                    let first = try writer.insertBound()
                    rowIDs += (0..<Int64(TableWriter.rowsPerInsert)).map { first + $0 }
                    index += TableWriter.rowsPerInsert
                } else {
                    rowIDs.append(try writer.insert(line: firstLine + index, values, slots: index * width..<(index + 1) * width, bytes: bytes))
                    index += 1
                }
            }
        }
        return rowIDs
    }

    @Test func aTransactionEndsWhetherItsBodyReturnsOrThrows() throws {
        let store = try DisclosureStore.create(inMemory: true)
        let spec = try #require(DatasetCatalog.byName["training_sessions"])
        let writer = try store.tableWriter(for: spec)
        #expect(throws: DiscloseError.self) {
            try store.transaction { () throws(DiscloseError) in
                try writer.start(fileID: 1, company: "P", fiscalYear: 2025)
                _ = try Self.writeSessions(writer, count: 3)
                throw DiscloseError(.fileSystem("stop"))
            }
        }
        // A transaction left open would refuse the next one ("cannot start a transaction within a transaction").
        let rows = try store.transaction { () throws(DiscloseError) -> [Int64] in
            try writer.start(fileID: 2, company: "P", fiscalYear: 2025)
            return try Self.writeSessions(writer, count: 2, firstLine: 10)
        }
        #expect(rows.count == 2)
        #expect(try store.rows("SELECT line FROM training_sessions WHERE file_id = 2 ORDER BY line") == [[.integer(10)], [.integer(11)]])
    }

    @Test func theWriterStoresEachRowWithItsFilesProvenanceAndReturnsItsRowID() throws {
        let store = try DisclosureStore.create(inMemory: true)
        let spec = try #require(DatasetCatalog.byName["training_sessions"])
        let writer = try store.tableWriter(for: spec)
        try writer.start(fileID: 7, company: "JP1", fiscalYear: 2025)
        // 16 rows in one statement, then 3 one at a time; then a second file through the same statements.
        let first = try Self.writeSessions(writer, count: TableWriter.rowsPerInsert + 3)
        try writer.start(fileID: 8, company: "US1", fiscalYear: 2024)
        let second = try Self.writeSessions(writer, count: 2, firstLine: 5)
        let stored = try store.rows("SELECT rowid, company, fiscal_year, file_id, line, session_id FROM training_sessions ORDER BY rowid")
        #expect(stored.map { $0[0].integer } == (first + second).map { $0 })
        #expect(stored.first == [.integer(first[0]), .text("JP1"), .integer(2025), .integer(7), .integer(2), .text("S0")])
        #expect(stored[18] == [.integer(first[18]), .text("JP1"), .integer(2025), .integer(7), .integer(20), .text("S18")])
        #expect(stored.last == [.integer(second[1]), .text("US1"), .integer(2024), .integer(8), .integer(6), .text("S1")])
    }

    @Test func theWriterReadsBackAStoredRowsLineAndKeyByRowID() throws {
        let store = try DisclosureStore.create(inMemory: true)
        let spec = try #require(DatasetCatalog.byName["training_sessions"])
        let writer = try store.tableWriter(for: spec)
        try writer.start(fileID: 1, company: "P", fiscalYear: 2025)
        let rowIDs = try Self.writeSessions(writer, count: TableWriter.rowsPerInsert + 1)
        let found = try #require(try writer.storedKey(rowID: rowIDs[16]))
        #expect(found.line == 18)
        #expect(found.key == ["S16"])
        #expect(try writer.storedKey(rowID: rowIDs[3])?.key == ["S3"])
        #expect(try writer.storedKey(rowID: 999) == nil)
    }

    @Test func indexingRowsByCompanyAddsOneIndexPerTableAndMayBeAskedTwice() throws {
        let store = try DisclosureStore.create(inMemory: true)
        try store.indexRowsByCompany()
        try store.indexRowsByCompany()
        let names = try store.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'evidence_%' ORDER BY name")
        #expect(names.compactMap { $0.first?.text } == (["evidence_files"] + DatasetCatalog.perCompany.map { "evidence_\($0.name)" }).sorted())
    }
}
