import Foundation
import Testing

@testable import DiscloseKit

@Suite("Evidence pack")
struct EvidenceTests {
    static let summary = "Laptop left on the Ginza line by Hanako"

    /// The parent's two incidents: a complaint, and a leak (or `second` type) whose summary is `summary`.
    static func incidents(second: String = "leak") -> [[String: String]] {
        [
            ["incident_id": "INC-1", "type": "external-complaint", "records_affected": "0", "substantiated": "no", "summary": "A caller complained"],
            [
                "incident_id": "INC-2", "type": second, "occurred_on": "2025-06-01", "discovered_on": "2025-06-03", "records_affected": "12",
                "regulator_notified": "yes", "summary": summary,
            ],
        ]
    }

    /// The `page` fixture with two parent incidents (one a leak) carrying summaries, built, and its pack written.
    static func pack(_ name: String = #function) throws -> (TestProject, [String: Any], String) {
        let project = try TestProject(name)
        try project.copyFixture("page")
        try project.dataset(.incidents, company: "P", incidents())
        _ = try Pipeline(options: project.options()).build()
        let (folder, _) = try EvidenceRun(options: project.options()).write(to: nil)
        let data = try #require(FileManager.default.contents(atPath: folder + "/evidence.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (project, json, folder)
    }

    static func figures(_ json: [String: Any]) -> [[String: Any]] {
        json["figures"] as? [[String: Any]] ?? []
    }

