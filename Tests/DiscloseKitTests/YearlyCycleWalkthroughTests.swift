import Foundation
import Testing

@testable import DiscloseKit

/// Issue 31: README's "The yearly cycle", every step run in order on a copy of the sample, from spring to publication.
@Suite("The yearly cycle, step by step")
struct YearlyCycleWalkthroughTests {
    /// The sample with everything a team commits: pipeline.yaml, data, content, templates, approvals, output, ci.
    static func sample(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        for item in ["pipeline.yaml", "data", "content", "templates", "approvals.yaml", "output", "ci"] {
            try FileManager.default.copyItem(
                at: Fixtures.packageRoot.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        return project
    }

    static func step(_ arguments: [String], in project: TestProject, expect status: Int32 = 0) throws -> (stdout: String, stderr: String) {
        let result = try EndToEndTests.run(arguments, in: project.root)
        #expect(result.status == status, "disclose \(arguments.joined(separator: " ")): \(result.stderr.suffix(2000))")
        return (result.stdout, result.stderr)
    }

    @Test func everyStepOfTheYearlyCycleRunsInOrderOnTheSample() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        // 1. Start the year.
        _ = try Self.step(["new-year", "2026"], in: project)
        try project.write(
            "pipeline.yaml",
            try #require(project.read("pipeline.yaml")).replacingOccurrences(of: "\n  fiscal_year: 2025 ", with: "\n  fiscal_year: 2026 "))
        // 2. Send kits: one per company consolidated at the year's end.
        _ = try Self.step(["templates", "data", "kits"], in: project)
        let kits = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("kits").path).sorted()
        #expect(kits.count == 39 && kits.contains("AOBA-US"))
        // Each company fills in its event files and checks its kit alone (here: last year's rows, moved a year on).
        for code in kits {
            for dataset in ["reviews", "incidents", "government_requests", "training", "training_sessions"] {
                guard let text = project.read("data/FY2025/\(code)/\(dataset).csv") else { continue }
                try project.write("kits/\(code)/\(dataset).csv", text)
            }
        }
        let subsidiary = try TestProject()
        defer { subsidiary.cleanUp() }
        try FileManager.default.copyItem(
            at: project.root.appendingPathComponent("kits/AOBA-US"), to: subsidiary.root.appendingPathComponent("AOBA-US"))
        let alone = try EndToEndTests.run(["check", "--kit", "AOBA-US"], in: subsidiary.root)
        #expect(alone.status == 0, "\(alone.stderr)")
        // 3. Receive them.
        let received = try Self.step(["receive", "kits/AOBA-US"], in: project)
        #expect(received.stdout.contains("added data/FY2026/AOBA-US/reviews.csv"))
        for code in kits where code != "AOBA-US" {
            var options = project.options()
            options.parsingThreads = 1
            _ = try Pipeline(options: options).receive(project.root.appendingPathComponent("kits/\(code)").path, replace: false)
        }
        // 4. Check completeness: every company sent every file of the year.
        let check = try Self.step(["check", "--strict"], in: project)
        #expect(check.stderr.contains("0 errors, 0 warnings"))
        // 5. Set next year's targets and goals.
        let goals = try #require(project.read("pipeline.yaml"))
        try project.write(
            "pipeline.yaml",
            goals.replacingOccurrences(
                of: "      ja: 国内外の子会社を含むすべての従業員への研修を続ける\n",
                with: "      ja: 国内外の子会社を含むすべての従業員への研修を続ける\n"
                    + "    metric: {id: training_completion, filter: {course: [SEC-WEB]}}\n    target: \">= 95%\"\n")
                + "")
        let withNext = try #require(project.read("pipeline.yaml")).replacingOccurrences(
            of: "\nsections:",
            with: """

                  - id: training-2027
                    under: risk
                    fiscal_year: 2027
                    text:
                      en: Train every new hire in their first month
                      ja: すべての新入社員を入社1か月以内に研修する

                sections:
                """)
        try project.write("pipeline.yaml", withNext)
        let status = try Self.step(["status"], in: project)
        #expect(status.stdout.contains("95%"), "FY2026's target: \(status.stdout.prefix(1500))")
        // 6. Build drafts (as CI does, with the project's own script).
        let drafts = try CIRecipeTests.runScript(project.root)
        #expect(drafts.status == 0, "\(drafts.stderr.suffix(2000))")
        #expect(project.read("output/FY2026/privacy.md")?.contains("Draft — not approved") == true)
        #expect(project.read("output/FY2026/privacy.md")?.contains("Train every new hire in their first month") == true)
        _ = try Self.step(["build", "--final"], in: project, expect: 1)
        // 7. Approve.
        _ = try Self.step(["approve", "--all", "--by", "Aoba Group Sustainability Committee"], in: project)
        // 8. Build final.
        _ = try Self.step(["build", "--final"], in: project)
        #expect(project.read("output/FY2026/privacy.md")?.contains("Draft") == false)
        #expect(project.read("output/FY2025/privacy.md") != nil, "last year's page stays published")
        // 9. The evidence pack, and its verification.
        _ = try Self.step(["evidence"], in: project)
        _ = try Self.step(["evidence", "--verify", "evidence/FY2026"], in: project)
    }

    @Test func theReadmeWalksThroughTheSameSteps() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### The yearly cycle"))
        let section = String(readme[start.upperBound...].prefix(6000))
        var last = section.startIndex
        for command in [
            "disclose new-year 2026", "disclose templates data kits", "disclose check --kit", "disclose receive kits/",
            "disclose check --strict", "disclose status", "ci/disclose.sh", "disclose approve --all", "disclose build --final",
            "disclose evidence",
        ] {
            let found = try #require(section.range(of: command, range: last..<section.endIndex), "README step: \(command)")
            last = found.upperBound
        }
    }
}
