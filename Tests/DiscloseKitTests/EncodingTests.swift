import Foundation
import Testing

@testable import DiscloseKit

extension TestProject {
    /// Writes `text` converted to CP932, as Excel in Japan saves CSV.
    func writeCP932(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try #require(EncodingTests.cp932(text))).write(to: url)
    }
}

/// Issue 17: Shift_JIS (CP932) files as Excel saves them, beside UTF-8 files from overseas.
@Suite("Encodings")
struct EncodingTests {
    /// UTF-8 text converted to CP932 with iconv; nil when CP932 cannot hold it.
    static func cp932(_ text: String) -> [UInt8]? {
        FileEncoding.transcode(Array(text.utf8), from: "UTF-8", to: "CP932")
    }

    static let ledgerRows = [
        ["department": "営業部"],
        ["form_id": "F2", "department": "人事部", "category": "employee", "specific_personal_info": "yes", "subjects": "5", "risk": "high"],
    ]

    static func ledgerText(_ rows: [[String: String]] = ledgerRows) -> String {
        Rows(.ledger).file(rows)
    }

    static let withCP932 = TestProject.pipeline + "\nencodings: [utf-8, cp932]\n"

    @Test func aShiftJISFileWithoutEncodingsIsExactlyOneErrorSayingWhatToDo() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.writeCP932("data/FY2025/JP1/ledger.csv", Self.ledgerText())
        try project.dataset(.reviews, company: "JP1", [["kind": "control-form", "subject": "F1"]])
        let path = "data/FY2025/JP1/ledger.csv"
        #expect(
            project.errorList == [
                "\(path): error: not UTF-8; it looks like Shift_JIS (CP932), as Excel saves CSV in Japan. Save it as \"CSV UTF-8\", or add `encodings: [utf-8, cp932]` to pipeline.yaml."
            ])
        let validation = try Pipeline(options: project.options()).validate()
        let listing = DiagnosticListing(validation.data.diagnostics)
        #expect(listing.errorCount == 1)
        #expect(listing.followOnCount == 1)
        #expect(listing.summary.hasPrefix("1 error, 0 warnings in 1 file; 1 more follows from them"))
    }

    @Test func withEncodingsAShiftJISFileIsReadAsCP932AndNamedByCheck() throws {
        let project = try TestProject.group(pipeline: Self.withCP932)
        defer { project.cleanUp() }
        try project.writeCP932("data/FY2025/JP1/ledger.csv", Self.ledgerText())
        try project.dataset(.ledger, company: "US1", [["department": "Ventes é ł ệ"]])
        try project.dataset(.reviews, company: "JP1", [["kind": "control-form", "subject": "F2"]])
        #expect(project.errorList == [])
        let validation = try Pipeline(options: project.options()).validate()
        let jp1 = project.root.appendingPathComponent("data/FY2025/JP1/ledger.csv").path
        #expect(validation.data.readAs == [jp1: .cp932])
        let departments = try validation.store.rows("SELECT department FROM ledger ORDER BY company, form_id").map { $0[0].text ?? "" }
        #expect(departments == ["営業部", "人事部", "Ventes é ł ệ"])
        let result = try EndToEndTests.run(["check"], in: project.root)
        #expect(result.stderr.contains("Read as CP932 (encodings: in pipeline.yaml), 1 file:\n  data/FY2025/JP1/ledger.csv"), "\(result.stderr)")
        let json = try EndToEndTests.run(["check", "--json"], in: project.root)
        #expect(json.stdout.contains("\"read_as\":{\"data/FY2025/JP1/ledger.csv\":\"cp932\"}") || json.stdout.contains("\"cp932\""))
    }

    @Test func diagnosticsInAConvertedFileKeepLineAndCharacterColumn() throws {
        let project = try TestProject.group(pipeline: Self.withCP932)
        defer { project.cleanUp() }
        try project.writeCP932(
            "data/FY2025/JP1/ledger.csv",
            Self.ledgerText([
                ["department": "営業部"],
                ["form_id": "F2", "department": "人事部", "category": "employee", "specific_personal_info": "maybe", "subjects": "5", "risk": "high"],
            ]))
        try project.writeCP932(
            "data/FY2025/JP1/training_sessions.csv",
            Rows(.trainingSessions).file([["title": "個人情報の取扱い, 第1回", "held_on": "2025-13-01"]]))
        #expect(
            project.errorList == [
                "data/FY2025/JP1/ledger.csv:3:17: error: invalid value 'maybe' in field 'specific_personal_info': expected yes or no",
                "data/FY2025/JP1/training_sessions.csv:2:32: error: invalid date '2025-13-01' in field 'held_on': that day does not exist",
            ])
    }

    @Test func aUTF8ByteOrderMarkIsAcceptedWithAndWithoutEncodings() throws {
        for pipeline in [TestProject.pipeline, Self.withCP932] {
            let project = try TestProject.group(pipeline: pipeline)
            defer { project.cleanUp() }
            try project.write("data/FY2025/JP1/ledger.csv", "\u{FEFF}" + Self.ledgerText())
            try project.write("data/companies.csv", "\u{FEFF}" + TestProject.registry)
            #expect(project.errorList == [])
            let validation = try Pipeline(options: project.options()).validate()
            #expect(validation.data.readAs.isEmpty)
        }
    }

    @Test func theFirstListedEncodingInWhichTheWholeFileIsValidWins() throws {
        // "ア" in UTF-8 (E3 82 A2) is also valid CP932 (a kanji and a half-width katakana): the listed order decides.
        let text = Self.ledgerText([["department": "ア"]])
        let url = TemporaryName.url("encoding-order", extension: "csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(text.utf8).write(to: url)
        guard case .utf8 = FileEncoding.decide(path: url.path, encodings: [.utf8, .cp932]) else {
            Issue.record("UTF-8 listed first must win")
            return
        }
        guard case .converted(_, let encoding) = FileEncoding.decide(path: url.path, encodings: [.cp932, .utf8]) else {
            Issue.record("CP932 listed first must win")
            return
        }
        #expect(encoding == .cp932)
    }

    @Test func aFileValidInNoListedEncodingReportsEachBadFieldAsBefore() throws {
        let project = try TestProject.group(pipeline: Self.withCP932)
        defer { project.cleanUp() }
        var bytes = Array(TestProject.header(.trainingSessions).utf8)
        let row = Rows(.trainingSessions).row(["title": "TITLE"]).components(separatedBy: "TITLE")
        bytes += Array(row[0].utf8) + [0x81, 0x7F] + Array((row[1] + "\n").utf8)  // 0x81 0x7F is not CP932
        let url = project.root.appendingPathComponent("data/FY2025/JP1/training_sessions.csv")
        try Data(bytes).write(to: url)
        #expect(project.errorList == ["data/FY2025/JP1/training_sessions.csv:2:12: error: invalid UTF-8 in field 'title'; save the file as UTF-8"])
    }

    @Test func unknownEncodingNamesAreConfigErrors() {
        let (_, diagnostics) = decodeConfig(TestProject.pipeline + "\nencodings: [utf-8, shift-jiss]\n")
        #expect(diagnostics.map(\.message) == ["unknown encoding 'shift-jiss' (expected utf-8 or cp932); did you mean 'shift-jis'?"])
        let (config, none) = decodeConfig(TestProject.pipeline + "\nencodings: [UTF-8, Shift_JIS]\n")
        #expect(none.isEmpty)
        #expect(config?.encodings == [.utf8, .cp932])
        #expect(decodeConfig(TestProject.pipeline).0?.encodings == [.utf8])
    }

    @Test func theUTF8ValidatorAgreesWithTheStandardLibraryOnEveryChunking() {
        var generator = SplitMix(seed: 17)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), Array("営".utf8), Array("😀".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xE3, 0x81], [0x80], [0xFF], [0x82, 0xA0], Array("plain ascii text ".utf8),
        ]
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let split = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count + 1))
            var validator = UTF8Validator()
            let ok = bytes[..<split].withUnsafeBufferPointer { validator.consume($0) }
                && bytes[split...].withUnsafeBufferPointer { validator.consume($0) } && validator.isComplete
            #expect(ok == expected, "\(bytes) split at \(split)")
        }
    }
}

/// A small deterministic random source for tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