    @Test func thePackGoesToEvidenceFYAndListsEveryFigureOnThePage() throws {
        let (project, json, folder) = try Self.pack()
        defer { project.cleanUp() }
        #expect(folder.hasSuffix("evidence/FY2025"))
        let figures = Self.figures(json)
        let anchors = Set(figures.compactMap { $0["anchor"] as? String })
        let ids = Set(figures.compactMap { $0["id"] as? String })
        let page = try #require(project.read("output/FY2025/privacy.html"))
        // Goal rows and key-figure rows: every row with an id, and the value it shows.
        var rows = 0
        for match in page.matches(of: /<tr id="((?:goal|figure)-[^"]+)"><th scope="row">(?:<a [^>]*>)?[^<]*(?:<\/a>)?(?: <a class="standard-ref"[^>]*>[^<]*<\/a>)?(?:<br>.*?)?<\/th><td class="number[^"]*"[^>]*>([^<]*)<\/td>(?:<td class="number"[^>]*>([^<]*)<\/td>)?/) {
            rows += 1
            let anchor = String(match.1)
            #expect(anchors.contains(anchor), "page row #\(anchor) is missing from evidence.json")
            let entry = figures.first { $0["anchor"] as? String == anchor }
            let shown = anchor.hasPrefix("goal-") ? String(match.3 ?? "") : String(match.2)
            #expect(entry?["published"] as? String == shown.replacingOccurrences(of: "&gt;", with: ">"), "#\(anchor)")
        }
        #expect(rows >= 5)
        // Chart values: each chart's text-equivalent rows.
        var bars = 0
        for chart in page.matches(of: /<figure id="([^"]+)">(?s)(.*?)<\/figure>/) {
            for bar in chart.2.matches(of: /<tr><th scope="row">([^<]*)<\/th><td class="number">([^<]*)<\/td>/) {
                bars += 1
                let label = String(bar.1).replacingOccurrences(of: "&amp;", with: "&")
                #expect(ids.contains("chart:\(chart.1):\(label)"), "chart \(chart.1) bar \(label) is missing")
            }
        }
        #expect(bars >= 3)
        // Zero statements: every {{#figures.X.zero}} in the narrative.
        let narrative = try #require(project.read("content/initiatives.md"))
        let zeros = narrative.matches(of: /\{\{#figures\.([a-z_]+)\.zero\}\}/).map { String($0.1) }
        #expect(zeros == ["leaks", "group_leaks"])
        for name in zeros {
            #expect(ids.contains { $0.hasPrefix("zero:\(name):content/initiatives.md:") }, "zero statement on \(name)")
        }
        let leak = try #require(figures.first { $0["id"] as? String == "zero:leaks:content/initiatives.md:3" })
        #expect(leak["statement_shown"] as? Bool == false)
        #expect(leak["value"] as? Int == 1)
    }

    @Test func eachFigureCarriesRuleSQLCompaniesFilesDigestsAndLineNumbers() throws {
        let (project, json, _) = try Self.pack()
        defer { project.cleanUp() }
        let leaks = try #require(Self.figures(json).first { $0["id"] as? String == "figure:leaks" })
        #expect(leaks["rule"] as? String == "incidents discovered in the FY")
        #expect((leaks["sql"] as? String)?.hasPrefix("SELECT COUNT(*) AS value FROM incidents WHERE fiscal_year = 2025") == true)
        let company = try #require((leaks["companies"] as? [[String: Any]])?.first)
        #expect(company["code"] as? String == "P")
        #expect(company["count"] as? Int == 1)
        let file = try #require((company["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "data/FY2025/P/incidents.csv")
        #expect(file["rows"] as? Int == 2)
        #expect(file["lines"] as? [String] == ["data/FY2025/P/incidents.csv:3"])
        let bytes = try #require(project.read("data/FY2025/P/incidents.csv"))
        #expect(file["sha256"] as? String == SHA256.hex(of: bytes))
        let prior = try #require(leaks["prior"] as? [String: Any])
        #expect(prior["fiscal_year"] as? Int == 2024)
        let manifest = try #require(json["manifest"] as? [String: Any])
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.contains { $0["path"] as? String == "data/companies.csv" })
        #expect(inputs.contains { $0["path"] as? String == "data/FY2024/P/training.csv" })
        #expect((manifest["pipeline"] as? [String: Any])?["sha256"] as? String == SHA256.hex(of: project.read("pipeline.yaml") ?? ""))
        let outputs = try #require(manifest["outputs"] as? [[String: Any]])
        let page = try #require(outputs.first { $0["path"] as? String == "output/FY2025/privacy.html" })
        #expect(page["sha256"] as? String == SHA256.hex(of: project.read("output/FY2025/privacy.html") ?? ""))
    }

    @Test func thePackHoldsNoPersonIdNoSummaryAndEscapesNames() throws {
        let (project, _, folder) = try Self.pack()
        defer { project.cleanUp() }
        let json = try #require(try? String(contentsOfFile: folder + "/evidence.json", encoding: .utf8))
        let html = try #require(try? String(contentsOfFile: folder + "/index.html", encoding: .utf8))
        var personIDs: Set<String> = []
        for dataset in ["training", "appointments"] {
            for year in ["FY2024", "FY2025"] {
                for company in ["P", "JP1", "US1"] {
                    let lines = (project.read("data/\(year)/\(company)/\(dataset).csv") ?? "").split(separator: "\n").dropFirst()
                    personIDs.formUnion(lines.compactMap { $0.split(separator: ",").first.map(String.init) })
                }
            }
        }
        #expect(personIDs.count > 5)
        for text in [json, html] {
            for id in personIDs { #expect(!text.contains("\"\(id)\"") && !text.contains(">\(id)<") && !text.contains(" \(id) "), "person id \(id)") }
            #expect(!text.contains("Ginza"))
            #expect(!text.contains("caller complained"))
            #expect(!text.contains("person_id"))
        }
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<code lang=\"zxx\">figure-leaks</code>"), "the page element id is named as text")
    }

    @Test func verifyMatchesUnchangedFilesAndNamesTheFileAndFigureAfterOneCSVValueChanges() throws {
        let (project, _, folder) = try Self.pack()
        defer { project.cleanUp() }
        let run = EvidenceRun(options: project.options())
        let clean = try run.verify(folder)
        #expect(clean.matches, "\(clean.problems)")
        let csv = try #require(project.read("data/FY2025/P/incidents.csv"))
        #expect(csv == Rows(.incidents).file(Self.incidents()))
        try project.dataset(.incidents, company: "P", Self.incidents(second: "secondary-use"))
        let changed = try run.verify(folder)
        #expect(!changed.matches)
        #expect(changed.problems.contains("(b) the records: input file data/FY2025/P/incidents.csv: digest changed"))
        #expect(changed.problems.contains { $0.hasPrefix("(b) the records: figure figure:leaks (page element #figure-leaks): ") && $0.hasSuffix("published value 1 now 0") })
        #expect(changed.problems.contains { $0.hasPrefix("(b) the records: figure zero:leaks:content/initiatives.md:3 ") })
        #expect(changed.failed == [.records, .output], "the page published before the change is no longer what a build writes")
        #expect(!changed.problems.contains { $0.contains("training.csv") })
    }

    @Test func thePackIsRefusedInsideTheOutputFolder() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        for out in ["output", "output/FY2025/evidence", project.root.appendingPathComponent("output/../output/x").path] {
            let target = out.hasPrefix("/") ? out : project.root.appendingPathComponent(out).path
            #expect(throws: DiscloseError.self) { try EvidenceRun(options: project.options()).write(to: target) }
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("output/FY2025/evidence").path))
    }

    @Test func thePrivacyGuardScansThePack() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let registry = try #require(project.read("data/companies.csv"))
        try project.write("data/companies.csv", registry.replacingOccurrences(of: "<script>alert(1)</script>", with: "JP One (desk: privacy@jp1.example)"))
        do throws(DiscloseError) {
            _ = try EvidenceRun(options: project.options()).write(to: nil)
            Issue.record("expected the privacy guard to refuse")
        } catch {
            #expect(error.diagnostics.contains { $0.location.path.hasSuffix("evidence/FY2025/evidence.json") && $0.message.contains("e-mail") }, "\(error.diagnostics)")
        }
    }
}
