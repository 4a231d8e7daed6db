import Foundation
import Testing

@testable import DiscloseKit

@Suite("Goals, status, explain and sql metrics")
struct GoalTests {
    static let goals = TestProject.pipeline + """

        medium_term:
          period: {from: 2021-04, to: 2026-03}
          goals:
            - {id: governance, title: Governance}
        goals:
          - id: no-leaks
            under: governance
            fiscal_year: 2025
            base_year: 2024
            text: No leaks anywhere
            metric: {id: incidents, scope: {relationship: [parent, subsidiary]}, filter: {type: [leak]}}
            target: "= 0"
            achievement: "Leaks: {{value}}"
          - id: training
            fiscal_year: 2025
            text: Train everyone
            metric: {id: training_completion, filter: {course: [SEC-WEB]}}
            target: ">= 95%"
          - id: sessions
            fiscal_year: 2025
            text: Hold sessions
            metric: {id: training_sessions}
          - id: text-only
            fiscal_year: 2025
            text: Keep going
          - id: next
            fiscal_year: 2026
            text: Next year's goal
        """

    static func project(_ name: String = #function) throws -> TestProject {
        try TestProject.group(name, years: [2024, 2025], pipeline: goals)
    }

    static func report(_ project: TestProject) throws -> Report {
        let (report, _) = try Pipeline(options: project.options()).report()
        return report
    }

