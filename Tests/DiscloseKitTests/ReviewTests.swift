import Foundation
import Testing

@testable import DiscloseKit

@Suite("Reviewing: build --check and diff")
struct ReviewTests {
    static func fixture(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        try project.copyFixture("page")
        return project
    }

    @Test func checkAfterABuildExitsZeroAndAfterAnEditShowsTheChange() throws {
        let project = try Self.fixture()
        defer { project.cleanUp() }
        #expect(try EndToEndTests.run(["build"], in: project.root).status == 0)
        let clean = try EndToEndTests.run(["build", "--check"], in: project.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.isEmpty)
        // One completion date moved past FY end: 17 → 16 of 20 completed.
        let training = try #require(project.read("data/FY2025/P/training.csv"))
        try project.write("data/FY2025/P/training.csv", training.replacingOccurrences(
                of: Rows(.training).row(["person_id": "E0", "completed_on": "2025-06-01"]),
                with: Rows(.training).row(["person_id": "E0", "completed_on": "2026-06-01"])))
        let before = project.read("output/FY2025/privacy.md")
        let stale = try EndToEndTests.run(["build", "--check"], in: project.root)
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("--- a/output/FY2025/privacy.md\n+++ b/output/FY2025/privacy.md\n"))
        #expect(stale.stdout.contains("\n-| Web training for all employees | 95% or more | 85.0% | 95.0% | not met |\n+| Web training for all employees | 95% or more | 80.0% | 95.0% | not met |\n"))
        #expect(stale.stdout.contains("\n-      \"numerator\": 17,\n"))
        #expect(stale.stdout.contains("\n+      \"numerator\": 16,\n"))
        #expect(stale.stderr.contains("output/FY2025 is stale"))
        #expect(project.read("output/FY2025/privacy.md") == before, "--check writes nothing")
    }

    @Test func checkWithNoOutputYetShowsEveryFileAsNew() throws {
        let project = try Self.fixture()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["build", "--check"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("--- /dev/null\n+++ b/output/FY2025/data.json\n"))
    }

    static let diffGolden = """
        Figure           FY2024         FY2025                                Change           Note
        overseas-ledger  0 of 1 (0.0%)  1 of 1 (100.0%)                       +1
        training         95.0%          85.0%                                 −10.0 pt
        group-leaks      1              0 so far (2 of 3 companies reported)  −1 (incomplete)
        leaks            0              0                                     no change
        group_leaks      1              0 so far (2 of 3 companies reported)  −1 (incomplete)
        holders          0              2                                     +2

        No published output/FY2024/data.json to check for restatements.

        """

    @Test func diffShowsEveryGoalAndFigureAgainstThePriorYear() throws {
        let project = try Self.fixture()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["diff"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == Self.diffGolden)
    }

    @Test func diffFlagsAFigureRestatedSinceItsPageWasPublished() throws {
        let project = try Self.fixture()
        defer { project.cleanUp() }
        #expect(try EndToEndTests.run(["build", "--fy", "2024"], in: project.root).status == 0)
        // A certificate valid at the end of FY2024 is sent after the FY2024 page was published: holders 0 → 1.
        try project.dataset(.privacyMark, company: "JP1", year: 2024, [["first_certified_on": "2010-10-01", "valid_from": "2023-10-01", "valid_until": "2025-09-30"]])
        let result = try EndToEndTests.run(["diff", "--fy", "2025", "--against", "2024"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let holders = result.stdout.split(separator: "\n").first { $0.hasPrefix("holders") }.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(holders == "holders 1 2 +1 restated: FY2024 page published 0")
        #expect(result.stdout.contains("1 restated figure against output/FY2024/data.json."))
    }

    @Test func diffAgainstAYearWithoutDataIsAUsageError() throws {
        let project = try Self.fixture()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["diff", "--against", "2019"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("no data folder FY2019"))
    }
}
