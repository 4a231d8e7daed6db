import Foundation
import Testing

@testable import DiscloseKit

/// Public numbers are not personal data: the sample, starter projects and generated groups build with
/// no refusal, and the numbers the editions write are not mistaken for phone or Individual Numbers.
@Suite("No false alarms on public numbers")
struct FalseAlarmCorpusTests {
    @Test(arguments: [
        // Privacy Mark registration numbers: eight digits and two in brackets.
        "12345678(05)", "17001234(05)", "第17001234(05)号", "登録番号：１７００１２３４（０５）", "Privacy Mark No. 21000456(07)",
        "01234567(05)", "一七〇〇一二三四（〇五）",
        // Dates in every form the editions write, and periods between them.
        "2025年4月1日", "２０２５年４月１日", "令和7年4月1日", "令和７年４月１日", "二〇二五年四月一日", "2025-04-01", "2025/04/01",
        "2025.04.01", "April 1, 2025", "1 April 2025", "2025年4月1日〜2026年3月31日", "2025年4月1日～2026年3月31日",
        "2025-04-01 to 2026-03-31", "2025/04/01–2026/03/31", "2025・04・01", "令和7年4月1日から令和8年3月31日まで", "2025-04-01〜2026-03-31",
        // Fiscal years, periods, counts, percentages.
        "FY2025", "2025年度", "FY2021–FY2025", "2021年4月〜2026年3月", "2021-04 to 2026-03", "1,234件", "12 of 45 companies",
        "22社中22社（100.0%）", "94.3 % of 1,502", "0件", "第3四半期", "一〇〇%", "三〇〇社",
        // SVG coordinates and chart text.
        "<svg viewBox=\"0 0 640 1024\">", "<rect x=\"0\" y=\"18\" width=\"440\" height=\"16\"/>", "points=\"0,0 440,16 0,16\"",
        "translate(0 0) scale(1 1)", "M0 0 L 640 0 L 640 1024", "<text x=\"0\" y=\"1024\">0 / 1,024</text>",
        // Certificate, form and company ids of the sample.
        "ISO/IEC 27001:2022", "JIS Q 15001:2023", "AOBA-RET-O", "AB-AGR-00001", "LEDGER-0001", "CD-12345", "P-0001A2",
        // UUIDs, whole.
        "123e4567-e89b-12d3-a456-271828182840", "Kato-99016407-2718-2818-2840-997564b31b0c",
    ])
    func aPublicNumberIsNotPersonalData(_ text: String) {
        #expect(SensitiveText.scan(text).isEmpty, "\(text): \(SensitiveText.scan(text).map(\.text))")
    }

    /// Runs `arguments` in `folder`; the status and whether anything was refused.
    static func expectClean(_ arguments: [String], in folder: URL) throws {
        let result = try EndToEndTests.run(arguments, in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr.split(separator: "\n").prefix(5).joined(separator: "\n"))")
        #expect(!result.stderr.contains("refusing to publish"), "\(arguments)")
    }

    /// Every file under `output` and `evidence` in `root`, scanned with the patterns: none may match.
    static func expectNothingFound(under root: URL) {
        for folder in ["output", "evidence"] {
            let base = root.appendingPathComponent(folder)
            for name in (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []).sorted() {
                guard let text = try? String(contentsOf: base.appendingPathComponent(name), encoding: .utf8) else { continue }
                let found = SensitiveText.scan(text)
                #expect(found.isEmpty, "\(folder)/\(name): \(found.prefix(3).map(\.text))")
            }
        }
    }

    @Test func theSampleBuildsWithNoRefusal() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let out = folder.root.appendingPathComponent("output")
        let config = Fixtures.packageRoot.appendingPathComponent("pipeline.yaml").path
        try Self.expectClean(["build", "--config", config, "--out", out.path], in: folder.root)
        try Self.expectClean(["evidence", "--config", config, "--out", folder.root.appendingPathComponent("evidence").path], in: folder.root)
        Self.expectNothingFound(under: folder.root)
    }

    @Test(arguments: [["en"], ["en", "ja"]])
    func aStarterProjectBuildsWithNoRefusal(languages: [String]) throws {
        let folder = try TestProject("starter\(languages.joined())")
        defer { folder.cleanUp() }
        let root = folder.root.appendingPathComponent("starter")
        try Self.expectClean(["init", root.path, "--languages", languages.joined(separator: ",")], in: folder.root)
        try Self.expectClean(["build"], in: root)
        try Self.expectClean(["evidence"], in: root)
        Self.expectNothingFound(under: root)
    }

    @Test(arguments: [
        ["--companies", "40", "--people", "3000", "--years", "3", "--seed", "1"],
        ["--companies", "120", "--people", "2500", "--small-companies", "75", "--years", "2", "--seed", "28"],
    ])
    func aGeneratedGroupBuildsWithNoRefusal(shape: [String]) throws {
        let folder = try TestProject("generated\(shape.joined())")
        defer { folder.cleanUp() }
        let root = folder.root.appendingPathComponent("group")
        try Self.expectClean(["generate", root.path] + shape, in: folder.root)
        try Self.expectClean(["build"], in: root)
        try Self.expectClean(["evidence"], in: root)
        Self.expectNothingFound(under: root)
    }
}