    @Test func statusPrecedenceIsInsufficientDataThenReportedThenMetOrNotMet() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/US1/incidents.csv")  // in no-leaks' scope → insufficient data
        try project.dataset(.training, company: "P", [["completed_on": "2025-06-01"], ["person_id": "E2"]])
        let report = try Self.report(project)
        let status = Dictionary(uniqueKeysWithValues: report.goals.map { ($0.goal.id, $0.status) })
        #expect(status == ["no-leaks": .insufficientData, "training": .notMet, "sessions": .reported, "text-only": .reported])
        let first = try #require(report.goals.first?.result)
        #expect(Edition.english.coverage(first) == "reported by 2 of 3 companies (not reported: Overseas One)")
        #expect(Edition.english.figure(first) == "0 so far (2 of 3 companies reported)")
    }

    @Test func aMetGoalWithABaseYearReportsBothYears() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "US1", year: 2024, [["incident_id": "I1", "occurred_on": "2024-05-01", "discovered_on": "2024-05-01", "records_affected": "1"]])
        let goal = try #require(try Self.report(project).goals.first)
        #expect(goal.status == .met)
        #expect(Edition.english.figure(goal.prior) == "1")
        #expect(Edition.english.figure(goal.base) == "1")
        let report = try Self.report(project)
        #expect(try EditionNarrative.achievements(report, edition: .english)[goal.goal.id] == "Leaks: 0")
    }

    @Test func aTextOnlyGoalAndNextYearsGoalsAreReported() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let report = try Self.report(project)
        let textOnly = try #require(report.goals.first { $0.goal.id == "text-only" })
        #expect(textOnly.status == .reported)
        #expect(textOnly.result == nil)
        #expect(Edition.english.figure(textOnly.result) == "—")
        #expect(report.nextGoals.map(\.goal.id) == ["next"])
    }

    @Test func fyChoosesTheGoalsOfThatYear() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let (report, _) = try Pipeline(options: project.options(fiscalYear: 2024)).report()
        #expect(report.fiscalYear.label == 2024)
        #expect(report.goals.isEmpty)
        #expect(report.nextGoals.map(\.goal.id) == ["no-leaks", "training", "sessions", "text-only"])
    }

    @Test func statusJSONHasTheSpecKeysAndTypes() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["completed_on": "2025-06-01"]])
        let result = try EndToEndTests.run(["status", "--json"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["fiscal_year"] as? Int == 2025)
        #expect((object["period"] as? [String: String]) == ["from": "2025-04-01", "to": "2026-03-31"])
        #expect(object["diagnostics"] is [Any])
        #expect(object["missing"] is [Any])
        let goals = try #require(object["goals"] as? [[String: Any]])
        let training = try #require(goals.first { $0["id"] as? String == "training" })
        #expect(training["metric"] as? String == "training_completion")
        #expect((training["scope"] as? [String: [String]]) == ["relationship": ["parent"]])
        #expect((training["filter"] as? [String: [String]]) == ["course": ["SEC-WEB"]])
        #expect(training["value"] as? Int == 100)
        #expect(training["numerator"] as? Int == 1)
        #expect(training["denominator"] as? Int == 1)
        #expect(training["percent"] as? Int == 100)
        #expect(training["unit"] as? String == "%")
        #expect(training["target"] as? String == ">= 95%")
        #expect(training["status"] as? String == "met")
        #expect((training["coverage"] as? [String: Int]) == ["in_scope": 1, "reported": 1])
        #expect(training["prior"] is NSNull)
        // Keys are sorted and slashes are not escaped.
        #expect(!result.stdout.contains("\\/"))
        let keys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test func explainOnACoverageIncompleteGoalNamesTheMissingCompanies() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/US1/incidents.csv")
        try project.dataset(.incidents, company: "JP1", [["incident_id": "I1", "discovered_on": "2025-05-01", "records_affected": "1", "summary": "secret summary about hanako@example.com"]])
        let result = try EndToEndTests.run(["explain", "no-leaks"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Coverage: 2 of 3 companies sent every dataset read; not reported: US1"))
        #expect(result.stdout.contains("did not report incidents"))
        #expect(result.stdout.contains("data/FY2025/JP1/incidents.csv  (1 row)"))
        #expect(result.stdout.contains("SELECT COUNT(*) AS value FROM incidents"))
        #expect(!result.stdout.contains("secret summary"))
        #expect(!result.stdout.contains("hanako"))
    }

    @Test func explainAnUnknownNameIsAUsageError() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["explain", "no-leak"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'no-leaks'?"))
    }

    static func sqlProject(_ sql: String, _ name: String = #function) throws -> TestProject {
        try TestProject.group(name, pipeline: TestProject.pipeline + "\nfigures:\n  custom: {sql: \"\(sql)\", unit: forms, scope: {relationship: [parent, subsidiary]}}\n")
    }

    static func figure(_ project: TestProject) throws -> FigureReport? {
        try report(project).figures.first
    }

    @Test func aSQLMetricReturnsOneNumberOverTheDocumentedTables() throws {
        let project = try Self.sqlProject(
            "SELECT COUNT(*) FROM ledger WHERE fiscal_year = :fiscal_year AND registered_on <= :fy_end AND company IN (SELECT code FROM scope_companies)")
        defer { project.cleanUp() }
        try project.dataset(.ledger, company: "US1", [MetricFixture.form("F1", registered: "2020-01-01"), MetricFixture.form("F2", registered: "2026-04-01")])
        let figure = try #require(try Self.figure(project))
        #expect(figure.result.value == .count(1))
        #expect(figure.result.unit == "forms")
    }

    @Test(arguments: [
        "DELETE FROM ledger", "ATTACH DATABASE '/tmp/x.db' AS x", "PRAGMA journal_mode", "CREATE TABLE x (a)",
        "SELECT 1; DROP TABLE ledger",
    ])
    func writesAttachAndPragmaAreRefused(sql: String) throws {
        let project = try Self.sqlProject(sql)
        defer { project.cleanUp() }
        do {
            _ = try Self.report(project)
            Issue.record("expected \(sql) to be refused")
        } catch let error as DiscloseError {
            #expect(error.diagnostics.first?.message.hasPrefix("sql metric refused") == true, "\(error)")
            #expect(error.diagnostics.first?.location.line == 9)
        }
    }

    @Test func aSQLMetricMustReturnOneNumber() throws {
        let project = try Self.sqlProject("SELECT code FROM companies")
        defer { project.cleanUp() }
        #expect(throws: DiscloseError.self) { try Self.report(project) }
    }
}
