import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, items 3 and 4: the new year fabricates nothing, and `--strict` judges the disclosed year.
@Suite("The new year and --strict")
struct NewYearCompletenessTests {
    /// A group with FY2025 data (one incident at JP1), then `new-year 2026`.
    static func startedYear(name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, years: [2025], pipeline: TestProject.pipeline + """

            figures:
              leaks: {id: incidents, scope: {relationship: [parent, subsidiary]}}
            goals:
              - id: no-leaks
                fiscal_year: 2026
                text: No leaks
                metric: {id: incidents, scope: {relationship: [parent, subsidiary]}}
                target: "= 0"
            """)
        try project.dataset(.incidents, company: "JP1", [[:]])
        _ = try Pipeline(options: project.options()).startYear(2026)
        return project
    }

    @Test func afterNewYearCheckCountsNoFileAsReceivedAndShowsRegistersCarriedForward() throws {
        let project = try Self.startedYear()
        defer { project.cleanUp() }
        let validation = try Pipeline(options: project.options(fiscalYear: 2026)).validate()
        let table = CompletenessTable(data: validation.data, fiscalYear: validation.fiscalYear)
        let registers = TestProject.registers, events = TestProject.events, companies = TestProject.companies.count
        #expect(table.text.contains("0 of \(TestProject.filesPerYear) files received"), "\(table.text)")
        #expect(table.text.contains("\(companies * registers.count) files carried forward from FY2025, unchanged"), "\(table.text)")
        #expect(table.text.contains("P (\(registers.map(\.name).joined(separator: ", ")))"), "\(table.text)")
        let row = table.text.split(separator: "\n").first { $0.hasPrefix("JP1 ") } ?? ""
        #expect(row.split(separator: " ").filter { $0 == "carried" }.count == registers.count, "\(row)")
        #expect(row.split(separator: " ").filter { $0 == "missing" }.count == events.count, "\(row)")
        #expect(validation.data.missing.filter { $0.fiscalYear == 2026 }.count == companies * events.count)
        let json = JSONReport.check(fiscalYear: validation.fiscalYear, data: validation.data, diagnostics: []).serialized()
        #expect(json.contains("\"carried_forward\""))
    }

    @Test func aRegisterSentAgainIsReceivedNotCarried() throws {
        let project = try Self.startedYear()
        defer { project.cleanUp() }
        try project.dataset(.ledger, company: "JP1", year: 2026, [["form_id": "F9", "registered_on": "2026-04-01"]])
        let validation = try Pipeline(options: project.options(fiscalYear: 2026)).validate()
        #expect(!validation.data.carriedForward.contains(Submission(fiscalYear: 2026, company: "JP1", dataset: "ledger")))
        #expect(validation.data.carriedForward.count == TestProject.companies.count * TestProject.registers.count - 1)
        let table = CompletenessTable(data: validation.data, fiscalYear: validation.fiscalYear).text
        #expect(table.contains("1 of \(TestProject.filesPerYear) files received"), "\(table)")
    }

    @Test func aPreviewBuildAfterNewYearReadsNotReportedNeverZero() throws {
        let project = try Self.startedYear()
        defer { project.cleanUp() }
        var options = project.options(fiscalYear: 2026)
        options.outputPath = project.root.appendingPathComponent("preview").path
        let (report, pages, _) = try Pipeline(options: options).render()
        let leaks = try #require(report.figures.first?.result)
        #expect(leaks.coverage.reported == 0)
        #expect(leaks.value == nil)
        #expect(report.goals.first?.status == .insufficientData)
        let page = pages["privacy.md"] ?? ""
        #expect(page.contains("not reported"))
        #expect(!page.contains("| 0 |"), "\(page)")
    }

    @Test func aPriorYearGapIsAWarningEvenUnderStrictNamingItsYear() throws {
        let project = try TestProject.group(years: [2024, 2025])
        defer { project.cleanUp() }
        try project.remove("data/FY2024/US1/incidents.csv")
        let data = try Pipeline(options: project.options(strict: true)).validate().data
        #expect(data.isValid(strict: true))
        let shown = data.diagnostics(strict: true).map { $0.description.replacingOccurrences(of: project.root.path + "/", with: "") }
        #expect(shown.count == 1)
        #expect(shown.first?.hasPrefix("data/FY2024/US1/incidents.csv: warning: missing file: US1 did not report incidents for FY2024, an earlier year") == true, "\(shown)")
        // build --strict goes through.
        _ = try Pipeline(options: project.options(strict: true)).report()
        // The same gap in the disclosed year is an error under --strict.
        try project.remove("data/FY2025/US1/incidents.csv")
        let both = try Pipeline(options: project.options(strict: true)).validate().data
        #expect(!both.isValid(strict: true))
        #expect(both.diagnostics(strict: true).filter { $0.severity == .error }.count == 1)
        #expect(both.isValid(strict: false))
    }

    @Test func checkStrictExitsZeroOverAPriorYearGap() throws {
        let project = try TestProject.group(years: [2024, 2025])
        defer { project.cleanUp() }
        try project.remove("data/FY2024/JP1/training.csv")
        let result = try EndToEndTests.run(["check", "--strict"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("FY2024/JP1/training.csv: warning: missing file: JP1 did not report training for FY2024"), "\(result.stderr)")
        try project.remove("data/FY2025/JP1/training.csv")
        #expect(try EndToEndTests.run(["check", "--strict"], in: project.root).status == 1)
    }

    @Test func templatesDataRefusesTheDataFolder() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        for folder in ["data/FY2026", "data", "./data/x/../FY2030"] {
            let result = try EndToEndTests.run(["templates", "data", folder], in: project.root)
            #expect(result.status == 64, "\(folder): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("data/FY2026").path))
        #expect(try EndToEndTests.run(["templates", "data", "to-send"], in: project.root).status == 0)
    }
}
