import Foundation
import Testing

@testable import DiscloseKit

/// Issue 32, item 1: every figure on the XHTML page is tagged where it is shown — a ratio's every number, the charts'
/// tables in each year's context, the numbers in narrative and achievement sentences — and the tagged page reads
/// exactly as the untagged one.
@Suite("Inline XBRL: every number where it is shown")
struct InlineXBRLShownTests {
    /// The facts in `xhtml`: name, context and the text shown, in order.
    static func facts(_ xhtml: String) -> [(name: String, context: String, text: String)] {
        xhtml.components(separatedBy: "<ix:").dropFirst().compactMap { piece in
            guard piece.hasPrefix("nonFraction ") || piece.hasPrefix("nonNumeric ") else { return nil }
            let tag = String(piece.prefix { $0 != ">" })
            let text = piece.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            return (InlineXBRLTests.attribute("name", of: tag) ?? "", InlineXBRLTests.attribute("contextRef", of: tag) ?? "", String(text))
        }
    }

    /// The `<tr id="goal-…">` row of goal `id` in `xhtml`.
    static func row(_ id: String, in xhtml: String) -> String {
        xhtml.components(separatedBy: "<tr id=\"goal-\(id)\">").dropFirst().first.map { String($0.prefix { $0 != "\n" }) } ?? ""
    }

    /// The report of the bilingual fixture (after `edit`) and the narrative of `edition` rendered with its facts.
    static func narrative(
        _ name: String = #function, edition: Edition = .english, edit: (TestProject) throws -> Void
    ) throws -> (EditionNarrative, InlineFacts, TestProject) {
        let project = try BilingualTests.project(name, edit: edit)
        let report = try Pipeline(options: project.options()).report().report
        let loaded = try Project.load(configPath: project.configPath)
        let facts = InlineFacts(report: report, entity: nil)
        return (try EditionNarrative(report: report, edition: edition, project: loaded, facts: facts), facts, project)
    }

