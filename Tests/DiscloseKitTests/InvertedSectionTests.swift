import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, items 2 and 5: an inverted section makes no claim on incomplete data, and warnings say what to write.
@Suite("Inverted sections and actionable warnings")
struct InvertedSectionTests {
    typealias Honest = HonestFiguresTests

    @Test func anInvertedSectionOverAClaimKeyOfAnIncompleteFigureIsLeftOutWithALocatedWarning() throws {
        for key in ["zero", "nonzero", "incomplete"] {
            for spelling in ["{{^figures.leaks.\(key)}}", "{{^ figures.leaks.\(key) }}"] {
                let content = "# A\n\n\(spelling)CLAIM-\(key).{{/figures.leaks.\(key)}}\n"
                let project = try Honest.project(content)
                defer { project.cleanUp() }
                let report = try Honest.report(project)
                let markdown = try Honest.markdown(report, project)
                #expect(!markdown.contains("CLAIM"), "\(spelling): \(markdown)")
                let warnings = Honest.warnings(report)
                #expect(warnings.count == 1, "\(spelling): \(warnings)")
                #expect(warnings.first?.hasPrefix("content/initiatives.md:3:1: warning: figure 'leaks' covers 2 of 3 companies") == true)
                #expect(warnings.first?.contains("{{^figures.leaks.\(key)}} is left out of the page") == true, "\(warnings)")
                #expect(warnings.first?.contains("{{^figures.leaks.complete}}") == true, "says what to write: \(warnings)")
            }
        }
    }

    @Test func anInvertedSectionOverAClaimKeyRendersOnCompleteData() throws {
        // Complete, two incidents: not zero, and nonzero.
        for (key, shown) in [("zero", true), ("nonzero", false), ("incomplete", true), ("complete", false)] {
            let project = try Honest.project("# A\n\n{{^figures.leaks.\(key)}}CLAIM.{{/figures.leaks.\(key)}}\n", complete: true)
            defer { project.cleanUp() }
            let report = try Honest.report(project)
            #expect(try Honest.markdown(report, project).contains("CLAIM") == shown, "\(key)")
            #expect(Honest.warnings(report).isEmpty)
        }
    }

    @Test func contentThatHandlesBothCasesGetsNoWarning() throws {
        let forms = [
            "{{#figures.leaks.complete}}All: {{figures.leaks.value}}.{{/figures.leaks.complete}}\n{{^figures.leaks.complete}}So far: {{figures.leaks.partial_value}}; {{figures.leaks.coverage}}.{{/figures.leaks.complete}}",
            "{{#figures.leaks.complete}}All: {{figures.leaks.value}}.{{/figures.leaks.complete}}\n{{#figures.leaks.incomplete}}So far: {{figures.leaks.partial_value}}; {{figures.leaks.coverage}}.{{/figures.leaks.incomplete}}",
            "{{#figures.leaks.complete}}{{#figures.leaks.zero}}None.{{/figures.leaks.zero}}{{^figures.leaks.zero}}Some.{{/figures.leaks.zero}}{{/figures.leaks.complete}}\n{{#figures.leaks.incomplete}}{{figures.leaks.coverage}}.{{/figures.leaks.incomplete}}",
            "{{#figures.leaks.nonzero}}Some.{{/figures.leaks.nonzero}}\n{{^figures.leaks.complete}}{{figures.leaks.partial_value}}.{{/figures.leaks.complete}}",
        ]
        for form in forms {
            let project = try Honest.project("# A\n\n\(form)\n")
            defer { project.cleanUp() }
            let report = try Honest.report(project)
            #expect(Honest.warnings(report).isEmpty, "\(form): \(Honest.warnings(report))")
            #expect(try Honest.markdown(report, project).contains("2 of 3") || form.contains("partial_value}}.{{"), "\(form)")
        }
    }

