import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17, "the first hour": output that pipes, a version, helpful misspellings, exportable templates.
@Suite("First hour")
struct FirstHourTests {
    @Test func versionPrintsTheOneVersionAndExitsZero() throws {
        let result = try EndToEndTests.run(["--version"], in: Fixtures.packageRoot)
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == DiscloseVersion.current)
    }

    @Test func statusPrintsItsTableOnStandardOutput() throws {
        let project = try EndToEndTests.incidentProject()
        defer { project.cleanUp() }
        try project.write("pipeline.yaml", (project.read("pipeline.yaml") ?? "") + """

            goals:
              - {id: web-training, fiscal_year: 2025, text: Web training, metric: {id: training_completion}, target: ">= 95%"}
            """)
        let result = try EndToEndTests.run(["status"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let firstLines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(3).joined(separator: "\n")
        #expect(firstLines.contains("Goal"))
        #expect(firstLines.contains("Status"))
        #expect(result.stdout.contains("web-training"))
        #expect(!result.stderr.contains("web-training"))
    }

    @Test func explainAndDiffPrintOnStandardOutput() throws {
        let project = try EndToEndTests.incidentProject()
        defer { project.cleanUp() }
        let explain = try EndToEndTests.run(["explain", "leaks"], in: project.root)
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("incidents"))
        let diff = try EndToEndTests.run(["diff", "--against", "2025"], in: project.root)
        #expect(diff.stdout.contains("leaks"), "\(diff.stderr)")
    }

    @Test func aMisspeltCommandSuggestsTheClosestOne() throws {
        for (typed, meant) in [("buld", "build"), ("stauts", "status"), ("chek", "check"), ("explian", "explain")] {
            let result = try EndToEndTests.run([typed], in: Fixtures.packageRoot)
            #expect(result.status == 64)
            #expect(result.stderr.contains("did you mean '\(meant)'"), "\(typed): \(result.stderr)")
        }
        let far = CommandSuggestion.unknownCommand(in: ["zzzzzz"], known: ["build", "check"])
        #expect(far?.contains("the commands are build, check") == true)
        #expect(CommandSuggestion.unknownCommand(in: ["--version"], known: ["build"]) == nil)
        #expect(CommandSuggestion.unknownCommand(in: ["build", "x"], known: ["build"]) == nil)
    }

    @Test func templatesExportWritesEveryBuiltInTemplateAndNeverOverwrites() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["templates", "export", "templates"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        for (name, text) in PageTemplates.all {
            #expect(project.read("templates/" + name) == text)
        }
        let again = try EndToEndTests.run(["templates", "export", "templates"], in: project.root)
        #expect(again.status == 64)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func theVersionIsNeverWrittenIntoOutput() throws {
        let project = try EndToEndTests.incidentProject()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["privacy.md", "privacy.html", "data.json"] {
            let text = try #require(project.read("output/FY2025/" + name))
            #expect(!text.contains(DiscloseVersion.current))
            #expect(!text.lowercased().contains("version"))
        }
    }
}
