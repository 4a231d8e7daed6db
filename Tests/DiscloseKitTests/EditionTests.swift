import Foundation
import Testing

@testable import DiscloseKit

@Suite("Editions: every word of the page in one language")
struct EditionTests {
    @Test func everyBuiltInEditionHasEveryWord() {
        for edition in Edition.builtIn {
            let missing = Word.allCases.filter { edition.words[$0] == nil }
            #expect(missing.isEmpty, "\(edition.language) lacks \(missing.map(\.rawValue))")
            #expect(edition[.monthNames].split(separator: "|").count == 12)
        }
        #expect(Set(Edition.builtIn.map(\.language)).count == Edition.builtIn.count)
    }

    @Test func noEnglishStatusWordOrHeadingRemainsInReportMetricsIngestOrStore() throws {
        let english = Edition.english
        let quoted = [GoalStatus.met, .notMet, .insufficientData, .reported].map { "\"\(english.status($0))\"" }
        let headings: [Word] = [
            .headingGovernance, .headingStrategy, .headingMetrics, .headingMediumTerm, .headingProgress, .headingInitiatives,
            .headingStandards, .captionChart, .otherGoals, .chartGoalsValue, .populationDispatched, .scopeNoteDefault,
        ]
        let phrases = quoted + headings.map { english[$0] } + ["(partial)", "January", "reported by "]
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources/DiscloseKit")
        var checked = 0
        for folder in ["Domain", "Catalog", "Report", "Metrics", "Evaluation", "Ingest", "Store"] {
            let url = sources.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".swift") {
                let source = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let code = source.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                    .joined(separator: "\n")
                let literals = code.matches(of: /"(?:[^"\\\n]|\\.)*"/).map { String($0.0) }
                checked += 1
                for phrase in phrases {
                    let found = literals.filter { $0.contains(phrase) }
                    #expect(found.isEmpty, "\(folder)/\(name) writes the English \(phrase): \(found)")
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func japaneseWritesFiscalYearsMonthsAndPercentagesItsWay() throws {
        let ja = Edition.japanese
        #expect(ja.fiscalYear(2025) == "2025年度")
        #expect(ja.fiscalYearValue(2025) == "2025年度")
        #expect(ja.fiscalYearEnd(FiscalYear(2025)) == "2026年3月末")
        #expect(ja.fiscalYearEnd(FiscalYear(2025, startMonth: 1)) == "2025年12月末")
        let october = try #require(Day(iso: "2005-10-01"))
        #expect(ja.month(.date(october)) == "2005年10月")
        #expect(ja.percent(Ratio(943, 1000)) == "94.3%")
        #expect(ja.number(12_345) == "12,345")
        #expect(ja.period(YearMonth(year: 2021, month: 4), YearMonth(year: 2026, month: 3)) == "2021年4月～2026年3月")
        #expect(ja.status(.notMet) == "未達成")
        let english = Edition.english
        #expect(english.fiscalYear(2025) == "FY2025")
        #expect(english.fiscalYearEnd(FiscalYear(2025)) == "end of March 2026")
        #expect(english.month(.date(october)) == "October 2005")
        #expect(english.percent(Ratio(943, 1000)) == "94.3%")
    }

    @Test func aWordIsFilledInOnePassWithoutReadingValuesAsPatterns() {
        #expect(Edition.fill("{a} and {b}", ["a": "{b}", "b": "x"]) == "{b} and x")
        #expect(Edition.fill("{unknown} stays", [:]) == "{unknown} stays")
        #expect(Edition.fill("no brace", ["a": "b"]) == "no brace")
        #expect(Edition.fill("open { only", [:]) == "open { only")
    }

    @Test func dataJSONKeepsTheSpecStatusValuesWhateverTheLanguage() {
        #expect(GoalStatus.allCases.map(\.jsonValue).sorted() == ["insufficient data", "met", "not met", "reported"])
        #expect(GoalStatus.allCases.map(\.classID).sorted() == ["insufficient-data", "met", "not-met", "reported"])
    }

    /// A toy edition: English words in brackets. Adding it touches no code outside the editions folder.
    /// The diagnostics of a build that must fail (empty when it succeeds).
    static func buildDiagnostics(_ options: Pipeline.Options) -> [Diagnostic] {
        do {
            _ = try Pipeline(options: options).build()
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func bracketed() -> Edition {
        var words: [Word: String] = [:]
        for (key, word) in Edition.english.words {
            let keep = word.isEmpty || word.contains("|") || word.contains("\"")
            words[key] = keep ? word : "[" + word + "]"
        }
        return Edition(language: "xx", words: words)
    }

    @Test func aToyEditionWritesThePageWithNoOtherChange() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let yaml = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", yaml.replacingOccurrences(of: "  home_country: JP\n", with: "  home_country: JP\n  languages: [xx]\n"))
        var options = project.options()
        options.editions = Edition.builtIn + [Self.bracketed()]
        _ = try Pipeline(options: options).build()
        let html = try #require(project.read("output/FY2025/privacy.html"))
        #expect(html.contains("<html lang=\"xx\">"))
        #expect(html.contains(">[Governance]</h2>"))
        #expect(html.contains("<h3 id=\"goals\">[[FY2025] Goals]</h3>"))
        #expect(html.contains("<span aria-hidden=\"true\">✗</span> [not met]</td>"))
        #expect(html.contains("<th scope=\"col\">[FY2024]</th>"))
        #expect(html.contains("<p>[Period: [[April 2021] to [March 2026]]]</p>"))
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        #expect(markdown.contains("## \\[Metrics and Targets\\]"))
        #expect(markdown.contains("| \\[Goal\\] | \\[Target\\] | \\[Result\\] | \\[Prior FY\\] | \\[Status\\] |"))
        let json = try #require(project.read("output/FY2025/data.json"))
        #expect(json.contains("\"status\": \"not met\""))
    }

    @Test func aLanguageNoEditionWritesIsALocatedError() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let yaml = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", yaml.replacingOccurrences(of: "  home_country: JP\n", with: "  home_country: JP\n  languages: [xx]\n"))
        let diagnostics = Self.buildDiagnostics(project.options())
        #expect(diagnostics.map(\.location.line) == [6])
        #expect(diagnostics.first?.message.hasPrefix("no edition writes language 'xx'") == true)
        #expect(project.read("output/FY2025/privacy.html") == nil)
    }
}
