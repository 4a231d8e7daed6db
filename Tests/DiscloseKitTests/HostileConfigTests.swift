import Foundation
import Testing

@testable import DiscloseKit

/// Ids and template names from pipeline.yaml can never become markup, anchors or printed dictionaries.
@Suite("Hostile pipeline.yaml")
struct HostileConfigTests {
    static let invalidIDs = [
        "Overseas-Ledger", "overseas ledger", "\\\"><script>alert(1)</script>", "-leading", "_leading", "goal.one", "goal/one",
        "ｇｏａｌ", "目標", "goal#1", "a'b", "javascript:alert(1)",
    ]

    static func goals(id: String = "g", under: String = "gov", medium: String = "gov", figure: String = "leaks") -> String {
        TestProject.pipeline + """

            medium_term:
              period: {from: 2021-04, to: 2026-03}
              goals:
                - {id: "\(medium)", title: Governance}
            figures:
              "\(figure)": {id: incidents}
            goals:
              - id: "\(id)"
                under: "\(under)"
                fiscal_year: 2025
                text: No leaks
                metric: {id: incidents}
                target: "= 0"
            """
    }

    @Test(arguments: invalidIDs)
    func aGoalIDOutsideTheGrammarIsALocatedError(_ id: String) {
        let (config, diagnostics) = decodeConfig(Self.goals(id: id))
        #expect(config == nil)
        #expect(diagnostics.contains { $0.location.line == 15 && $0.message.hasPrefix("goal id '") && $0.message.contains("[a-z0-9][a-z0-9_-]*") }, "\(diagnostics)")
    }

    @Test(arguments: invalidIDs)
    func aMediumTermGoalIDOutsideTheGrammarIsALocatedError(_ id: String) {
        let (config, diagnostics) = decodeConfig(Self.goals(under: id, medium: id))
        #expect(config == nil)
        #expect(diagnostics.contains { $0.location.line == 11 && $0.message.hasPrefix("medium-term goal id '") }, "\(diagnostics)")
    }

    @Test(arguments: invalidIDs)
    func aFigureNameOutsideTheGrammarIsALocatedError(_ name: String) {
        let (config, diagnostics) = decodeConfig(Self.goals(figure: name))
        #expect(config == nil)
        #expect(diagnostics.contains { $0.location.line == 13 && $0.message.hasPrefix("figure name '") }, "\(diagnostics)")
    }

    @Test func aSectionIDOutsideTheGrammarIsALocatedError() {
        let (_, diagnostics) = decodeConfig(TestProject.pipeline + "\nsections:\n  \"<b>\": content/x.md\n")
        #expect(diagnostics.contains { $0.location.line == 9 && $0.message.hasPrefix("section id '<b>'") }, "\(diagnostics)")
    }

    @Test(arguments: ["g", "overseas-ledger", "web_training", "2025-goal", "fy2025_web-training-2"])
    func idsInTheGrammarAreAccepted(_ id: String) {
        let (config, diagnostics) = decodeConfig(Self.goals(id: id, under: id, medium: id, figure: id))
        #expect(diagnostics.isEmpty)
        #expect(config?.goals.first?.id == id)
    }

    @Test func theErrorSuggestsAnIDThatFits() {
        let (_, diagnostics) = decodeConfig(Self.goals(id: "Overseas Ledger 2025"))
        #expect(diagnostics.contains { $0.message.hasSuffix("write one such as 'overseas-ledger-2025'") }, "\(diagnostics)")
    }

    @Test func theSampleAndTheStarterProjectKeepValidIDs() throws {
        let sample = try PipelineConfig.load(path: Fixtures.packageRoot.appendingPathComponent("pipeline.yaml").path)
        #expect(sample.goals.allSatisfy { ConfigDecoder.isIdentifier($0.id) })
        #expect(sample.figures.allSatisfy { ConfigDecoder.isIdentifier($0.name) })
    }

    @Test(arguments: [
        "{{figures}}", "{{figures.leaks}}", "{{#figures}}x{{/figures}}", "{{{figures}}}", "{{&figures.leaks}}",
        "{{^figures.leaks}}none{{/figures.leaks}}", "{{ figures }}",
    ])
    func aNameThatIsADictionaryIsALocatedError(_ tag: String) throws {
        let project = try TestProject.group(
            pipeline: TestProject.pipeline + "\nfigures:\n  leaks: {id: incidents}\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Governance\n\nFigures: \(tag)\n")
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected \(tag) to be refused")
        } catch {
            let first = error.diagnostics.first
            #expect(first?.location.path.hasSuffix("content/governance.md") == true)
            #expect(first?.location.line == 3)
            #expect(first?.location.column == 10)
            #expect(first?.message.contains("is a group of names, not a value") == true, "\(error.diagnostics)")
        }
        #expect(project.read("output/FY2025/privacy.md") == nil)
    }

    @Test func anAchievementNamingADictionaryIsALocatedError() throws {
        let project = try TestProject.group(pipeline: Self.goals().replacingOccurrences(of: "target: \"= 0\"", with: "target: \"= 0\"\n    achievement: \"{{figures}} found\""))
        defer { project.cleanUp() }
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected a refusal")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["'figures' is a group of names, not a value: name one value, such as 'figures.leaks.complete'"])
        }
    }

    @Test func documentedNamesStillRender() throws {
        let project = try TestProject.group(
            pipeline: TestProject.pipeline + "\nfigures:\n  leaks: {id: incidents}\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Governance\n\n{{organization}} FY{{fy}}: {{figures.leaks.value}}{{#figures.leaks.zero}} (none){{/figures.leaks.zero}}\n")
        _ = try Pipeline(options: project.options()).build()
        #expect(project.read("output/FY2025/privacy.md")?.contains("Example Group FY2025: 0 (none)") == true)
    }
}
