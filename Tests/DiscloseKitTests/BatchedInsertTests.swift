import Testing

@testable import DiscloseKit

/// Rows are stored sixteen to an INSERT when they can be; duplicates and stored rows must not show it.
@Suite("Rows stored many at a time")
struct BatchedInsertTests {
    static func incident(_ id: String, on day: String = "2025-05-01") -> [String: String] {
        ["incident_id": id, "occurred_on": day]
    }

    /// Files shorter, as long as and longer than one multi-row INSERT, and many of them.
    static let lengths = [5, 15, 16, 17, 31, 32, 33, 100]

    @Test(arguments: lengths)
    func everyDuplicateIsFoundWhereverItsFirstRowWasStored(rows count: Int) throws {
        let project = try TestProject.group("dup\(count)")
        defer { project.cleanUp() }
        var rows = (1...count).map { Self.incident("I-\($0)") }
        rows[4] = Self.incident("I-2")  // line 6 repeats line 3, inside the first sixteen rows
        rows += [Self.incident("I-1"), Self.incident("I-\(count)"), Self.incident("I-\(count / 2 + 1)")]
        try project.dataset(.incidents, company: "P", rows)
        let path = "data/FY2025/P/incidents.csv"
        var expected = ["\(path):6:1: error: duplicate incident_id 'I-2' (first at line 3)"]
        expected.append("\(path):\(count + 2):1: error: duplicate incident_id 'I-1' (first at line 2)")
        if count != 5 { expected.append("\(path):\(count + 3):1: error: duplicate incident_id 'I-\(count)' (first at line \(count + 1))") }
        let middle = count / 2 + 1
        if middle != 5 { expected.append("\(path):\(count + 4):1: error: duplicate incident_id 'I-\(middle)' (first at line \(middle + 1))") }
        if count == 5 {
            // I-5 and I-3 of a five-row file: line 6 held I-2, so I-5 is not in it; I-3 is at line 4.
            expected = [
                "\(path):6:1: error: duplicate incident_id 'I-2' (first at line 3)",
                "\(path):7:1: error: duplicate incident_id 'I-1' (first at line 2)",
                "\(path):9:1: error: duplicate incident_id 'I-3' (first at line 4)",
            ]
        }
        #expect(project.errorList == expected)
    }

    @Test(arguments: lengths)
    func theStoredRowsAreTheValidRowsInFileOrder(rows count: Int) throws {
        let project = try TestProject.group("stored\(count)")
        defer { project.cleanUp() }
        var rows = (1...count).map { Self.incident("I-\($0)") }
        rows[count / 2] = Self.incident("I-bad", on: "2025-02-30")  // rejected: no such day
        rows.append(Self.incident("I-1"))  // rejected: a duplicate
        try project.dataset(.incidents, company: "P", rows)
        let validation = try Pipeline(options: project.options()).validate()
        let stored = try validation.store.rows(
            "SELECT rowid, line, incident_id FROM incidents WHERE company = 'P' ORDER BY rowid")
        let expected = rows.indices.filter { $0 != count / 2 && $0 != count }.map { index in
            [SQLValue.integer(Int64(index + 2)), .text("I-\(index + 1)")]
        }
        #expect(stored.map { Array($0.dropFirst()) } == expected)
        let rowIDs = stored.compactMap { $0.first?.integer }
        #expect(rowIDs == Array(rowIDs.indices).map { Int64($0) + (rowIDs.first ?? 1) }, "rowids are consecutive")
    }

    @Test func aMultiRowInsertBindsTheFilesProvenanceOnceForEveryRow() {
        let sql = DatasetCatalog.perCompany[0].insertSQL(rows: 2)
        let width = DatasetCatalog.perCompany[0].columns.count + 1
        #expect(sql.hasPrefix("INSERT INTO \(DatasetCatalog.perCompany[0].name) (company, fiscal_year, file_id, line, "))
        #expect(sql.contains("VALUES (?1, ?2, ?3, ?4, "))
        #expect(sql.contains("), (?1, ?2, ?3, ?\(4 + width), "))
        #expect(sql.hasSuffix("?\(3 + 2 * width))"))
    }
}
