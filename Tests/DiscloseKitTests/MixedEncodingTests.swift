import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, item 6: one encoding per file; rows appended from Excel (CP932) to a UTF-8 file are an error.
@Suite("Mixed encodings")
struct MixedEncodingTests {
    /// UTF-8 files of several datasets, each with Japanese text, and one CP932 row appended at the end.
    static let files: [(path: String, dataset: DatasetName, utf8Rows: [[String: String]], appended: [String: String])] = [
        ("data/FY2025/JP1/ledger.csv", .ledger, [["department": "営業部"]], personnelForm),
        (
            "data/FY2025/JP1/training_sessions.csv", .trainingSessions, [["title": "個人情報保護研修", "held_on": "2025-06-01"]],
            ["session_id": "S2", "title": "情報セキュリティ研修", "held_on": "2025-07-01"]
        ),
        (
            "data/FY2025/JP1/appointments.csv", .appointments, [["person_id": "E-1", "department": "総務部"]],
            ["person_id": "E-2", "role": "professional", "department": "法務部"]
        ),
        ("data/FY2025/P/ledger.csv", .ledger, [["department": "営業部"], ["form_id": "F3"]], personnelForm),
    ]

    static let personnelForm = ["form_id": "F2", "department": "人事部", "category": "employee", "subjects": "5"]

    static func mixed(_ file: (path: String, dataset: DatasetName, utf8Rows: [[String: String]], appended: [String: String])) throws -> Data {
        let rows = Rows(file.dataset)
        return Data(rows.file(file.utf8Rows).utf8) + Data(try #require(EncodingTests.cp932(rows.row(file.appended) + "\n")))
    }

    @Test func rowsAppendedInCP932ToAUTF8FileAreAnErrorAtTheFirstForeignLine() throws {
        for pipeline in [EncodingTests.withCP932, TestProject.pipeline, TestProject.pipeline + "\nencodings: [cp932, utf-8]\n"] {
            for file in Self.files {
                let project = try TestProject.group(pipeline: pipeline)
                defer { project.cleanUp() }
                try Self.mixed(file).write(to: project.root.appendingPathComponent(file.path))
                let line = file.utf8Rows.count + 2
                let errors = try project.errors()
                #expect(errors.count == 1, "\(file.path): \(errors)")
                #expect(errors.first?.hasPrefix("\(file.path):\(line):1: error: this line is not UTF-8") == true, "\(errors)")
                #expect(errors.first?.contains("save the whole file as UTF-8") == true)
                let validation = try Pipeline(options: project.options()).validate()
                #expect(validation.data.readAs[project.root.appendingPathComponent(file.path).path] == nil, "never read as CP932")
            }
        }
    }

    @Test func aCP932LineFirstThenUTF8IsAlsoMixed() throws {
        let project = try TestProject.group(pipeline: EncodingTests.withCP932)
        defer { project.cleanUp() }
        let rows = Rows(.ledger)
        let data = Data(rows.header.utf8) + Data(try #require(EncodingTests.cp932(rows.row(Self.personnelForm) + "\n")))
            + Data((rows.row(["department": "営業部"]) + "\n").utf8)
        try data.write(to: project.root.appendingPathComponent("data/FY2025/JP1/ledger.csv"))
        #expect(try project.errors().first?.hasPrefix("data/FY2025/JP1/ledger.csv:2:1: error: this line is not UTF-8") == true)
    }

    @Test func aFileInCP932ThroughoutIsReadAsCP932AndBuildNamesIt() throws {
        let project = try TestProject.group(pipeline: EncodingTests.withCP932)
        defer { project.cleanUp() }
        try project.writeCP932("data/FY2025/JP1/ledger.csv", EncodingTests.ledgerText())
        #expect(try project.errors() == [])
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Read as CP932"), "\(result.stderr)")
        #expect(result.stderr.contains("data/FY2025/JP1/ledger.csv"), "\(result.stderr)")
        let check = try EndToEndTests.run(["check"], in: project.root)
        #expect(check.stderr.contains("Read as CP932"))
    }

    @Test func anASCIIOnlyFileWithOneForeignLineIsNotMixed() {
        // No line holds UTF-8 text: nothing to tell the encodings apart by, so no mixed-file error.
        let bytes = Array("a,b\n".utf8) + (EncodingTests.cp932("営業\n") ?? [])
        #expect(FileEncoding.firstForeignLine(bytes) == nil)
        #expect(FileEncoding.firstForeignLine(Array("営業\n".utf8) + [0x82, 0xA0, 0x0A]) == 2)
        #expect(FileEncoding.firstForeignLine(Array("営業\n".utf8)) == nil)
    }
}
