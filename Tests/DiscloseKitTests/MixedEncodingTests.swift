import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, item 6: one encoding per file; rows appended from Excel (CP932) to a UTF-8 file are an error.
@Suite("Mixed encodings")
struct MixedEncodingTests {
    /// UTF-8 files of several datasets, each with Japanese text, and one CP932 row appended at the end.
    static let files: [(path: String, dataset: String, utf8Rows: [String], appended: String)] = [
        ("data/FY2025/JP1/ledger.csv", "ledger", ["F1,営業部,customer,no,10,no,,no,,low,2020-04-01,"], "F2,人事部,employee,no,5,no,,no,,low,2020-04-01,"),
        ("data/FY2025/JP1/training_sessions.csv", "training_sessions", ["S1,lecture,個人情報保護研修,all,2025-06-01"], "S2,lecture,情報セキュリティ研修,all,2025-07-01"),
        ("data/FY2025/JP1/appointments.csv", "appointments", ["E-1,administrator,総務部,2020-04-01,"], "E-2,professional,法務部,2020-04-01,"),
        ("data/FY2025/P/ledger.csv", "ledger", ["F1,営業部,customer,no,10,no,,no,,low,2020-04-01,", "F3,Sales,customer,no,10,no,,no,,low,2020-04-01,"], "F2,人事部,employee,no,5,no,,no,,low,2020-04-01,"),
    ]

    static func mixed(_ file: (path: String, dataset: String, utf8Rows: [String], appended: String)) throws -> Data {
        let text = TestProject.header(file.dataset) + file.utf8Rows.map { $0 + "\n" }.joined()
        return Data(text.utf8) + Data(try #require(EncodingTests.cp932(file.appended + "\n")))
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
        let data = Data(TestProject.header("ledger").utf8) + Data(try #require(EncodingTests.cp932("F2,人事部,employee,no,5,no,,no,,low,2020-04-01,\n")))
            + Data("F1,営業部,customer,no,10,no,,no,,low,2020-04-01,\n".utf8)
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
