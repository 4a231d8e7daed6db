import Foundation
import Testing

@testable import DiscloseKit

/// Only the disclosed year and earlier ones shape the page, and no goal is "met" by a scope of nobody.
@Suite("Years and scopes")
struct YearsAndScopesTests {
    static let goals = """

        goals:
          - id: no-leaks-overseas
            fiscal_year: 2025
            text: No leaks at overseas subsidiaries
            metric: {id: incidents, scope: {region: overseas, relationship: sub-subsidiary}, filter: {type: [leak]}}
            target: "= 0"
          - id: parent-training
            fiscal_year: 2025
            text: Training at the parent
            metric: {id: training_completion}
            target: ">= 95%"
        """

    static func build(_ project: TestProject) throws -> (status: Int32, stderr: String, pages: [String: String]) {
        let result = try EndToEndTests.run(["build"], in: project.root)
        var pages: [String: String] = [:]
        for name in ["privacy.md", "privacy.html", "data.json"] { pages[name] = project.read("output/FY2025/\(name)") }
        return (result.status, result.stderr, pages)
    }

    // MARK: 9. Years

    @Test func aLaterYearFolderLeavesTheDisclosedPageItsTrendsAndCheckUnchanged() throws {
        let project = try TestProject.group(years: [2024, 2025], pipeline: TestProject.pipeline + Self.goals)
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["completed_on": "2025-06-01"]])
        try project.dataset(.training, company: "P", year: 2024, [["assigned_on": "2024-05-01"]])
        let before = try Self.build(project)
        #expect(before.status == 0, "\(before.stderr)")
        let checkBefore = try EndToEndTests.run(["check"], in: project.root)
        // Next year's data sent early: valid, invalid, incomplete; none of it may change this year's page.
        try project.dataset(.training, company: "P", year: 2026, [["assigned_on": "2026-05-01", "completed_on": "2026-05-02"]])
        try project.dataset(.incidents, company: "US1", year: 2026, [["type": "leek", "occurred_on": "2026-05-01", "discovered_on": "2026-05-01", "records_affected": "1"]])
        try project.write("data/FY2026/NOPE/ledger.csv", "x\n")
        let after = try Self.build(project)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.pages == before.pages)
        #expect(!after.stderr.contains("FY2026"), "\(after.stderr)")
        #expect(try EndToEndTests.run(["build", "--check"], in: project.root).status == 0)
        let checkAfter = try EndToEndTests.run(["check"], in: project.root)
        #expect(checkAfter.status == checkBefore.status && checkAfter.stderr == checkBefore.stderr)
        // Disclosing FY2026 reads it.
        #expect(try EndToEndTests.run(["check", "--fy", "2026"], in: project.root).status == 1)
    }

    @Test(arguments: ["FY-001", "FY25", "fy2025", "FY+202", "FY2025 ", "FY２０２５", "FY20255", "2025"])
    func aFolderNotNamedFYAndFourDigitsIsWarnedAboutByItsExactNameAndIgnored(name: String) throws {
        let project = try TestProject.group("badname\(name.unicodeScalars.map { String($0.value) }.joined())")
        defer { project.cleanUp() }
        try project.write("data/\(name)/P/ledger.csv", TestProject.header(.ledger))
        let diagnostics = try project.diagnostics()
        #expect(diagnostics == ["data/\(name): warning: ignored folder: fiscal-year folders are named FY and four digits, e.g. FY2025"])
        #expect(DataFolderLayout.fiscalYear(named: name) == nil)
    }

    @Test(arguments: ["FY0001", "FY1900", "FY1999"])
    func aYearNoCompanyIsConsolidatedInIsWarnedAboutAndIgnored(name: String) throws {
        let project = try TestProject.group("early\(name)")
        defer { project.cleanUp() }
        try project.write("data/\(name)/P/ledger.csv", TestProject.header(.ledger))
        let diagnostics = try project.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("data/\(name): warning: ignored folder: no company in companies.csv is consolidated") == true)
    }

    @Test func ignoredFolderNamesAreMaskedOnTheTerminalAndNeverPublished() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/taro.yamada@example.com/notes.txt", "x\n")
        try project.write("data/Taro Yamada/notes.txt", "x\n")
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("taro.yamada@example.com"), "\(result.stderr)")
        #expect(result.stderr.contains("data/[e-mail]: warning: ignored folder"), "\(result.stderr)")
        let json = try #require(project.read("output/FY2025/data.json"))
        #expect(!json.contains("taro.yamada"))
        #expect(!json.contains("Taro Yamada"))
        #expect(!json.contains("ignored folder"))
    }

    // MARK: 10. No vacuous "met"

    @Test func aGoalWhoseScopeSelectsNoCompanyIsInsufficientDataNeverMet() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + Self.goals)
        defer { project.cleanUp() }
        let report = try Pipeline(options: project.options()).report()
        let goal = try #require(report.report.goals.first { $0.goal.id == "no-leaks-overseas" })
        #expect(goal.status == .insufficientData)
        #expect(goal.result?.value == nil)
        #expect(Edition.english.figure(goal.result) == "— (no companies in scope)")
        #expect(report.report.shownDiagnostics.contains { $0.severity == .warning && $0.message.contains("goal 'no-leaks-overseas': no company of its scope") })
        #expect(!report.report.diagnostics.contains { $0.message.contains("no company of its scope") }, "a pipeline.yaml warning is not published")
        for command in [["build"], ["check"], ["status"]] {
            let result = try EndToEndTests.run(command, in: project.root)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("warning: goal 'no-leaks-overseas': no company of its scope"), "\(command): \(result.stderr)")
        }
        let json = try #require(project.read("output/FY2025/data.json"))
        #expect(json.contains("\"status\": \"insufficient data\""))
        #expect(!json.contains("\"status\": \"met\""))
    }

    @Test func aFigureOverNoCompanyIsNeverZeroNorComplete() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + """

            figures:
              leaks: {id: incidents, scope: {relationship: sub-subsidiary}}
            sections:
              initiatives: content/initiatives.md
            """)
        defer { project.cleanUp() }
        try project.write("content/initiatives.md", "{{#figures.leaks.zero}}There were no leaks.{{/figures.leaks.zero}} Leaks: {{figures.leaks.value}}.\n")
        let (report, evaluation) = try Pipeline(options: project.options()).report()
        #expect(report.figures.first?.result.coverage.isComplete == false)
        let markdown = try EditionNarrative(report: report, edition: .english, project: evaluation.project).sections["initiatives"]?.markdown
        #expect(markdown?.contains("There were no leaks") == false)
        #expect(markdown?.contains("Leaks: no company in scope.") == true)
    }

    @Test(arguments: ["JP2", "jp1", "P1", "XX"])
    func anUnknownCompanyInAScopeIsALocatedErrorWithASuggestion(code: String) throws {
        let project = try TestProject.group("unknown\(code)", pipeline: TestProject.pipeline + """

            goals:
              - id: jp-ledger
                fiscal_year: 2025
                text: Ledger
                metric: {id: ledger_adoption, scope: {company: [\(code)]}}
                target: "100%"
            """)
        defer { project.cleanUp() }
        let errors = project.errorList
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("pipeline.yaml:") == true)
        #expect(errors.first?.contains("goal 'jp-ledger': company '\(code)' in its scope is not in companies.csv") == true, "\(errors)")
        if code == "JP2" || code == "jp1" { #expect(errors.first?.hasSuffix("did you mean 'JP1'?") == true) }
    }

    @Test(arguments: [
        (Rows(.companies).header, "the registry lists no company"),
        (
            Rows(.companies).file([
                ["code": "JP1", "name": "Domestic One", "relationship": "subsidiary", "parent_code": "JP1", "major": "yes", "consolidated_from": "2010-04-01"]
            ]), "the registry has no parent company"
        ),
        (Rows(.companies).file([["consolidated_until": "2020-03-31"]]), "no company in the registry is consolidated at the end of FY2025"),
        (Rows(.companies).file([["consolidated_from": "2030-04-01"]]), "no company in the registry is consolidated at the end of FY2025"),
    ])
    func aRegistryWithNoParentOrNobodyConsolidatedIsAnError(registry: String, message: String) throws {
        let project = try TestProject.group("registry\(message.hashValue)\(registry.count)")
        defer { project.cleanUp() }
        try project.write("data/companies.csv", registry)
        for code in ["P", "JP1", "US1"] where !registry.contains("\n\(code),") { try? project.remove("data/FY2025/\(code)") }
        let errors = project.errorList
        #expect(errors.contains { $0.hasPrefix("data/companies.csv") && $0.contains(message) }, "\(errors)")
    }
}
