import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17, "honest partial figures": an incomplete figure never reads as complete, anywhere on the page.
@Suite("Honest partial figures")
struct HonestFiguresTests {
    /// The three-company group with `leaks` over the group; US1 sent no incidents file unless `complete`.
    static func project(_ content: String, complete: Bool = false, name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, pipeline: TestProject.pipeline + """

            figures:
              leaks: {id: incidents, scope: {relationship: [parent, subsidiary]}}
              first: {id: privacy_mark_first_certified, scope: {relationship: [parent, subsidiary]}}
              completion: {id: training_completion, scope: {relationship: [parent, subsidiary]}}
            sections:
              initiatives: content/initiatives.md
            """)
        try project.write("content/initiatives.md", content)
        try project.dataset(.incidents, company: "JP1", [[:], ["incident_id": "I-2", "type": "loss", "occurred_on": "2025-06-01", "discovered_on": "2025-06-02", "records_affected": "4"]])
        if !complete { try project.remove("data/FY2025/US1/incidents.csv") }
        return project
    }

    static func report(_ project: TestProject, strict: Bool = false) throws(DiscloseError) -> Report {
        try Pipeline(options: project.options(strict: strict)).report().report
    }

    /// The English narrative of `content/initiatives.md`, as the page shows it.
    static func markdown(_ report: Report, _ project: TestProject) throws -> String {
        let loaded = try Project.load(configPath: project.configPath)
        return try EditionNarrative(report: report, edition: .english, project: loaded).sections["initiatives"]?.markdown ?? ""
    }

    static func warnings(_ report: Report) -> [String] {
        report.shownDiagnostics.filter { $0.severity == .warning && $0.location.path.hasPrefix("content/") }.map(\.description)
    }

    @Test func anUnguardedValueOfAnIncompleteFigureIsALocatedWarning() throws {
        for (tag, column) in [("{{figures.leaks.value}}", 7), ("{{ figures.leaks.value }}", 7), ("{{{figures.leaks.value}}}", 7),
                              ("{{&figures.leaks.numerator}}", 7), ("{{figures.leaks.partial_value}}", 7)] {
            let project = try Self.project("# A\n\nLeaks {{fy}}: \(tag).\n".replacingOccurrences(of: "{{fy}}: ", with: ""))
            defer { project.cleanUp() }
            let report = try Self.report(project)
            #expect(
                Self.warnings(report) == [
                    "content/initiatives.md:3:\(column): warning: figure 'leaks' covers 2 of 3 companies; guard it with {{#figures.leaks.complete}} or state the coverage with {{figures.leaks.coverage}}"
                ], "\(tag)")
            let expected = tag.contains("partial") ? "at least 2." : "at least 2 (2 of 3 companies reported)."
            let markdown = try Self.markdown(report, project)
            #expect(markdown.contains(expected), "\(tag): \(markdown)")
            #expect(!markdown.contains("—"))
        }
    }

    @Test func strictMakesTheWarningAnError() throws {
        // `--strict` already refuses the missing file at ingest; the report's own check is strict too.
        let project = try Self.project("# A\n\nLeaks: {{figures.leaks.value}}.\n")
        defer { project.cleanUp() }
        let evaluation = try Pipeline(options: project.options()).evaluate()
        let builder = ReportBuilder(
            project: evaluation.project, evaluator: evaluation.evaluator, data: evaluation.data, fiscalYear: evaluation.fiscalYear,
            strict: true)
        do {
            _ = try builder.build()
            Issue.record("strict accepted an unguarded incomplete figure")
        } catch {
            #expect(
                error.diagnostics.map { $0.description.replacingOccurrences(of: project.root.path + "/", with: "") } == [
                    "content/initiatives.md:3:8: error: figure 'leaks' covers 2 of 3 companies; guard it with {{#figures.leaks.complete}} or state the coverage with {{figures.leaks.coverage}}"
                ])
        }
    }

    @Test func insideACompleteOrIncompleteGuardTheValueIsFine() throws {
        let guarded = [
            "{{#figures.leaks.complete}}Leaks: {{figures.leaks.value}}.{{/figures.leaks.complete}}",
            "{{#figures.leaks.incomplete}}Leaks: {{figures.leaks.partial_value}}; {{figures.leaks.coverage}}.{{/figures.leaks.incomplete}}",
            "{{^figures.leaks.complete}}Leaks: {{figures.leaks.value}}.{{/figures.leaks.complete}}",
            "{{^figures.leaks.incomplete}}Leaks: {{figures.leaks.value}}.{{/figures.leaks.incomplete}}",
            "{{#figures.leaks.nonzero}}Leaks: {{figures.leaks.value}}.{{/figures.leaks.nonzero}}",
            "{{#figures.leaks.incomplete}}{{#figures.first.complete}}x{{/figures.first.complete}} {{figures.leaks.value}}{{/figures.leaks.incomplete}}",
        ]
        for content in guarded {
            let project = try Self.project("# A\n\n" + content + "\n")
            defer { project.cleanUp() }
            let report = try Self.report(project)
            #expect(!Self.warnings(report).contains { $0.contains("guard it with") }, "\(content): \(Self.warnings(report))")
        }
    }

    @Test func aGuardedStatementLeftOutIsAWarningNamingTheFigureAndLine() throws {
        for (open, close) in [("#figures.leaks.zero", "/figures.leaks.zero"), ("#figures.leaks.nonzero", "/figures.leaks.nonzero"),
                              ("#figures.leaks.complete", "/figures.leaks.complete"), ("^figures.leaks.incomplete", "/figures.leaks.incomplete")] {
            let project = try Self.project("# A\n\nIntro.\n\n{{\(open)}}\nA statement.\n{{\(close)}}\n")
            defer { project.cleanUp() }
            let report = try Self.report(project)
            #expect(
                Self.warnings(report) == [
                    "content/initiatives.md:5:1: warning: figure 'leaks' covers 2 of 3 companies: the statement guarded by {{\(open)}} is left out of the page; "
                        + "say what is known in its place with {{^figures.leaks.complete}}…{{figures.leaks.partial_value}}; "
                        + "{{figures.leaks.coverage}}…{{/figures.leaks.complete}}"
                ])
            let markdown = try Self.markdown(report, project)
            #expect(!markdown.contains("A statement."))
        }
    }

    @Test func aCompleteFigureGivesNoWarning() throws {
        let project = try Self.project("# A\n\n{{#figures.leaks.zero}}None.{{/figures.leaks.zero}} Leaks: {{figures.leaks.value}}.\n", complete: true)
        defer { project.cleanUp() }
        let report = try Self.report(project)
        #expect(Self.warnings(report).isEmpty)
        let markdown = try Self.markdown(report, project)
        #expect(markdown.contains("Leaks: 2."))
    }

    @Test func whenNoCompanyReportedTheValueIsNotReportedNeverZeroPartial() throws {
        let project = try Self.project(
            "# A\n\n{{#figures.leaks.incomplete}}Leaks: {{figures.leaks.partial_value}}; {{figures.leaks.coverage}}. Value {{figures.leaks.value}}.{{/figures.leaks.incomplete}}\n")
        defer { project.cleanUp() }
        for company in ["P", "JP1"] { try project.remove("data/FY2025/\(company)/incidents.csv") }
        let report = try Self.report(project)
        let leaks = try #require(report.figures.first { $0.name == "leaks" })
        #expect(Edition.english.figure(leaks.result) == "not reported")
        let markdown = try Self.markdown(report, project)
        #expect(markdown.contains("Leaks: not reported; reported by 0 of 3 companies"), "\(markdown)")
        #expect(markdown.contains("Value not reported."))
        #expect(!markdown.contains("0 (partial)") && !markdown.contains("—"))
    }

    @Test func partialValuesAreLabelledWithTheirCoverageInTablesChartsAndText() throws {
        let project = try Self.project("# A\n\nText.\n")
        defer { project.cleanUp() }
        try project.dataset(.privacyMark, company: "JP1", [["valid_from": "2025-01-01", "valid_until": "2027-12-31"]])
        try project.dataset(.training, company: "P", [["completed_on": "2025-06-01"], ["person_id": "E2"]])
        try project.remove("data/FY2025/US1/privacy_mark.csv")
        try project.remove("data/FY2025/US1/training.csv")
        let report = try Self.report(project)
        let text = Dictionary(uniqueKeysWithValues: report.figures.map { ($0.name, Edition.english.figure($0.result)) })
        #expect(text["leaks"] == "at least 2 (2 of 3 companies reported)")
        #expect(text["first"] == "1 October 2005 or earlier (2 of 3 companies reported)")
        #expect(text["completion"] == "50.0% (2 of 3 companies reported)")
        let context = NarrativeContext.figure(try #require(report.figures.first { $0.name == "first" }).result, edition: .english)
        #expect(context["month"] as? String == "October 2005 or earlier (2 of 3 companies reported)")
        let pages = try PageRenderer(project: Project.load(configPath: project.configPath)).render(report)
        for name in ["privacy.md", "privacy.html"] {
            let page = try #require(pages[name])
            #expect(page.contains("2 of 3 companies reported)"))
            #expect(!page.contains("(partial)"))
        }
    }

    @Test func dataJSONStatesPartialFiguresAsStructureNotWords() throws {
        let project = try Self.project("# A\n\nText.\n")
        defer { project.cleanUp() }
        let report = try Self.report(project)
        let json = JSONReport.make(report).serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let metrics = try #require(object["metrics"] as? [[String: Any]])
        let leaks = try #require(metrics.first { $0["name"] as? String == "leaks" })
        #expect(leaks["value"] is NSNull)
        #expect((leaks["partial_value"] as? NSNumber)?.intValue == 2)
        let coverage = try #require(leaks["coverage"] as? [String: Any])
        #expect((coverage["in_scope"] as? NSNumber)?.intValue == 3)
        #expect((coverage["reported"] as? NSNumber)?.intValue == 2)
        #expect(leaks["missing_companies"] as? [String] == ["US1"])
        let metricText = String(decoding: try JSONSerialization.data(withJSONObject: metrics), as: UTF8.self)
        #expect(!metricText.contains("at least") && !metricText.contains("reported)") && !metricText.contains("partial)"))
    }

    @Test func aFiscalYearWithNoGoalsHasNoEmptyGoalTablesOrHeadings() throws {
        let project = try Self.project("# A\n\nText.\n", complete: true)
        defer { project.cleanUp() }
        let report = try Self.report(project)
        #expect(report.goals.isEmpty)
        let pages = try PageRenderer(project: Project.load(configPath: project.configPath)).render(report)
        for name in ["privacy.md", "privacy.html"] {
            let page = try #require(pages[name])
            #expect(!page.contains("Goals at a Glance"), "\(name)")
            #expect(!page.contains("Progress, Achievements and Issues"), "\(name)")
            #expect(page.contains("No goals are set for FY2025."))
        }
    }

    /// Every figure sentence of the sample's and `init`'s content is guarded: with every figure incomplete, no warning
    /// says "guard it".
    @Test func theSampleAndStarterContentGuardEveryFigureSentence() throws {
        let incomplete = Coverage(inScope: 2, reported: 1, missingCompanies: ["X"])
        var contents: [(String, String)] = []
        for name in ["governance", "strategy", "initiatives", "ja/governance", "ja/strategy", "ja/initiatives"] {
            let url = Fixtures.packageRoot.appendingPathComponent("content/\(name).md")
            contents.append(("content/\(name).md", try String(contentsOf: url, encoding: .utf8)))
        }
        for (path, text) in StarterProject.files where path.hasPrefix("content/") { contents.append((path, text)) }
        for (path, text) in contents {
            let names = Set(TemplateNames.tags(in: text).compactMap { FigureGuards.split($0.name)?.0 })
            let coverage = Dictionary(uniqueKeysWithValues: names.map { ($0, incomplete) })
            let unguarded = FigureGuards.check(text, coverage: coverage, at: SourceLocation(path: path)).filter { $0.message.contains("guard it with") }
            #expect(unguarded.isEmpty, "\(path): \(unguarded)")
        }
        #expect(contents.contains { $0.1.contains(".coverage}}") })
    }
}