    @Test func aGuardLeftOutWithoutTheOtherCaseSaysWhatToWrite() throws {
        let project = try Honest.project("# A\n\n{{#figures.leaks.complete}}All: {{figures.leaks.value}}.{{/figures.leaks.complete}}\n")
        defer { project.cleanUp() }
        let warnings = Honest.warnings(try Honest.report(project))
        #expect(
            warnings == [
                "content/initiatives.md:3:1: warning: figure 'leaks' covers 2 of 3 companies: the statement guarded by {{#figures.leaks.complete}} is left out of the page; say what is known in its place with {{^figures.leaks.complete}}…{{figures.leaks.partial_value}}; {{figures.leaks.coverage}}…{{/figures.leaks.complete}}"
            ])
    }

    @Test func aQualifierWrittenAroundThePartialValueIsALocatedWarning() throws {
        for (content, column) in [
            ("Leaks: at least {{figures.leaks.partial_value}}.", 17), ("Leaks: At Least {{ figures.leaks.partial_value }}.", 17),
            ("Leaks: {{figures.leaks.partial_value}} so far.", 8), ("Leaks: {{{figures.leaks.partial_value}}} or earlier.", 8),
        ] {
            for complete in [false, true] {
                let guarded = "{{#figures.leaks.incomplete}}\(content){{/figures.leaks.incomplete}}{{#figures.leaks.complete}}x{{/figures.leaks.complete}}"
                let project = try Honest.project("# A\n\n\(complete ? content : guarded)\n", complete: complete)
                defer { project.cleanUp() }
                let warnings = Honest.warnings(try Honest.report(project))
                let offset = complete ? 0 : "{{#figures.leaks.incomplete}}".count
                #expect(warnings.count == 1, "\(content): \(warnings)")
                #expect(warnings.first?.hasPrefix("content/initiatives.md:3:\(column + offset): warning: '") == true, "\(warnings)")
                #expect(warnings.first?.contains("write {{") == true)
            }
        }
    }

    @Test func aQualifierWrittenAroundThePartialValueInJapaneseIsAWarning() throws {
        let project = try Honest.project("# A\n\n漏えい：少なくとも{{figures.leaks.partial_value}}件\n")
        defer { project.cleanUp() }
        let loaded = try Project.load(configPath: project.configPath)
        let text = "漏えい：少なくとも{{figures.leaks.partial_value}}件"
        let coverage = ["leaks": Coverage(inScope: 3, reported: 2, missingCompanies: ["US1"])]
        _ = loaded
        let warnings = FigureGuards.check(text, coverage: coverage, at: SourceLocation(path: "x.md", line: 1, column: 1), edition: .japanese)
        #expect(warnings.contains { $0.message.hasPrefix("'少なくとも' is written around") }, "\(warnings)")
        let plain = FigureGuards.check("漏えい：{{figures.leaks.partial_value}}件", coverage: [:], at: SourceLocation(path: "x.md"), edition: .japanese)
        #expect(plain.isEmpty)
    }

    @Test func aCountOfOneTakesTheSingular() throws {
        let content = "# A\n\n{{#figures.leaks.complete}}{{figures.leaks.value}} loss or leak {{#figures.leaks.one}}incident{{/figures.leaks.one}}{{^figures.leaks.one}}incidents{{/figures.leaks.one}}.{{/figures.leaks.complete}}\n{{^figures.leaks.complete}}{{figures.leaks.partial_value}} loss or leak {{#figures.leaks.one}}incident{{/figures.leaks.one}}{{^figures.leaks.one}}incidents{{/figures.leaks.one}}.{{/figures.leaks.complete}}\n"
        for (rows, complete, expected) in [
            (1, true, "1 loss or leak incident."), (2, true, "2 loss or leak incidents."), (1, false, "at least 1 loss or leak incident."),
            (2, false, "at least 2 loss or leak incidents."), (0, true, "0 loss or leak incidents."),
        ] {
            let project = try Honest.project(content, complete: complete)
            defer { project.cleanUp() }
            let all = [[:], ["incident_id": "I-2", "type": "loss", "occurred_on": "2025-06-01", "discovered_on": "2025-06-02", "records_affected": "4"]]
            try project.dataset(.incidents, company: "JP1", Array(all.prefix(rows)))
            let report = try Honest.report(project)
            #expect(try Honest.markdown(report, project).contains(expected), "\(rows) \(complete)")
        }
    }

    // MARK: achievements

    static func goalProject(achievement: String, complete: Bool, target: String = "= 0", name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, pipeline: TestProject.pipeline + """

            goals:
              - id: no-leaks
                fiscal_year: 2025
                text: No leaks in the group
                metric: {id: incidents, scope: {relationship: [parent, subsidiary]}}
                target: "\(target)"
                achievement: "\(achievement)"
            """)
        try project.dataset(.incidents, company: "JP1", [[:]])
        if !complete { try project.remove("data/FY2025/US1/incidents.csv") }
        return project
    }

    @Test func anInvertedGoalStatusSectionIsLeftOutForAGoalNotJudged() throws {
        for key in ["met", "not_met", "zero", "nonzero"] {
            let project = try Self.goalProject(achievement: "Leaks: {{value}}{{^\(key)}} CLAIM{{/\(key)}}.", complete: false)
            defer { project.cleanUp() }
            let report = try Honest.report(project)
            let sentence = try EditionNarrative.achievements(report, edition: .english)["no-leaks"] ?? ""
            #expect(!sentence.contains("CLAIM"), "\(key): \(sentence)")
            let warnings = report.shownDiagnostics.filter { $0.location.path == "pipeline.yaml" && $0.severity == .warning }.map(\.description)
            #expect(warnings.count == 1, "\(key): \(warnings)")
            #expect(warnings.first?.contains("{{^\(key)}} is left out") == true, "\(key): \(warnings)")
            #expect(warnings.first?.contains("insufficient data") == true)
        }
    }

    @Test func anInvertedGoalStatusSectionRendersForAJudgedGoal() throws {
        // Complete, one leak against "= 0": not met.
        for (key, shown) in [("met", true), ("not_met", false), ("zero", true), ("nonzero", false)] {
            let project = try Self.goalProject(achievement: "Leaks: {{value}}{{^\(key)}} CLAIM{{/\(key)}}.", complete: true)
            defer { project.cleanUp() }
            let report = try Honest.report(project)
            #expect(report.goals.first?.status == .notMet)
            let sentence = try EditionNarrative.achievements(report, edition: .english)["no-leaks"] ?? ""
            #expect(sentence.contains("CLAIM") == shown, "\(key): \(sentence)")
            #expect(report.shownDiagnostics.filter { $0.location.path == "pipeline.yaml" }.isEmpty)
        }
    }

    @Test func anAchievementHandlingTheIncompleteCaseGetsNoWarning() throws {
        let project = try Self.goalProject(
            achievement: "{{#met}}Met.{{/met}}{{#not_met}}Not met.{{/not_met}}{{#incomplete}}So far {{partial_value}}; {{coverage}}.{{/incomplete}}",
            complete: false)
        defer { project.cleanUp() }
        let report = try Honest.report(project)
        #expect(report.shownDiagnostics.filter { $0.location.path == "pipeline.yaml" }.isEmpty)
        let sentence = try EditionNarrative.achievements(report, edition: .english)["no-leaks"] ?? ""
        #expect(sentence.contains("So far at least 1; reported by 2 of 3"), "\(sentence)")
    }
}
