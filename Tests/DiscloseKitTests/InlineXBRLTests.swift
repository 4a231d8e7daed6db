import Foundation
import FoundationXML
import Testing

@testable import DiscloseKit

/// The XHTML page with inline XBRL: a format of the typed page set, tagged from the report. (Arelle itself runs in
/// `make check-sample`, scripts/check-xbrl.sh: these tests need no network and no Python.)
@Suite("Inline XBRL pages")
struct InlineXBRLTests {
    static func build(_ name: String = #function, edit: (TestProject) throws -> Void = { _ in }) throws -> (TestProject, en: String, ja: String) {
        let (project, _) = try BilingualTests.build(name, edit: edit)
        return (project, project.read("output/FY2025/privacy.xhtml") ?? "", project.read("output/FY2025/ja/privacy.xhtml") ?? "")
    }

    /// Every `name="…"` of the tags `element` in `xhtml`, in order.
    static func tags(_ element: String, in xhtml: String) -> [String] {
        xhtml.components(separatedBy: "<" + element + " ").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    static func attribute(_ name: String, of tag: String) -> String? {
        guard let range = tag.range(of: name + "=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyEditionHasAnXHTMLPageListedInTheIndex() throws {
        let (project, en, ja) = try Self.build()
        defer { project.cleanUp() }
        #expect(en.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
        #expect(en.contains("xml:lang=\"en\"") && ja.contains("xml:lang=\"ja\""))
        let index = project.read("output/index.html") ?? ""
        #expect(index.contains("href=\"FY2025/privacy.xhtml\"") && index.contains("href=\"FY2025/ja/privacy.xhtml\""))
        let indexMarkdown = project.read("output/index.md") ?? ""
        #expect(indexMarkdown.contains("(FY2025/ja/privacy.xhtml)"))
    }

    @Test func theXHTMLPageIsWellFormedXMLWithNoHTML5Markup() throws {
        let (project, en, ja) = try Self.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            let parser = XMLParser(data: Data(page.utf8))
            #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
            for forbidden in ["<section", "<nav", "<main", "<header", "<footer", "<figure", "<details", "<svg", " aria-", " data-", " role=", " lang="] {
                #expect(!page.contains(forbidden), "XHTML 1.1 has no \(forbidden)")
            }
        }
    }

    @Test func everyCompleteFigureIsTaggedWithAContextTheHeaderDeclares() throws {
        let (project, en, _) = try Self.build()
        defer { project.cleanUp() }
        let declared = Set(Self.tags("xbrli:context", in: en).compactMap { Self.attribute("id", of: $0) })
        let facts = Self.tags("ix:nonFraction", in: en) + Self.tags("ix:nonNumeric", in: en)
        #expect(!facts.isEmpty)
        for fact in facts {
            let context = try #require(Self.attribute("contextRef", of: fact))
            #expect(declared.contains(context), "\(fact) names a context the header lacks")
        }
        // Three goals with a result and a prior year, three key figures, the standards row of the leaks figure.
        let data = try #require(project.read("output/FY2025/data.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let metrics = try #require(json["metrics"] as? [[String: Any]])
        let goals = try #require(json["goals"] as? [[String: Any]])
        let figures = metrics.filter { !($0["value"] is NSNull) }.count
            + goals.filter { $0["value"] != nil && !($0["value"] is NSNull) }.count
            + goals.filter { $0["prior"] != nil && !($0["prior"] is NSNull) }.count
        let tagged = Self.tags("ix:nonFraction", in: en).count + Self.tags("ix:nonNumeric", in: en).filter { $0.contains("disc:PrivacyMark") }.count
        #expect(tagged >= figures, "\(tagged) numbers tagged for \(figures) figures of data.json")
    }

    @Test func aPercentageIsTaggedAsShownWithScaleMinusTwoAndThreeDecimals() throws {
        let (project, en, ja) = try Self.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            let percent = try #require(Self.tags("ix:nonFraction", in: page).first { $0.contains("disc:TrainingCompletion") })
            #expect(Self.attribute("scale", of: percent) == "-2")
            #expect(Self.attribute("decimals", of: percent) == "3")
            #expect(Self.attribute("format", of: percent) == "ixt:num-dot-decimal")
        }
        let count = try #require(Self.tags("ix:nonFraction", in: en).first { $0.contains("disc:Incidents") })
        #expect(Self.attribute("decimals", of: count) == "0" && Self.attribute("scale", of: count) == nil)
    }

