import Foundation
import Testing

@testable import DiscloseKit

/// Issue 31: a subsidiary's submission kit, checked on its own and filed by the group.
@Suite("Submission kits")
struct SubmissionKitTests {
    /// A group with FY2025 data and FY2026 started by new-year (registers carried forward).
    static func startedGroup(_ name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name)
        try project.dataset(.ledger, company: "US1", [[:]])
        _ = try Pipeline(options: project.options()).startYear(2026)
        return project
    }

    static func makeKit(_ project: TestProject, company: String = "US1", folder: String = "kit", fy: Int = 2026) throws -> URL {
        let result = try EndToEndTests.run(["templates", "data", folder, "--company", company, "--fy", String(fy)], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        return project.root.appendingPathComponent(folder)
    }

    @Test func aKitHoldsHeaderOnlyEventFilesCarriedRegistersAndAManifest() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        let kit = try Self.makeKit(project)
        let names = try FileManager.default.contentsOfDirectory(atPath: kit.path).sorted()
        #expect(names == (DatasetCatalog.perCompany.map(\.fileName) + ["kit.json"]).sorted())
        for spec in DatasetCatalog.perCompany where spec.kind != .register {
            #expect(project.read("kit/\(spec.fileName)") == spec.headerLine + "\n", "\(spec.name) is header-only")
        }
        #expect(project.read("kit/ledger.csv") == project.read("data/FY2025/US1/ledger.csv"), "carried forward byte for byte")
        let manifest = try SubmissionKit.read(folder: kit.path)
        #expect(manifest.company == "US1" && manifest.fiscalYear == 2026 && manifest.group == "Example Group")
        #expect(manifest.courses == ["SEC-WEB"] && manifest.encodings == [.utf8] && manifest.fiscalYearStartMonth == 4)
        #expect(manifest.contract == DataContract.version)
        #expect(manifest.carriedForward == ["ledger", "privacy_mark", "appointments"])
        let text = try #require(project.read("kit/kit.json"))
        for key in ["\"allow_list\"", "\"limits\"", "\"max_rows_per_file\"", "\"datasets\"", "\"columns\""] { #expect(text.contains(key)) }
        let again = try EndToEndTests.run(["templates", "data", "kit", "--company", "US1", "--fy", "2026"], in: project.root)
        #expect(again.status == 64 && again.stderr.contains("already exist"), "never overwrites")
    }

    @Test func withoutACompanyEveryConsolidatedCompanyGetsAKitInItsOwnFolder() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["templates", "data", "kits", "--fy", "2026"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("kits").path).sorted()
        #expect(folders == ["JP1", "P", "US1"])
        #expect(try SubmissionKit.read(folder: project.root.appendingPathComponent("kits/JP1").path).company == "JP1")
        let inside = try EndToEndTests.run(["templates", "data", "data/kits", "--fy", "2026"], in: project.root)
        #expect(inside.status == 64, "a folder inside the data folder is refused")
    }

    @Test func checkKitNeedsNoProjectAndReportsWhatTheGroupWould() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        let kit = try Self.makeKit(project)
        try project.write("kit/reviews.csv", Rows(.reviews).file([
            ["kind": "control-form", "subject": "F1", "performed_on": "2026-05-01"],
            ["review_id": "R2", "kind": "control-form", "subject": "F9", "performed_on": "2026-05-02"],
            ["review_id": "R3", "kind": "audit", "performed_on": "2026-13-02"],
        ]))
        try project.write("kit/notes.txt", "x")
        // Alone: a folder with no pipeline.yaml anywhere near.
        let away = try TestProject()
        defer { away.cleanUp() }
        try FileManager.default.copyItem(at: kit, to: away.root.appendingPathComponent("returned"))
        let alone = try EndToEndTests.run(["check", "--kit", "returned"], in: away.root)
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("kit of US1 (Overseas One) for Example Group, FY2026"))
        // The group, with the same files in its data folder.
        try project.remove("kit/notes.txt")
        try project.write("data/FY2026/US1/reviews.csv", project.read("kit/reviews.csv") ?? "")
        try project.write("data/FY2026/US1/notes.txt", "x")
        let group = try EndToEndTests.run(["check", "--company", "US1", "--fy", "2026"], in: project.root)
        func problems(_ text: String, prefix: String) -> [String] {
            text.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) && $0.contains("error:") }
                .map { String($0.dropFirst(prefix.count)) }
        }
        let kitProblems = problems(alone.stderr, prefix: "returned/")
        #expect(kitProblems.count == 4, "\(alone.stderr)")
        #expect(kitProblems == problems(group.stderr, prefix: "data/FY2026/US1/"), "same rules, lines, columns and words")
    }

    @Test func checkKitRefusesAFolderWithoutAManifestOrOfAnotherContract() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        _ = try Self.makeKit(project)
        let text = try #require(project.read("kit/kit.json"))
        try project.write("kit/kit.json", text.replacingOccurrences(of: DataContract.version, with: "sha256:0000000000000000"))
        let other = try EndToEndTests.run(["check", "--kit", "kit"], in: project.root)
        #expect(other.status == 1 && other.stderr.contains("kit/kit.json: error: the kit follows data contract sha256:0000000000000000"))
        try project.remove("kit/kit.json")
        let none = try EndToEndTests.run(["check", "--kit", "kit"], in: project.root)
        #expect(none.status == 1 && none.stderr.contains("has no kit.json"))
        let year = try EndToEndTests.run(["check", "--kit", "kit", "--fy", "2026"], in: project.root)
        #expect(year.status == 64, "the kit names its own year")
    }

    @Test func receiveFilesAKitAndSaysWhatChanged() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        _ = try Self.makeKit(project)
        try project.write("kit/reviews.csv", Rows(.reviews).file([["kind": "control-form", "subject": "F1", "performed_on": "2026-05-01"]]))
        try project.write("kit/ledger.csv", Rows(.ledger).file([
            [:], ["form_id": "F2", "department": "HR", "category": "employee", "subjects": "5", "registered_on": "2026-04-01"],
        ]))
        let result = try EndToEndTests.run(["receive", "kit", "--fy", "2026"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added data/FY2026/US1/reviews.csv: 1 row"))
        #expect(result.stdout.contains("replaced data/FY2026/US1/ledger.csv (the register carried forward by new-year): 1 row → 2 rows"))
        #expect(result.stdout.contains("unchanged data/FY2026/US1/appointments.csv: 0 rows"))
        // The events are added; of the registers new-year carried forward, the ledger is replaced and the rest unchanged.
        let added = TestProject.events.count, unchanged = TestProject.registers.count - 1
        #expect(result.stdout.contains("US1 FY2026 into data/FY2026/US1/: \(added) files added, 1 replaced, \(unchanged) unchanged"), "\(result.stdout)")
        #expect(project.read("data/FY2026/US1/reviews.csv") == project.read("kit/reviews.csv"))
        #expect(project.read("data/FY2026/US1/kit.json") == nil, "the manifest stays in the kit")
        #expect(project.errorList == [])
    }

    @Test func receiveNeverOverwritesWhatTheCompanySentWithoutReplace() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        _ = try Self.makeKit(project)
        try project.dataset(.reviews, company: "US1", year: 2026, [["kind": "control-form", "subject": "F1", "performed_on": "2026-05-01"]])
        try project.dataset(.ledger, company: "US1", year: 2026, [["department": "HR", "category": "employee", "subjects": "5", "registered_on": "2026-04-01"]])
        try project.write("kit/training_sessions.csv", Rows(.trainingSessions).file([["title": "Basics", "held_on": "2026-05-01"]]))
        let before = project.read("data/FY2026/US1/reviews.csv")
        let refused = try EndToEndTests.run(["receive", "kit", "--fy", "2026"], in: project.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("data/FY2026/US1/reviews.csv: error: US1 already sent reviews.csv for FY2026"))
        #expect(refused.stderr.contains("data/FY2026/US1/ledger.csv: error: US1 already sent ledger.csv"), "sent since new-year")
        #expect(project.read("data/FY2026/US1/training_sessions.csv") == nil, "nothing filed")
        #expect(project.read("data/FY2026/US1/reviews.csv") == before)
        let replaced = try EndToEndTests.run(["receive", "kit", "--fy", "2026", "--replace"], in: project.root)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("replaced data/FY2026/US1/reviews.csv: 1 row → 0 rows"))
        #expect(project.read("data/FY2026/US1/training_sessions.csv") == project.read("kit/training_sessions.csv"))
    }

    @Test func receiveRefusesAKitForAnotherYearOrCompanyOrWithErrors() throws {
        let project = try Self.startedGroup()
        defer { project.cleanUp() }
        _ = try Self.makeKit(project)
        let year = try EndToEndTests.run(["receive", "kit"], in: project.root)
        #expect(year.status == 1)
        #expect(year.stderr.contains("kit/kit.json: error: this kit is for FY2026, and the project is receiving FY2025"))
        let text = try #require(project.read("kit/kit.json"))
        try project.write("kit/kit.json", text.replacingOccurrences(of: "\"US1\"", with: "\"US2\""))
        let unknown = try EndToEndTests.run(["receive", "kit", "--fy", "2026"], in: project.root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("this kit is for 'US2', which is not a company in companies.csv; did you mean 'US1'?"))
        try project.write("kit/kit.json", text.replacingOccurrences(of: "\"fiscal_year\": 2026", with: "\"fiscal_year\": 9999"))
        let range = try EndToEndTests.run(["receive", "kit", "--fy", "2026"], in: project.root)
        #expect(range.status == 1 && range.stderr.contains("fiscal years run from 1900 to 9998"), "\(range.stderr)")
        try project.write("kit/kit.json", text)
        try project.write("kit/reviews.csv", Rows(.reviews).file([["kind": "control-form", "subject": "F1", "performed_on": "2026-05-01", "result": "maybe"]]))
        let broken = try EndToEndTests.run(["receive", "kit", "--fy", "2026"], in: project.root)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("kit/reviews.csv:2:"))
        #expect(project.read("data/FY2026/US1/incidents.csv") == nil, "nothing filed")
    }
}
