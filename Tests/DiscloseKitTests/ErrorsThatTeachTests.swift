import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17, "errors that teach": each message names the real place and says what to do, in plain words.
@Suite("Errors that teach")
struct ErrorsThatTeachTests {
    static func sectionProject(_ content: String, name: String = #function) throws -> TestProject {
        let project = try EndToEndTests.incidentProject(name)
        try project.write("content/initiatives.md", content)
        return project
    }

    static func buildErrors(_ project: TestProject) -> [String] {
        do {
            _ = try Pipeline(options: project.options()).render()
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: project.root.path + "/", with: "") }
        }
    }

    @Test func anUnclosedSectionIsLocatedAtItsTagInTheContentFile() throws {
        let project = try Self.sectionProject("# Incidents\n\nText.\n  {{#figures.leaks.zero}}No incidents.\n")
        defer { project.cleanUp() }
        #expect(
            Self.buildErrors(project) == [
                "content/initiatives.md:4:3: error: section 'figures.leaks.zero' opened here is never closed; add {{/figures.leaks.zero}}"
            ])
    }

    @Test func sectionsClosedOutOfOrderOrNeverOpenedAreNamed() throws {
        let variants: [(String, String)] = [
            ("{{#figures.leaks.zero}}{{^figures.leaks.complete}}x{{/figures.leaks.zero}}\n",
             "content/initiatives.md:1:24: error: section 'figures.leaks.complete' opened here is never closed"),
            ("# A\n\nx {{/figures.leaks.zero}}\n", "content/initiatives.md:3:3: error: '{{/figures.leaks.zero}}' closes a section that is not open"),
            ("# A\n\nx {{figures.leaks.value\n", "content/initiatives.md:3:3: error: tag '{{figures.leaks.value"),
        ]
        for (content, expected) in variants {
            let project = try Self.sectionProject(content)
            defer { project.cleanUp() }
            let errors = Self.buildErrors(project)
            #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
            #expect(!errors.contains { $0.contains("ParserError") || $0.contains("MustacheParserContext") })
        }
    }

    @Test func anAchievementSentenceWithAnUnclosedSectionIsLocatedInPipelineYAML() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + """

            goals:
              - id: g
                fiscal_year: 2025
                text: Train everyone
                metric: {id: training_completion}
                target: ">= 95%"
                achievement: "Done {{#met}}fully"
            """)
        defer { project.cleanUp() }
        let errors = Self.buildErrors(project)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("pipeline.yaml:") == true)
        #expect(errors.first?.contains("section 'met' opened here is never closed") == true, "\(errors)")
    }

    @Test func unquotedValuesStartingWithAYAMLIndicatorGetAQuotingHint() {
        for value in [">= 90%", "| x", "*x", "%x", "@x", "!x", "`x`"] {
            let (_, diagnostics) = decodeConfig("disclosure:\n  title: T\n  organization: O\n  fiscal_year: 2025\n  target: \(value)\n")
            let indicator = value.prefix(1)
            #expect(
                diagnostics.contains {
                    $0.message.contains("quote it: target: \"\(value)\"") && $0.message.contains("a value starting with '\(indicator)' must be quoted")
                },
                "\(value): \(diagnostics)")
        }
        let (_, listed) = decodeConfig("allow_list:\n  - @desk\n")
        #expect(listed.contains { $0.message.contains("- \"@desk\"") }, "\(listed)")
        #expect(YAMLSyntaxHint.quoted("    target: >= 90%  # comment")?.text == "target: \">= 90%\"")
        #expect(YAMLSyntaxHint.quoted("    target: \">= 90%\"") == nil)
    }

    @Test func thePrivacyGuardSaysHowToAllowAPublicValue() throws {
        let project = try Self.sectionProject("# Contact\n\nWrite to privacy-desk@kaede.example.\n")
        defer { project.cleanUp() }
        let errors = Self.buildErrors(project)
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.contains("allow_list: [\"privacy-desk@kaede.example\"]") }, "\(errors)")
    }

    @Test func aMissingSectionFileDoesNotExist() throws {
        let project = try EndToEndTests.incidentProject()
        defer { project.cleanUp() }
        try project.remove("content/initiatives.md")
        let errors = Self.buildErrors(project)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("narrative file 'content/initiatives.md' does not exist") == true, "\(errors)")
        #expect(errors.first?.hasPrefix("pipeline.yaml:") == true)
    }

    @Test func aMissingDataFolderIsNotFound() throws {
        let project = try EndToEndTests.incidentProject()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["check", "--data", "no-such-folder"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-folder: error: data folder not found"), "\(result.stderr)")
        #expect(!result.stderr.contains("companies.csv"))
    }

    @Test func explainOfAnUnknownNameListsGoalsAndFiguresClosestFirst() throws {
        let project = try EndToEndTests.incidentProject()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["explain", "leeks"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'leaks'?"))
        #expect(result.stderr.contains("goals and figures, closest first: leaks, group_leaks"), "\(result.stderr)")
        #expect(Suggestion.ranked("web", among: ["overseas-ledger", "web-training", "leaks", "web"]) == ["web", "leaks", "web-training", "overseas-ledger"])
    }
}