    @Test func theNumbersTaggedAreTheSameInEveryEdition() throws {
        let (project, en, ja) = try Self.build()
        defer { project.cleanUp() }
        func numbers(_ page: String) -> [String] {
            page.components(separatedBy: "<ix:nonFraction ").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        // The same facts, each with the same value; Japanese may name a ratio's denominator before its numerator.
        #expect(Set(numbers(en)) == Set(numbers(ja)))
        #expect(numbers(en).count == numbers(ja).count)
        #expect(Self.tags("xbrli:context", in: en) == Self.tags("xbrli:context", in: ja))
    }

    /// The fixture's US1 sent no incidents.csv: a header-only one makes the group's incident figures complete.
    static func completeIncidents(_ project: TestProject) throws {
        let header = try #require(project.read("data/FY2025/JP1/incidents.csv")?.split(separator: "\n").first)
        try project.write("data/FY2025/US1/incidents.csv", header + "\n")
    }

    @Test func twoFiguresOfOneMetricNeverShareAContext() throws {
        let (project, en, _) = try Self.build(edit: Self.completeIncidents)
        defer { project.cleanUp() }
        // `leaks` (the parent) and `group_leaks` (parent and subsidiaries, two types): both disc:Incidents this year.
        let incidents = Self.tags("ix:nonFraction", in: en).filter { $0.contains("disc:Incidents") }
        let contexts = Set(incidents.compactMap { Self.attribute("contextRef", of: $0) })
        #expect(contexts.count >= 3, "leaks, group_leaks and the goal group-leaks (this year and prior) need their own contexts: \(contexts)")
        #expect(en.contains("<disc:Selection>parent subsidiary</disc:Selection>"))
        #expect(en.contains("<disc:Selection>leak loss</disc:Selection>"))
    }

    @Test func flowsAreDurationsAndStatesAtYearEndInstants() {
        let instant = MetricCatalog.definitions.filter(XBRLVocabulary.isInstant).map(\.id).sorted()
        #expect(instant.contains("privacy_mark_holders") && instant.contains("ledger_adoption") && instant.contains("privacy_mark_first_certified"))
        #expect(!instant.contains("incidents") && !instant.contains("training_completion") && !instant.contains("training_sessions"))
    }

    @Test func theGoalsStatusAndTargetAreNonNumericFacts() throws {
        let (project, en, ja) = try Self.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            let texts = Self.tags("ix:nonNumeric", in: page)
            #expect(texts.filter { $0.contains("disc:GoalStatus") }.count == 3)
            // In the goals' table one per goal (the charts' tables and sentences may show a target again).
            let rows = ["overseas-ledger", "training", "group-leaks"].map { InlineXBRLShownTests.row($0, in: page) }
            #expect(rows.map { Self.tags("ix:nonNumeric", in: $0).filter { $0.contains("disc:GoalTarget") }.count } == [1, 1, 1])
        }
        #expect(en.contains("<disc:Selection>group-leaks</disc:Selection>"))
    }

    @Test func anIncompleteFigureIsWrittenButNotTagged() throws {
        // US1 sent no incidents.csv: the group's figure is partial (no value), the parent's complete.
        let (project, en, _) = try Self.build()
        defer { project.cleanUp() }
        let data = try #require(project.read("output/FY2025/data.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let metrics = try #require(json["metrics"] as? [[String: Any]])
        let group = try #require(metrics.first { $0["name"] as? String == "group_leaks" })
        #expect(group["value"] is NSNull, "the fixture should make group_leaks incomplete")
        let row = try #require(en.components(separatedBy: "<tr id=\"figure-group_leaks\">").dropFirst().first?.prefix { $0 != "\n" })
        #expect(!row.contains("ix:nonFraction"), "an incomplete figure must not be tagged: \(row)")
    }

    @Test func theEntityIsTheConfiguredLEIOrTheOrganisationUnderTheLocalScheme() throws {
        let (plain, en, _) = try Self.build()
        defer { plain.cleanUp() }
        #expect(en.contains("<xbrli:identifier scheme=\"\(DisclosureEntity.localScheme)\">Example &lt;Group&gt; &amp; *Co*</xbrli:identifier>"))
        let (named, withLEI, _) = try Self.build("lei") { project in
            let config = try #require(project.read("pipeline.yaml"))
            try project.write(
                "pipeline.yaml",
                config.replacingOccurrences(
                    of: "\n  fiscal_year: 2025\n",
                    with: "\n  fiscal_year: 2025\n  entity: {scheme: \"http://standards.iso.org/iso/17442\", id: 999900A0BAGR0UPF1C26}\n"))
        }
        defer { named.cleanUp() }
        #expect(withLEI.contains("<xbrli:identifier scheme=\"http://standards.iso.org/iso/17442\">999900A0BAGR0UPF1C26</xbrli:identifier>"))
    }

    @Test func aDraftXHTMLPageSaysSoAndIsKeptOutOfSearchEngines() throws {
        let (project, en, ja) = try Self.build()
        defer { project.cleanUp() }
        for page in [en, ja] {
            #expect(page.contains("<p class=\"draft-banner\"><strong>"))
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\"/>"))
        }
        let diagnostics = try BilingualTests.failure { project in
            let head = try #require(PageTemplates.all["head.xhtml.mustache"])
            try project.write("templates/head.xhtml.mustache", head.replacingOccurrences(of: "{{{robots_meta}}}\n", with: ""))
        }
        #expect(diagnostics.contains { $0.location.path.hasSuffix("templates/head.xhtml.mustache") && $0.message.contains("robots_meta") }, "\(diagnostics)")
    }

    @Test func theXHTMLPageIsByteIdenticalAcrossBuilds() throws {
        let (project, first, _) = try Self.build()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        #expect(project.read("output/FY2025/privacy.xhtml") == first)
    }

    @Test func chartsAreImagesWhoseWordsTheGuardCanRead() throws {
        let (project, en, _) = try Self.build()
        defer { project.cleanUp() }
        let images = Self.tags("img", in: en)
        #expect(!images.isEmpty)
        for image in images {
            let source = try #require(Self.attribute("src", of: image))
            #expect(source.hasPrefix("data:image/svg+xml;charset=utf-8,&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot;"))
            #expect(!source.contains("base64"))
        }
        #expect(SVGChart.dataURI("<text>95% #1\n</text>") == "data:image/svg+xml;charset=utf-8,&lt;text&gt;95%25 %231%0A&lt;/text&gt;")
    }

    @Test func personalDataInTheXHTMLPageIsRefused() throws {
        let diagnostics = try BilingualTests.failure { project in
            let template = try #require(PageTemplates.all["footer.xhtml.mustache"])
            try project.write("templates/footer.xhtml.mustache", template.replacingOccurrences(of: "</ul>", with: "<li>taro.yamada@example.com</li>\n</ul>"))
        }
        #expect(diagnostics.contains { $0.severity == .error && $0.location.path.hasSuffix("FY2025/privacy.xhtml") }, "\(diagnostics)")
    }
}
