import Foundation
import Testing

@testable import DiscloseKit

@Suite("English and Japanese pages from one report")
struct BilingualTests {
    static let pages = ["privacy.md", "privacy.html", "data.json", "ja/privacy.md", "ja/privacy.html"]

    /// The `page` fixture's data with the `page-ja` fixture's pipeline.yaml (en + ja texts) and content/ja.
    static func project(_ name: String = #function, edit: (TestProject) throws -> Void = { _ in }) throws -> TestProject {
        let project = try TestProject(name)
        try project.copyFixture("page")
        let overlay = Fixtures.url("page-ja")
        for relative in ["pipeline.yaml", "content/ja/governance.md", "content/ja/strategy.md", "content/ja/initiatives.md"] {
            try project.write(relative, try String(contentsOf: overlay.appendingPathComponent(relative), encoding: .utf8))
        }
        try edit(project)
        return project
    }

    static func build(_ name: String = #function, edit: (TestProject) throws -> Void = { _ in }) throws -> (TestProject, [String: String]) {
        let project = try Self.project(name, edit: edit)
        _ = try Pipeline(options: project.options()).build()
        var files: [String: String] = [:]
        for file in pages { files[file] = project.read("output/FY2025/\(file)") }
        return (project, files)
    }

    /// The diagnostics of a build that must fail.
    static func failure(_ name: String = #function, edit: (TestProject) throws -> Void) throws -> [Diagnostic] {
        let project = try Self.project(name, edit: edit)
        defer { project.cleanUp() }
        do {
            _ = try Pipeline(options: project.options()).build()
            return []
        } catch {
            #expect(project.read("output/FY2025/privacy.html") == nil, "nothing is written on failure")
            return error.diagnostics
        }
    }

    /// Golden files of both editions: `RECORD_SNAPSHOTS=1 swift test --filter BilingualTests` re-records them.
    @Test func bothEditionsMatchTheirGoldenFiles() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let expected = Fixtures.url("page-ja-expected")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        for name in Self.pages {
            let text = try #require(files[name], "\(name) was not written")
            let url = expected.appendingPathComponent(name)
            if record {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            #expect(text == golden, "\(name) differs from Fixtures/page-ja-expected; re-record with RECORD_SNAPSHOTS=1 if intended")
        }
    }

    /// The numbers of each `<td class="number">` cell, sorted within the cell (Japanese may name the denominator first).
    static func numberCells(_ html: String, table: String) -> [[String]] {
        guard let start = html.range(of: table) else { return [] }
        let rest = html[start.upperBound...]
        let body = rest[..<(rest.range(of: "</table>")?.lowerBound ?? rest.endIndex)]
        return body.matches(of: /<td class="number"[^>]*>([^<]*)<\/td>/).map { cell in
            // A target of zero reads "zero" in English and 「0件」 in Japanese: the same number.
            String(cell.1).replacingOccurrences(of: "zero", with: "0").matches(of: /[0-9][0-9,]*(?:\.[0-9]+)?/).map { String($0.0) }.sorted()
        }
    }

