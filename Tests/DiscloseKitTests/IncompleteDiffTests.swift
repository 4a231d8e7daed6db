import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, item 8: `diff` and restatements see incomplete figures.
@Suite("diff and restatements of incomplete figures")
struct IncompleteDiffTests {
    /// leaks over the group in FY2024 and FY2025; US1 sent no incidents file in either year.
    static func project(name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, years: [2024, 2025], pipeline: TestProject.pipeline + """

            figures:
              leaks: {id: incidents, scope: {relationship: [parent, subsidiary]}}
            """)
        try project.dataset(.incidents, company: "JP1", year: 2024, [["occurred_on": "2024-05-01", "discovered_on": "2024-05-02"]])
        try project.dataset(.incidents, company: "JP1", [["incident_id": "I-2"], ["incident_id": "I-3", "type": "loss", "occurred_on": "2025-06-01", "discovered_on": "2025-06-02", "records_affected": "1"]])
        try project.remove("data/FY2024/US1/incidents.csv")
        try project.remove("data/FY2025/US1/incidents.csv")
        return project
    }

    static func published(_ project: TestProject, partial: Int, reported: Int = 2) throws {
        try project.write(
            "output/FY2024/data.json",
            """
            {"goals": [], "metrics": [{"name": "leaks", "value": null, "partial_value": \(partial), "coverage": {"in_scope": 3, "reported": \(reported)}}]}
            """)
    }

    static func comparison(_ project: TestProject) throws -> YearComparison {
        let evaluation = try Pipeline(options: project.options()).evaluate()
        return try YearComparison.make(
            evaluation: evaluation, laterYear: 2025, earlierYear: 2024,
            publishedFolder: project.root.appendingPathComponent("output/FY2024").path)
    }

    @Test func aChangedPartialValueIsAChangeShownWithItsCoverageInBothYears() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let line = try #require(try Self.comparison(project).lines.first { $0.name == "leaks" })
        #expect(line.change == "+1 (incomplete)")
        #expect(line.earlier == "at least 1 (2 of 3 companies reported)")
        #expect(line.later == "at least 2 (2 of 3 companies reported)")
    }

    @Test func anUnchangedPartialValueIsNoChangeMarkedIncomplete() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "JP1", [["incident_id": "I-2"]])
        let line = try #require(try Self.comparison(project).lines.first { $0.name == "leaks" })
        #expect(line.change == "no change (incomplete)")
    }

    @Test func aPublishedPartialValueThatChangedIsRestatedInDiffAndOnThePage() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try Self.published(project, partial: 0)
        let line = try #require(try Self.comparison(project).lines.first { $0.name == "leaks" })
        #expect(line.restatedFrom == "0 (2 of 3 companies reported)", "\(line)")
        let report = try Pipeline(options: project.options()).report().report
        let restatement = try #require(report.figures.first?.restatement)
        #expect(restatement.publishedCoverage?.reported == 2)
        #expect(Edition.english.published(restatement) == "0 so far (2 of 3 companies reported)")
    }

    @Test func aPublishedPartialValueThatStandsIsNotRestated() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try Self.published(project, partial: 1)
        #expect(try Self.comparison(project).lines.first { $0.name == "leaks" }?.restatedFrom == nil)
        #expect(try Pipeline(options: project.options()).report().report.figures.first?.restatement == nil)
        // The same partial value over other coverage is a restatement.
        try Self.published(project, partial: 1, reported: 1)
        #expect(try Self.comparison(project).lines.first { $0.name == "leaks" }?.restatedFrom != nil)
    }
}