    @Test func aCountOfScopeTagsItsNumeratorDenominatorAndShareInOneContext() throws {
        let (project, en, ja) = try InlineXBRLTests.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            let cell = Self.facts(Self.row("overseas-ledger", in: page)).filter { $0.name.hasPrefix("disc:LedgerAdoption") }
            // This year's result and the prior year's, each "n of d (p%)".
            #expect(cell.map(\.name).sorted() == ["disc:LedgerAdoption", "disc:LedgerAdoption", "disc:LedgerAdoptionDenominator",
                "disc:LedgerAdoptionDenominator", "disc:LedgerAdoptionShare", "disc:LedgerAdoptionShare"])
            for name in ["disc:LedgerAdoptionDenominator", "disc:LedgerAdoptionShare"] {
                let contexts = cell.filter { $0.name == name }.map(\.context)
                #expect(contexts == cell.filter { $0.name == "disc:LedgerAdoption" }.map(\.context), "\(name) shares its figure's contexts")
            }
        }
    }

    @Test func aPopulationBarTagsItsShareNumeratorAndDenominator() throws {
        let (project, en, ja) = try InlineXBRLTests.build { project in
            // Officers too, so the chart has two populations (the fixture's 20 employees, 17 of them done).
            let employees = (0..<20).map { n in
                ["person_id": "E\(n)", "assigned_on": "2025-05-01", "completed_on": n < 17 ? "2025-06-01" : ""]
            }
            try project.dataset(.training, company: "P", employees + [
                ["person_id": "E900", "population": "officer", "assigned_on": "2025-05-01", "completed_on": "2025-06-01"]
            ])
        }
        defer { project.cleanUp() }
        for page in [en, ja] {
            let table = try #require(page.components(separatedBy: "<div class=\"figure\" id=\"chart-training-training\">").dropFirst().first)
                .components(separatedBy: "</table>")[0]
            let rows = table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
            #expect(rows.count == 2, "officers and employees")
            var contexts: [String] = []
            for row in rows {
                let facts = Self.facts(String(row)).filter { $0.name.hasPrefix("disc:TrainingCompletion") }
                #expect(facts.map(\.name).sorted() == ["disc:TrainingCompletion", "disc:TrainingCompletionDenominator", "disc:TrainingCompletionNumerator"])
                #expect(Set(facts.map(\.context)).count == 1, "one context per population: \(row)")
                contexts += facts.prefix(1).map(\.context)
            }
            #expect(Set(contexts).count == 2)
            for population in ["officer", "employee"] {
                #expect(page.contains("<disc:Selection>\(population)</disc:Selection>"), "a context for the \(population)s")
            }
        }
    }

    @Test func aTrendTableTagsEachYearInThatYearsContext() throws {
        let (project, en, _) = try InlineXBRLTests.build()
        defer { project.cleanUp() }
        let table = try #require(en.components(separatedBy: "<div class=\"figure\" id=\"chart-trends\">").dropFirst().first)
            .components(separatedBy: "</table>")[0]
        let contexts = Dictionary(
            InlineXBRLTests.tags("xbrli:context", in: en).map { (InlineXBRLTests.attribute("id", of: $0) ?? "", $0) }) { first, _ in first }
        let header = en.components(separatedBy: "<xbrli:context ").dropFirst()
        var ends: [String: String] = [:]
        for context in header {
            let id = InlineXBRLTests.attribute("id", of: context) ?? ""
            let end = context.components(separatedBy: "<xbrli:endDate>").dropFirst().first ?? context.components(separatedBy: "<xbrli:instant>").dropFirst().first
            ends[id] = end.map { String($0.prefix(10)) }
        }
        #expect(!contexts.isEmpty)
        let facts = Self.facts(table)
        #expect(!facts.isEmpty, "the trend table is tagged")
        let years = Set(facts.compactMap { ends[$0.context] })
        #expect(years.contains("2026-03-31") && years.contains("2025-03-31"), "this year's and the prior year's contexts: \(years)")
    }

    @Test func aChartTablesTargetIsTheGoalsTargetFact() throws {
        let (project, en, ja) = try InlineXBRLTests.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            let targets = Self.facts(page).filter { $0.name == "disc:GoalTarget" }
            // Each goal's contexts carry one target text only, wherever it is shown.
            for context in Set(targets.map(\.context)) {
                #expect(Set(targets.filter { $0.context == context }.map(\.text)).count == 1)
            }
            #expect(targets.count > 3, "the goals' table and the charts' tables: \(targets.count)")
            // The goals' chart states each goal's result as its percentage: a share, or the percentage itself.
            let table = try #require(page.components(separatedBy: "<div class=\"figure\" id=\"chart-goals\">").dropFirst().first)
                .components(separatedBy: "</table>")[0]
            let values = Self.facts(table).filter { $0.name != "disc:GoalTarget" }.map(\.name)
            #expect(values == ["disc:LedgerAdoptionShare", "disc:TrainingCompletion"], "\(values)")
        }
    }

    @Test func anAchievementSentenceTagsItsNumbers() throws {
        let (project, en, ja) = try InlineXBRLTests.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            let item = try #require(page.components(separatedBy: "<li id=\"progress-overseas-ledger\">").dropFirst().first?.prefix { $0 != "\n" })
            let names = Self.facts(String(item)).map(\.name).sorted()
            #expect(names == ["disc:LedgerAdoption", "disc:LedgerAdoptionDenominator"], "numerator and denominator: \(item)")
            let training = try #require(page.components(separatedBy: "<li id=\"progress-training\">").dropFirst().first?.prefix { $0 != "\n" })
            #expect(Self.facts(String(training)).map(\.name) == ["disc:TrainingCompletion"])
        }
    }

    /// Figures in every Markdown setting a narrative may put them in, in English and Japanese.
    static let settings = """
        # Holders: {{figures.holders.value}}

        Plain {{figures.holders.value}} companies, **{{figures.holders.value}}** in bold, _{{figures.leaks.value}}_ in emphasis.

        - in a list: {{figures.holders.value}}
        - 国内{{figures.holders.value}}社、事故{{figures.leaks.value}}件

        > quoted: {{figures.holders.value}}

        [linked {{figures.holders.value}}](https://example.invalid/{{figures.holders.value}}) and `code {{figures.holders.value}}`

        ![image {{figures.holders.value}}](https://example.invalid/{{figures.holders.value}}.png)

        Across the group: {{figures.group_leaks.partial_value}}.

        """

    @Test(arguments: ["en", "ja"])
    func aFigureInNarrativeIsTaggedAndTheSectionReadsAsTheHTML(language: String) throws {
        let edition = try #require(Edition.named(language, among: Edition.builtIn))
        let (narrative, _, project) = try Self.narrative(edition: edition) { project in
            try project.write(language == "en" ? "content/initiatives.md" : "content/ja/initiatives.md", Self.settings)
        }
        defer { project.cleanUp() }
        let section = try #require(narrative.sections["initiatives"])
        #expect(InlineFacts.untagged(section.xhtml) == section.html, "the tagged section reads exactly as the HTML")
        let facts = Self.facts(section.xhtml)
        // Heading, plain, bold, list (twice), quote, link text and code: each shows the holders figure as text.
        #expect(facts.filter { $0.name == "disc:PrivacyMarkHolders" }.count >= 7, "\(facts)")
        #expect(facts.filter { $0.name == "disc:Incidents" }.count == 2, "the parent's leaks, twice; the group's is incomplete")
        #expect(!section.xhtml.contains("\u{F8F3}") && !section.xhtml.contains("\u{F8F4}"), "no mark is left")
        #expect(!section.xhtml.contains("href=\"https://example.invalid/<"), "an attribute holds text, never a tag")
        #expect(!section.xhtml.contains("alt=\"image <"), "an image's alt holds text, never a tag")
    }

    /// A content file that itself holds the marks' private-use characters (pasted, or written to trick the page) never
    /// has them read as figures: the section reads as the HTML does, and nothing in it is tagged that the file did not name.
    @Test(arguments: ["\u{F8F3}0\u{F8F4}", "\u{F8F3}0", "0\u{F8F4} and \u{F8F3}", "%EF%A3%B30%EF%A3%B4", "[x](https://example.invalid/%EF%A3%B30%EF%A3%B4)"])
    func marksWrittenInTheContentAreNeverReadAsFigures(text: String) throws {
        let (narrative, _, project) = try Self.narrative { project in
            try project.write("content/initiatives.md", "Holders \(text) and {{figures.holders.value}}.\n")
        }
        defer { project.cleanUp() }
        let section = try #require(narrative.sections["initiatives"])
        #expect(InlineFacts.untagged(section.xhtml) == section.html)
        #expect(Self.facts(section.xhtml).count <= 1, "only the named figure may be tagged: \(section.xhtml)")
    }

    @Test func anIncompleteFigureInNarrativeIsNotTagged() throws {
        let (narrative, _, project) = try Self.narrative { project in
            try project.write("content/initiatives.md", "Group: {{figures.group_leaks.partial_value}}; {{figures.group_leaks.value}}; {{figures.group_leaks.numerator}}.\n")
        }
        defer { project.cleanUp() }
        let section = try #require(narrative.sections["initiatives"])
        #expect(Self.facts(section.xhtml).isEmpty, "\(section.xhtml)")
        #expect(section.xhtml == section.html)
    }

    @Test func everyNarrativeNameOfAFigureIsTaggedAsItsPart() throws {
        let (narrative, _, project) = try Self.narrative { project in
            try project.write(
                "content/initiatives.md",
                "Value {{figures.holders.value}}, percent {{figures.holders.percent}}, month {{figures.holders.month}}.\n")
        }
        defer { project.cleanUp() }
        let achievements = narrative.taggedAchievements
        let ledger = Self.facts(try #require(achievements["overseas-ledger"]))
        #expect(ledger.map(\.name) == ["disc:LedgerAdoption", "disc:LedgerAdoptionDenominator"])
        #expect(ledger.map(\.text) == ["1", "1"])
        let section = try #require(narrative.sections["initiatives"])
        #expect(Self.facts(section.xhtml).map(\.name) == ["disc:PrivacyMarkHolders"], "a count has no percent: only its value is tagged")
    }

    /// A phone number made of narrative text and a tagged figure (`090-1234-567` and `2`) is still one value to the
    /// privacy guard: the tag between its digits hides nothing, in both pages, spelled several ways.
    @Test(arguments: ["090-1234-567{{figures.holders.value}}", "０９０-１２３４-５６７{{figures.holders.value}}", "携帯090-1234-567{{figures.holders.value}}へ"])
    func aPhoneNumberGluedToATaggedFigureIsRefusedInTheXHTMLPage(text: String) throws {
        let diagnostics = try BilingualTests.failure { project in
            try project.write("content/initiatives.md", "Call \(text) for details.\n")
            try project.write("content/ja/initiatives.md", "連絡先：\(text)\n")
        }
        for page in ["FY2025/privacy.xhtml", "FY2025/ja/privacy.xhtml"] {
            #expect(diagnostics.contains { $0.severity == .error && $0.location.path.hasSuffix(page) && $0.message.contains("phone") }, "\(page): \(diagnostics)")
        }
    }

    @Test func aMarkResolvesToTheTaggedFigureInTextAndToItsTextInATag() {
        var marks = FactMarks()
        let first = marks.mark(text: "8", xhtml: "<ix:nonFraction name=\"disc:X\">8</ix:nonFraction>")
        let second = marks.mark(text: "94.3%", xhtml: "<ix:nonFraction name=\"disc:Y\">94.3</ix:nonFraction>%")
        #expect(marks.resolve("<p>\(first) of \(second)</p>") == "<p><ix:nonFraction name=\"disc:X\">8</ix:nonFraction> of <ix:nonFraction name=\"disc:Y\">94.3</ix:nonFraction>%</p>")
        #expect(marks.resolve("<a href=\"/\(first)\" title=\"\(second)\">\(first)</a>") == "<a href=\"/8\" title=\"94.3%\"><ix:nonFraction name=\"disc:X\">8</ix:nonFraction></a>")
        #expect(marks.resolve("<a href=\"/%EF%A3%B30%EF%A3%B4\">x</a>") == "<a href=\"/8\">x</a>", "a mark percent-encoded in an address")
        #expect(marks.resolve("\u{F8F3}9\u{F8F4}") == nil, "an unknown mark")
        #expect(marks.resolve("\u{F8F3}0") == nil, "a mark without its end")
        #expect(marks.resolve("0\u{F8F4}") == nil, "an end without its mark")
        #expect(marks.resolve("\u{F8F3}x\u{F8F4}") == nil, "a mark that is no number")
    }

    @Test func aTaggedTextThatWouldReadDifferentlyFallsBackToThePlainText() {
        #expect(InlineFacts.same("<ix:nonFraction name=\"a\">8</ix:nonFraction>", as: "8") == "<ix:nonFraction name=\"a\">8</ix:nonFraction>")
        #expect(InlineFacts.same("<ix:nonFraction name=\"a\">8</ix:nonFraction>", as: "9") == "9")
        #expect(InlineFacts.same(nil, as: "9") == "9")
        #expect(InlineFacts.untagged("<p>a <ix:nonNumeric name=\"x\">b</ix:nonNumeric> &lt; c</p>") == "<p>a b &lt; c</p>")
    }
}