    @Test func everyNumberOfTheGoalFigureAndChartTablesIsTheSameInBothEditions() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let english = try #require(files["privacy.html"])
        let japanese = try #require(files["ja/privacy.html"])
        let tables = english.components(separatedBy: "<table").count - 1
        #expect(tables == 7)  // goals, key figures (one per topic: two here), standards, and one per chart (goals, training, trends)
        #expect(japanese.components(separatedBy: "<table").count - 1 == tables)
        var compared = 0
        for (en, ja) in zip(english.components(separatedBy: "<table").dropFirst(), japanese.components(separatedBy: "<table").dropFirst()) {
            let enCells = Self.numberCells("<table" + en, table: "<table")
            let jaCells = Self.numberCells("<table" + ja, table: "<table")
            #expect(enCells == jaCells)
            compared += enCells.flatMap { $0 }.count
        }
        #expect(compared > 20, "the tables hold numbers to compare")
        #expect(japanese.contains("<td class=\"number\" data-label=\"目標値\">95%以上</td>"))
        #expect(english.contains("<td class=\"number\" data-label=\"Target\">95% or more</td>"))
    }

    @Test func theJapaneseEditionWritesYearsMonthsAndPunctuationItsWay() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let html = try #require(files["ja/privacy.html"])
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("<h3 id=\"goals\">2025年度の目標</h3>"))
        #expect(html.contains("2026年3月末時点で"))
        #expect(html.contains("2025年度も更新を続けました。"))
        #expect(html.contains("期間：2021年4月～2026年3月"))
        #expect(html.contains("\"Hiragino Sans\", \"Yu Gothic\", \"Noto Sans CJK JP\", Meiryo, sans-serif"))
        #expect(html.contains("line-break: strict"))
        #expect(html.contains("<span aria-hidden=\"true\">✗</span> 未達成</td>"))
        #expect(html.contains("status-not-met"), "CSS class ids are the same in every edition")
        #expect(!html.contains("Governance") && !html.contains("not met") && !html.contains("FY2025"))
        let english = try #require(files["privacy.html"])
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<h3 id=\"goals\">FY2025 Goals</h3>"))
    }

    @Test func eachEditionLinksToTheOtherWithHreflang() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let english = try #require(files["privacy.html"])
        let japanese = try #require(files["ja/privacy.html"])
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"ja/privacy.html\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"privacy.html\">"))
        #expect(japanese.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../privacy.html\">"))
        #expect(japanese.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"privacy.html\">"))
        #expect(english.contains("<a href=\"ja/privacy.html\" hreflang=\"ja\" lang=\"ja\">日本語版はこちら</a>"))
        #expect(japanese.contains("<a href=\"../privacy.html\" hreflang=\"en\" lang=\"en\">This page in English</a>"))
        #expect(files["ja/privacy.md"]?.contains("[This page in English](../privacy.md)") == true)
    }

    @Test func dataJSONIsOneFileWithTextsAsLanguageMaps() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let data = try #require(files["data.json"]?.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["title"] as? [String: String] == ["en": "Personal Information Protection and Privacy", "ja": "個人情報保護とプライバシー"])
        let goals = try #require(object["goals"] as? [[String: Any]])
        let training = try #require(goals.first { $0["id"] as? String == "training" })
        #expect(training["text"] as? [String: String] == ["en": "Web training for all employees", "ja": "全従業員へのWeb研修"])
        #expect(training["achievement"] as? [String: String] == ["en": "Completion rate 85.0%", "ja": "修了率85.0%"])
        #expect(training["status"] as? String == "not met")
        #expect(project.read("output/FY2025/ja/data.json") == nil)
    }

    @Test func aMissingJapaneseGoalTextIsALocatedErrorNamingTheLanguage() throws {
        let diagnostics = try Self.failure { project in
            let yaml = try #require(project.read("pipeline.yaml"))
            try project.write("pipeline.yaml", yaml.replacingOccurrences(of: "      ja: 全従業員へのWeb研修\n", with: ""))
        }
        #expect(diagnostics.map(\.description) == ["\(diagnostics.first?.location.path ?? ""):44:7: error: goal 'training' has no 'ja' text"])
    }

    @Test func aPlainStringWithTwoLanguagesNamesEachMissingLanguage() throws {
        let diagnostics = try Self.failure { project in
            let yaml = try #require(project.read("pipeline.yaml"))
            try project.write(
                "pipeline.yaml",
                yaml.replacingOccurrences(
                    of: "    text:\n      en: No leaks across the group\n      ja: グループ全体で漏えいをゼロにする\n",
                    with: "    text: No leaks across the group\n"))
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("goal 'group-leaks' has no 'en' or 'ja' text") == true)
        #expect(diagnostics.first?.location.column == 11)
    }

    @Test func everyKindOfTextAndSectionNeedsEveryLanguage() throws {
        let diagnostics = try Self.failure { project in
            var yaml = try #require(project.read("pipeline.yaml"))
            yaml = yaml.replacingOccurrences(of: ", ja: 例示<グループ> & *株式会社*}", with: "}")
            yaml = yaml.replacingOccurrences(of: "label: {en: Leaks at the parent, ja: 親会社での漏えい}", with: "label: Leaks at the parent")
            yaml = yaml.replacingOccurrences(of: "strategy: {en: content/strategy.md, ja: content/ja/strategy.md}", with: "strategy: {en: content/strategy.md}")
            yaml = yaml.replacingOccurrences(of: ", ja: リスク管理を深める}", with: ", jp: リスク管理を深める}")
            yaml = yaml.replacingOccurrences(of: "      ja: \"修了率{{percent}}\"\n", with: "")
            try project.write("pipeline.yaml", yaml)
        }
        let messages = diagnostics.map(\.message)
        #expect(messages.contains("disclosure has no 'ja' organization"))
        #expect(messages.contains { $0.hasPrefix("figure 'leaks' has no 'en' or 'ja' label") })
        #expect(messages.contains("section 'strategy' has no 'ja' file"))
        #expect(messages.contains { $0.hasPrefix("'jp' is not a language of this disclosure (languages: en, ja); did you mean 'ja'?") })
        #expect(messages.contains("goal 'training' has no 'ja' achievement"))
        #expect(diagnostics.allSatisfy { $0.location.line > 0 && $0.location.column > 0 })
    }

    @Test func thePrivacyGuardScansEveryEdition() throws {
        let diagnostics = try Self.failure { project in
            try project.write("content/ja/strategy.md", "# 方針\n\n問い合わせ：ｓａｔｏ＠ａｏｂａ．ｅｘａｍｐｌｅ までご連絡ください。\n")
        }
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { diagnostic in ["md", "html", "xhtml"].contains { diagnostic.location.path.hasSuffix("FY2025/ja/privacy.\($0)") } })
        #expect(diagnostics.contains { $0.location.path.hasSuffix("FY2025/ja/privacy.xhtml") }, "the XHTML page is scanned too")
    }

    @Test func anEditionsTemplateMayBeOverriddenInItsOwnFolder() throws {
        let (project, files) = try Self.build { project in
            try project.write("templates/ja/privacy.md.mustache", "{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}}：{{fy}}\n\n{{{draft_banner}}}\n")
        }
        defer { project.cleanUp() }
        #expect(files["ja/privacy.md"]?.hasPrefix("# 個人情報保護とプライバシー：2025年度\n") == true)
        #expect(files["privacy.md"]?.hasPrefix("# Personal Information Protection and Privacy\n") == true)
    }

    /// What `check` warns about: the texts of pipeline.yaml and the sections against the last build's data.json.
    static func drift(_ project: TestProject) throws -> [String] {
        let loaded = try Project.load(configPath: project.configPath)
        let published = TranslatedText.published(inFolder: project.root.appendingPathComponent("output/FY2025").path)
        #expect(!published.isEmpty, "data.json records the texts of every language")
        return TranslatedText.drift(TranslatedText.all(in: loaded), since: published).map(\.message)
    }

    @Test func checkWarnsAboutATextChangedInOneLanguageAndNotTheOther() throws {
        let (project, _) = try Self.build()
        defer { project.cleanUp() }
        #expect(try Self.drift(project).isEmpty)
        let yaml = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", yaml.replacingOccurrences(of: "en: Web training for all employees", with: "en: Web training for every employee"))
        try project.write("content/ja/strategy.md", "# 方針\n\n各社がグループの方針を採用し、毎年見直しています。\n")
        #expect(
            try Self.drift(project) == [
                "goal 'training': en text changed, ja text did not (since the last build's data.json)",
                "section 'strategy': ja file changed, en file did not (since the last build's data.json)",
            ])
    }

    @Test func aTextChangedInEveryLanguageIsNoDrift() throws {
        let (project, _) = try Self.build()
        defer { project.cleanUp() }
        let yaml = try #require(project.read("pipeline.yaml"))
        try project.write(
            "pipeline.yaml",
            yaml.replacingOccurrences(of: "en: Web training for all employees", with: "en: Web training for every employee")
                .replacingOccurrences(of: "ja: 全従業員へのWeb研修", with: "ja: すべての従業員へのWeb研修"))
        #expect(try Self.drift(project).isEmpty)
    }
}
