import Foundation
import Testing

@testable import DiscloseKit

/// Issue 19: with Japanese as the main language, `explain`, `status` and the evidence pack speak Japanese; English
/// stays as it was.
@Suite("Terminal views in the main language")
struct JapaneseTerminalTests {
    /// The bilingual fixture with Japanese first.
    static func japaneseMain(_ name: String = #function) throws -> TestProject {
        try BilingualTests.project(name) { project in
            let pipeline = try #require(project.read("pipeline.yaml"))
            try project.write("pipeline.yaml", pipeline.replacingOccurrences(of: "languages: [en, ja]", with: "languages: [ja, en]"))
        }
    }

    static let englishWords = [
        "Part", "Edition", "Approved by", "page is a draft", "not approved", "Metric:", "Scope:", "Filter:", "Coverage:",
        "Companies:", "share of", "subsidiaries", "group companies", " in [",
    ]

    @Test func explainWritesTheRuleScopeAndFilterInJapanese() throws {
        let project = try Self.japaneseMain()
        defer { project.cleanUp() }
        let training = try EndToEndTests.run(["explain", "training"], in: project.root)
        #expect(training.status == 0, "\(training.stderr)")
        #expect(training.stdout.contains("指標：training_completion：年度中に割り当てた研修のうち、年度末までに修了した割合"), "\(training.stdout)")
        #expect(training.stdout.contains("範囲：親会社（年度末時点の連結"))
        #expect(training.stdout.contains("条件：course：SEC-WEB"))
        let ledger = try EndToEndTests.run(["explain", "overseas-ledger"], in: project.root)
        #expect(ledger.stdout.contains("範囲：海外のグループ会社（"), "\(ledger.stdout)")
        let leaks = try EndToEndTests.run(["explain", "group-leaks"], in: project.root)
        #expect(leaks.stdout.contains("範囲：親会社と子会社（"), "\(leaks.stdout)")
        for output in [training.stdout, ledger.stdout, leaks.stdout] {
            for word in Self.englishWords { #expect(!output.contains(word), "'\(word)' in:\n\(output)") }
        }
    }

    @Test func statusPrintsTheSignOffTableInJapanese() throws {
        let project = try Self.japaneseMain()
        defer { project.cleanUp() }
        let status = try EndToEndTests.run(["status"], in: project.root)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("部分"), "\(status.stdout)")
        #expect(status.stdout.contains("承認者"))
        #expect(status.stdout.contains("未承認"))
        #expect(status.stdout.contains("2025年度のページは草稿です："))
        for word in Self.englishWords { #expect(!status.stdout.contains(word), "'\(word)' in:\n\(status.stdout)") }
    }

    @Test func theEvidencePackHeadingsAreJapanese() throws {
        let project = try Self.japaneseMain()
        defer { project.cleanUp() }
        let run = try EndToEndTests.run(["evidence"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try #require(project.read("evidence/FY2025/index.html"))
        for heading in ["<html lang=\"ja\">", "<h2 id=\"figures\">数値</h2>", "<caption>数値の算出方法</caption>", ">算出規則</th>",
                        ">網羅状況</th>", "<h2 id=\"manifest-heading\">マニフェスト</h2>", "<h3>入力ファイル (", "根拠資料：個人情報保護とプライバシー"] {
            #expect(html.contains(heading), "\(heading)")
        }
        for word in ["<h2 id=\"figures\">Figures", "How the figure is computed", ">Rule<", ">Coverage<", ">Manifest<", "Evidence pack"] {
            #expect(!html.contains(word), "'\(word)' in the Japanese evidence pack")
        }
    }

    @Test func everyBuiltInMetricHasAJapaneseRule() {
        for id in MetricCatalog.ids {
            let rule = Edition.japanese.rules[id]
            #expect(rule != nil && rule != MetricCatalog.all[id]?.rule, "no Japanese rule for \(id)")
        }
        #expect(Edition.english.rule("incidents") == "incidents discovered in the FY")
    }

    @Test func englishKeepsItsWords() {
        let signOff = SignOff(parts: [], approvals: Approvals(), fiscalYear: 2025)
        #expect(signOff.table(edition: .english) == signOff.table)
        #expect(signOff.table.hasPrefix("Part  Edition  State  Approved by"))
        let scope = CompanyScope(region: [.overseas], relationship: [.subsidiary], major: true)
        #expect(Edition.english.scope(scope) == "major overseas subsidiaries")
        #expect(Edition.japanese.scope(scope) == "海外の主要な子会社")
        #expect(Edition.english.scope(CompanyScope()) == "group companies")
        #expect(Edition.japanese.scope(.parentOnly) == "親会社")
    }
}
