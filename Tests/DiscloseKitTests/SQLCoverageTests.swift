import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, item 1: a `sql:` figure covers the companies in scope that sent every dataset its query reads.
@Suite("sql: coverage")
struct SQLCoverageTests {
    static let scope = "{relationship: [parent, subsidiary]}"

    /// Queries of each shape: a count, a ratio and a grouped query, each reading `incidents`.
    static let queries: [(name: String, sql: String, percent: Bool)] = [
        ("count", "SELECT COUNT(*) FROM incidents WHERE fiscal_year = :fiscal_year AND company IN (SELECT code FROM scope_companies)", false),
        ("count star only", "SELECT COUNT(*) FROM incidents", false),
        (
            "ratio",
            "SELECT (SELECT COUNT(*) FROM incidents WHERE substantiated = 1 AND fiscal_year = :fiscal_year), "
                + "(SELECT COUNT(*) FROM incidents WHERE fiscal_year = :fiscal_year)", true
        ),
        (
            "grouped",
            "SELECT COUNT(*) FROM (SELECT company, COUNT(*) AS n FROM incidents WHERE fiscal_year = :fiscal_year "
                + "GROUP BY company HAVING n > 0 ORDER BY company)", false
        ),
        (
            "join",
            "SELECT COUNT(*) FROM scope_companies s JOIN incidents i ON i.company = s.code WHERE i.fiscal_year = :fiscal_year", false
        ),
    ]

    static func project(sql: String, target: String, dropIncidents: Bool, name: String = #function) throws -> TestProject {
        let quoted = sql.replacingOccurrences(of: "\"", with: "\\\"")
        let project = try TestProject.group(name, pipeline: TestProject.pipeline + """

            figures:
              q: {sql: "\(quoted)", scope: \(scope)}
            goals:
              - id: g
                fiscal_year: 2025
                text: A goal
                metric: {sql: "\(quoted)", scope: \(scope)}
                target: "\(target)"
            """)
        try project.dataset(.incidents, company: "JP1", [[:]])
        if dropIncidents { try project.remove("data/FY2025/US1/incidents.csv") }
        return project
    }

    @Test func aSQLFigureMissingOneCompanysFileIsIncompleteAndItsGoalInsufficient() throws {
        for query in Self.queries {
            let target = query.percent ? ">= 0%" : ">= 0"
            let project = try Self.project(sql: query.sql, target: target, dropIncidents: true)
            defer { project.cleanUp() }
            let report = try Pipeline(options: project.options()).report().report
            let figure = try #require(report.figures.first?.result, "\(query.name)")
            #expect(figure.coverage.inScope == 3, "\(query.name)")
            #expect(figure.coverage.reported == 2, "\(query.name)")
            #expect(figure.coverage.missingCompanies == ["US1"], "\(query.name)")
            #expect(figure.value == nil, "\(query.name)")
            #expect(figure.partialValue != nil, "\(query.name)")
            #expect(report.goals.first?.status == .insufficientData, "\(query.name)")
            let json = JSONReport.make(report).serialized()
            #expect(json.contains("\"missing_companies\": [\n        \"US1\"") || json.contains("\"US1\""), "\(query.name)")
        }
    }

    @Test func aSQLFigureWhoseCompaniesAllSentIsCompleteAndJudged() throws {
        for query in Self.queries {
            let target = query.percent ? ">= 0%" : ">= 0"
            let project = try Self.project(sql: query.sql, target: target, dropIncidents: false)
            defer { project.cleanUp() }
            let report = try Pipeline(options: project.options()).report().report
            let figure = try #require(report.figures.first?.result)
            #expect(figure.coverage.isComplete, "\(query.name)")
            #expect(figure.value != nil, "\(query.name)")
            #expect(report.goals.first?.status == .met, "\(query.name)")
        }
    }

    @Test func aGroupGoalOfZeroOverASQLCountIsNeverMetWhenTheLeakingCompanySentNothing() throws {
        // The one company with a leak (US1) sent no incidents file: the others' zero is no group zero.
        let sql = Self.queries[0].sql
        let project = try Self.project(sql: sql, target: "= 0", dropIncidents: false)
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "JP1", [])
        try project.remove("data/FY2025/US1/incidents.csv")
        try project.write(
            "content/initiatives.md", "# A\n\n{{#figures.q.zero}}No incidents in the group.{{/figures.q.zero}}\n")
        var config = try String(contentsOfFile: project.configPath, encoding: .utf8)
        config += "\nsections:\n  initiatives: content/initiatives.md\n"
        try project.write("pipeline.yaml", config)
        let (report, pages, _) = try Pipeline(options: project.options()).render()
        #expect(report.goals.first?.status == .insufficientData)
        #expect(!(pages["privacy.md"] ?? "").contains("No incidents in the group"))
        #expect(report.figures.first?.result.isZero == false)
    }

    @Test func aQueryReadingOnlyTheRegistryOrScopeIsComplete() throws {
        let project = try Self.project(sql: "SELECT COUNT(*) FROM scope_companies", target: ">= 0", dropIncidents: true)
        defer { project.cleanUp() }
        let report = try Pipeline(options: project.options()).report().report
        #expect(report.figures.first?.result.coverage.isComplete == true)
        #expect(report.figures.first?.result.value == .count(3))
    }

    @Test func thePartialValueOfASQLFigureCountsOnlyTheCompaniesThatReported() throws {
        // US1 sent incidents but not ledger: a query reading both leaves US1's incidents out of the partial value.
        let sql = "SELECT (SELECT COUNT(*) FROM incidents WHERE company IN (SELECT code FROM scope_companies)) + (SELECT COUNT(*) FROM ledger WHERE 0)"
        let project = try Self.project(sql: sql, target: ">= 0", dropIncidents: false)
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "US1", [["incident_id": "I-9"]])
        try project.remove("data/FY2025/US1/ledger.csv")
        let report = try Pipeline(options: project.options()).report().report
        let figure = try #require(report.figures.first?.result)
        #expect(figure.coverage.missingCompanies == ["US1"])
        #expect(figure.partialValue == .count(1))
        #expect(figure.inputs.map(\.dataset) == ["ledger", "incidents"])
    }

    @Test func explainNamesTheDatasetsASQLFigureReads() throws {
        let project = try Self.project(sql: Self.queries[2].sql, target: ">= 0%", dropIncidents: true)
        defer { project.cleanUp() }
        let (report, evaluation) = try Pipeline(options: project.options()).report()
        let text = try Explanation.make("q", report: report, evaluation: evaluation, edition: .english).text
        #expect(text.contains("Datasets read: incidents"), "\(text)")
        #expect(text.contains("Coverage: 2 of 3 companies sent every dataset read"), "\(text)")
        #expect(text.contains("did not report incidents"), "\(text)")
    }
}
