import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17, "the yearly cycle": a subsidiary checks its own folder, gets empty files to fill, and a new year starts.
@Suite("The yearly cycle")
struct YearlyCycleTests {
    @Test func checkWithACompanyValidatesThatFolderAloneAndNothingElse() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.ledger, company: "US1", [["risk": "lowest"]])
        try project.remove("data/FY2025/P/incidents.csv")
        try project.write("data/FY2025/ZZ/ledger.csv", TestProject.header(.ledger))
        var options = project.options()
        options.company = "JP1"
        let clean = try Pipeline(options: options).validate()
        #expect(clean.data.diagnostics.isEmpty, "\(clean.data.diagnostics)")
        #expect(clean.data.companies.map(\.code) == ["JP1"])
        #expect(clean.data.missing.isEmpty)
        options.company = "US1"
        let broken = try Pipeline(options: options).validate()
        #expect(broken.data.diagnostics.map(\.message) == ["invalid value 'lowest' in field 'risk': expected one of low, medium, high"])
        let result = try EndToEndTests.run(["check", "--company", "P"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("P/incidents.csv: warning: missing file"))
        #expect(!result.stderr.contains("US1") && !result.stderr.contains("ZZ"))
    }

    @Test func checkWithAnUnknownCompanySuggestsTheClosest() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["check", "--company", "JP2"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("'JP2' is not a company in companies.csv; did you mean 'JP1'?"))
    }

    @Test func templatesDataWritesHeaderOnlyFilesForOneCompanyOrAll() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let one = try EndToEndTests.run(["templates", "data", "out", "--company", "US1"], in: project.root)
        #expect(one.status == 0, "\(one.stderr)")
        for spec in DatasetCatalog.perCompany {
            // With --company the folder itself is the kit (issue 31); FY2024 has no register to carry forward.
            #expect(project.read("out/\(spec.fileName)") == spec.headerLine + "\n", "the catalog's header")
        }
        let all = try EndToEndTests.run(["templates", "data", "everyone"], in: project.root)
        #expect(all.status == 0, "\(all.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("everyone").path).sorted()
        #expect(folders == ["JP1", "P", "US1"])
        let again = try EndToEndTests.run(["templates", "data", "out", "--company", "US1"], in: project.root)
        #expect(again.status == 64)
        #expect(again.stderr.contains("already exist"))
        // The files, filled with nothing, are a valid submission (the manifest stays in the kit).
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("data/FY2025/US1"))
        try FileManager.default.copyItem(
            at: project.root.appendingPathComponent("out"), to: project.root.appendingPathComponent("data/FY2025/US1"))
        try project.remove("data/FY2025/US1/kit.json")
        #expect(project.errorList == [])
    }

    @Test func newYearCarriesTheRegistersForwardAndWritesNoEventFile() throws {
        let project = try TestProject.group(years: [2024, 2025])
        defer { project.cleanUp() }
        try project.write(
            "data/companies.csv",
            Rows(.companies).file(TestProject.registryRows + [
                ["code": "GONE", "name": "Gone Co.", "relationship": "subsidiary", "parent_code": "P", "consolidated_from": "2010-04-01", "consolidated_until": "2025-12-31"],
                ["code": "NEW", "name": "New Co.", "relationship": "subsidiary", "parent_code": "P", "consolidated_from": "2026-06-01"],
            ]))
        try project.dataset(.ledger, company: "P", [[:], ["form_id": "F2", "retired_on": "2024-06-01"]])
        try project.writeCP932("data/FY2025/JP1/ledger.csv", EncodingTests.ledgerText())
        try project.dataset(.incidents, company: "P", [[:]])
        try project.remove("data/FY2025/US1/privacy_mark.csv")
        let result = try EndToEndTests.run(["new-year", "2026"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("data/FY2026").path).sorted()
        #expect(folders == ["JP1", "P", "US1"], "consolidated on 2026-03-31 only")
        for register in ["ledger", "appointments", "privacy_mark"] {
            for company in ["P", "JP1"] {
                let old = try Data(contentsOf: project.root.appendingPathComponent("data/FY2025/\(company)/\(register).csv"))
                let new = try Data(contentsOf: project.root.appendingPathComponent("data/FY2026/\(company)/\(register).csv"))
                #expect(old == new, "\(company) \(register)")
            }
        }
        for event in ["reviews", "incidents", "government_requests", "training", "training_sessions"] {
            for company in ["P", "JP1", "US1"] {
                #expect(project.read("data/FY2026/\(company)/\(event).csv") == nil, "\(company) \(event): sent, zero?")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("data/FY2026/US1/privacy_mark.csv").path))
        #expect(result.stderr.contains("FY2025/US1/privacy_mark.csv: warning: not carried forward"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("data").path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func newYearRefusesToOverwriteAnExistingYear() throws {
        let project = try TestProject.group(years: [2025, 2026])
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", year: 2026, [["occurred_on": "2026-05-01", "discovered_on": "2026-05-02"]])
        let before = project.read("data/FY2026/P/incidents.csv")
        let result = try EndToEndTests.run(["new-year", "2026"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("already exists"))
        #expect(project.read("data/FY2026/P/incidents.csv") == before)
    }

    @Test func newYearRefusesAnUnreadableRegistry() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/companies.csv", "code,name\nP,Parent\n")
        let result = try EndToEndTests.run(["new-year", "2026"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("data/companies.csv:1:1: error: missing columns"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("data/FY2026").path))
    }
}
