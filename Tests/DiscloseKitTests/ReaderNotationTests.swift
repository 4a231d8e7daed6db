import Foundation
import Testing

@testable import DiscloseKit

/// Issue 30: a page in a reader's notation (targets in words, dates in the edition's words, never code), the
/// reference page's topics in both editions, charts that use their room and Japanese that breaks between phrases.
@Suite("A reader's notation and the reference page's structure")
struct ReaderNotationTests {
    /// What a reader sees of a page: the Markdown as it is, the HTML without its head, tags and attributes.
    static func visibleText(_ page: String, html: Bool) -> String {
        guard html else { return page }
        var text = page
        if let head = text.range(of: "<head>"), let end = text.range(of: "</head>") { text.removeSubrange(head.lowerBound..<end.upperBound) }
        text = text.replacing(/<[^>]*>/, with: " ")
        return text.replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Programmer notation a reader must never see: comparison operators, `= N`, ISO dates.
    static func notation(in text: String) -> [String] {
        var found: [String] = []
        for match in text.matches(of: /(?:[<>≤≥]=|(?:^|[^\w=<>])= ?\d|\b\d{4}-\d{2}-\d{2}\b)/) { found.append(String(match.0)) }
        return found
    }

    /// Every page of `root/output/FY2025` (each edition, Markdown and HTML) with its visible text.
    static func pages(_ root: URL) throws -> [(String, String)] {
        var pages: [(String, String)] = []
        for folder in ["", "ja/"] {
            for name in ["privacy.md", "privacy.html"] {
                let url = root.appendingPathComponent("output/FY2025/\(folder)\(name)")
                guard let page = try? String(contentsOf: url, encoding: .utf8) else { continue }
                pages.append((folder + name, visibleText(page, html: name.hasSuffix(".html"))))
            }
        }
        return pages
    }

    static func sample(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        for item in ["pipeline.yaml", "content", "data"] {
            try FileManager.default.copyItem(
                at: Fixtures.packageRoot.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        return project
    }

    @Test func noProgrammerNotationOrISODateOnAnyPageOfTheSample() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        let pages = try Self.pages(project.root)
        #expect(pages.count == 4)
        for (name, text) in pages { #expect(Self.notation(in: text).isEmpty, "\(name): \(Self.notation(in: text))") }
        // data.json keeps ISO dates: values for machines.
        #expect(project.read("output/FY2025/data.json")?.contains("2005-10-01") == true)
    }

    @Test(arguments: [["en"], ["en", "ja"], ["ja", "en"]])
    func noProgrammerNotationOrISODateOnAnyPageOfTheStarter(languages: [String]) throws {
        let folder = try TestProject("notation-init-\(languages.joined())")
        defer { folder.cleanUp() }
        let root = folder.root.appendingPathComponent("starter")
        try StarterProject.write(to: root.path, languages: languages)
        #expect(try EndToEndTests.run(["build"], in: root).status == 0)
        var pages: [(String, String)] = []
        for page in ["privacy.md", "privacy.html", "en/privacy.md", "en/privacy.html", "ja/privacy.md", "ja/privacy.html"] {
            guard let text = try? String(contentsOf: root.appendingPathComponent("output/FY2025/" + page), encoding: .utf8) else { continue }
            pages.append((page, Self.visibleText(text, html: page.hasSuffix(".html"))))
        }
        #expect(pages.count == 2 * languages.count)
        for (name, text) in pages { #expect(Self.notation(in: text).isEmpty, "\(name): \(Self.notation(in: text))") }
    }

    @Test func noProgrammerNotationOrISODateOnTheGeneratedGroupsPage() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try SyntheticGroup(companies: 6, people: 200, years: 2, seed: 11, smallCompanies: 0).write(to: project.root.path)
        _ = try Pipeline(options: project.options()).build()
        let pages = try Self.pages(project.root)
        #expect(!pages.isEmpty)
        for (name, text) in pages { #expect(Self.notation(in: text).isEmpty, "\(name): \(Self.notation(in: text))") }
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        #expect(markdown.contains("| 95% or more |") || markdown.contains("| zero |"))
    }

    @Test(arguments: [
        (">= 95%", "", "95% or more", "95%以上"), ("= 0", "incidents", "zero", "0件"), ("<= 3", "incidents", "at most 3", "3件以下"),
        ("> 90%", "", "more than 90%", "90%超"), ("< 2.5%", "", "less than 2.5%", "2.5%未満"), ("100%", "", "100%", "100%"),
        ("= 2", "companies", "2", "2社"), ("90", "", "90", "90"), ("= 0%", "", "0%", "0%"), (">= 1500", "records", "1,500 or more", "1,500件以上"),
    ])
    func targetsReadInEachEditionsWords(target: String, unit: String, english: String, japanese: String) throws {
        let parsed = try #require(Target(target))
        #expect(Edition.english.target(parsed, unit: unit) == english)
        #expect(Edition.japanese.target(parsed, unit: unit) == japanese)
    }

    @Test func datesReadInEachEditionsWords() throws {
        for (iso, english, japanese) in [
            ("2005-10-01", "1 October 2005", "2005年10月1日"), ("2026-03-31", "31 March 2026", "2026年3月31日"),
            ("2024-02-29", "29 February 2024", "2024年2月29日"),
        ] {
            let day = try #require(Day(iso: iso))
            #expect(Edition.english.date(day) == english)
            #expect(Edition.japanese.date(day) == japanese)
        }
    }

    @Test func bothEditionsOfTheSampleAndTheStarterHaveTheSameHeadingStructure() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        let starter = try TestProject("headings-starter")
        defer { starter.cleanUp() }
        try StarterProject.write(to: starter.root.path, languages: ["en", "ja"])
        _ = try Pipeline(options: starter.options()).build()
        for root in [project, starter] {
            for format in ["md", "html"] {
                let english = try #require(root.read("output/FY2025/privacy.\(format)"))
                let japanese = try #require(root.read("output/FY2025/ja/privacy.\(format)"))
                #expect(Self.levels(english, format) == Self.levels(japanese, format), "\(format)")
                #expect(Self.levels(english, format).count > 30)
            }
        }
    }

    /// The levels of a page's headings, in order.
    static func levels(_ page: String, _ format: String) -> [Int] {
        if format == "md" {
            return page.split(separator: "\n").compactMap { (line: Substring) -> Int? in
                let hashes = line.prefix { $0 == "#" }.count
                return hashes > 0 && line.dropFirst(hashes).first == " " ? hashes : nil
            }
        }
        return page.matches(of: /<h([1-6])[ >]/).compactMap { Int($0.1) }
    }

    /// The Main Initiatives headings of a Markdown page: its `###` and `####` lines.
    static func initiatives(_ page: String) -> [String] {
        guard let start = page.range(of: "\n## Main Initiatives\n"), let end = page.range(of: "\n## Standards Index\n") else { return [] }
        return page[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0.hasPrefix("###") }.map(String.init)
    }

    @Test func mainInitiativesFollowTheReferencePageInTheSampleAndTheStarter() throws {
        let expected = [
            "### Personal Information Protection Management System", "### Management of Personal Information",
            "### Initiatives to Address Cross-border Transfers of Personal Information",
            "### Initiatives for Customers and Business Partners", "#### Contractors", "#### Individual Numbers (My Number)",
            "### Monitoring and Improvement", "#### Verification of Security Control Measures",
            "#### Verification of the State of Personal Information Management", "#### Verification of Operations During Emergencies",
            "### Incidents, Accidents and Complaints, and the Measures Taken",
            "### Responses to Requests from Governments for Personal Information", "### Privacy in Business Activities",
            "### Response in an Emergency Such as a Leak of Personal Information", "### Training and Awareness",
            "#### Training for All Officers and Employees", "#### Education for Professionals", "#### Training for New Hires",
        ]
        let project = try Self.sample()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        #expect(Self.initiatives(try #require(project.read("output/FY2025/privacy.md"))) == expected)
        let starter = try TestProject("initiatives-starter")
        defer { starter.cleanUp() }
        try StarterProject.write(to: starter.root.path)
        _ = try Pipeline(options: starter.options()).build()
        #expect(Self.initiatives(try #require(starter.read("output/FY2025/privacy.md"))) == expected)
    }

    @Test func keyFiguresAreGroupedByTopicEachItsOwnTableLinkedToItsStandard() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        for (page, captions) in [
            ("output/FY2025/privacy.html", ["Privacy Mark", "Management systems", "Inspections and verifications", "Training and awareness",
                                            "Incidents, complaints and government requests", "Control forms"]),
            ("output/FY2025/ja/privacy.html", ["プライバシーマーク", "マネジメントシステム", "点検と検証", "研修と啓発", "事故・苦情と政府機関からの要請", "管理票"]),
        ] {
            let html = try #require(project.read(page))
            let tables = html.matches(of: /<table class="figures" id="[^"]+">\n<caption>([^<]+)<\/caption>/).map { String($0.1) }
            #expect(tables == captions)
            // Every standards link lands on a row of the standards index.
            let links = html.matches(of: /<a class="standard-ref" href="#([^"]+)">/).map { String($0.1) }
            #expect(links.count == 7)
            for link in links { #expect(html.contains("<tr id=\"\(link)\">"), "\(link)") }
            // Labels are not bold: row headers of key-figure tables are normal weight.
            #expect(html.contains("table.figures tbody th { font-weight: normal; }"))
        }
    }

    @Test func everyStandardsIndexLabelStandsOnItsOwn() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        let (report, _) = try Pipeline(options: project.options()).report()
        #expect(!report.standards.isEmpty)
        for entry in report.standards {
            for text in entry.label.texts.values {
                // No word that points back at another row ("those incidents", 「それらの事故」).
                #expect(text.firstMatch(of: /(?i:\b(?:those|these|them|they|such|said|above|same)\b)|^(?i:it|that|this)\b|それら|これら|上記|同じ|その|この/) == nil, "\(text)")
            }
        }
    }
}
