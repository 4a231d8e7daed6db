import Foundation
import Testing

@testable import DiscloseKit

@Suite("pipeline.yaml")
struct PipelineConfigTests {
    static let minimal = """
        disclosure:
          title: Privacy
          organization: Example Group
          fiscal_year: 2025
          home_country: JP
        """

    @Test func aMinimalFileTakesTheDefaults() throws {
        let (config, diagnostics) = decodeConfig(Self.minimal)
        #expect(diagnostics.isEmpty)
        let settings = try #require(config).disclosure
        #expect(settings.fiscalYearStartMonth == 4)
        #expect(settings.scopeNote == nil)
        #expect(settings.languages == ["en"])
        #expect(config?.paths.output == "output")
        #expect(config?.limits.maxRowsPerFile == 5_000_000)
    }

    @Test func anUnknownKeyIsLocatedWithASuggestion() {
        let (_, diagnostics) = decodeConfig(Self.minimal + "\n  fiscal_year_start_mnth: 4\n")
        #expect(diagnostics.map(\.description) == [
            "pipeline.yaml:6:3: error: unknown key 'fiscal_year_start_mnth' in 'disclosure'; did you mean 'fiscal_year_start_month'?"
        ])
    }

    @Test func aMissingRequiredKeyIsReportedAtItsMapping() {
        let (_, diagnostics) = decodeConfig("disclosure:\n  title: Privacy\n  fiscal_year: 2025\n  home_country: JP\n")
        #expect(diagnostics.map(\.description) == [
            "pipeline.yaml:2:3: error: missing required key 'organization' in 'disclosure'"
        ])
    }

    @Test func aWrongTypeIsLocatedAtTheValue() {
        let yaml = Self.minimal.replacingOccurrences(of: "fiscal_year: 2025", with: "fiscal_year: next")
        let (_, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.map(\.description) == [
            "pipeline.yaml:4:16: error: 'fiscal_year' must be a whole number, found 'next'"
        ])
    }

    @Test func aDuplicateKeyNamesTheFirstLine() {
        let (_, diagnostics) = decodeConfig(Self.minimal + "\n  title: Again\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(path: "pipeline.yaml", line: 6, column: 3))
        #expect(diagnostics.first?.message.contains("line 2") == true)
    }

    @Test func aSyntaxErrorIsLocated() {
        let (_, diagnostics) = decodeConfig("disclosure:\n  title: [unclosed\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.path == "pipeline.yaml")
        #expect((diagnostics.first?.location.line ?? 0) >= 2)
    }

    @Test func everyProblemIsReportedInOneRun() {
        let yaml = """
            disclosure:
              title: Privacy
              organisation: Example
              fiscal_year: 20x5
              home_country: JP
            goals:
              - id: g1
                fiscal_year: 2025
                text: A goal
                metric: {id: incident}
                target: ">= 95%"
              - id: g2
                fiscal_year: 2025
                text: Another
                metric: {id: incidents}
                target: ">= 95%"
              - id: g3
                fiscal_year: 2025
                text: A third
                metric: {id: training_completion}
                target: "about half"
            """
        let (_, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.map(\.description) == [
            "pipeline.yaml:2:3: error: missing required key 'organization' in 'disclosure'",
            "pipeline.yaml:3:3: error: unknown key 'organisation' in 'disclosure'; did you mean 'organization'?",
            "pipeline.yaml:4:16: error: 'fiscal_year' must be a whole number, found '20x5'",
            "pipeline.yaml:10:18: error: unknown metric 'incident'; did you mean 'incidents'?",
            "pipeline.yaml:16:13: error: a % target needs a metric with a denominator; 'incidents' is a count: write a bare number such as '= 0'",
            "pipeline.yaml:21:13: error: cannot read target 'about half': write one of '= 0', '>= 95%', '<= 3', '100%'",
        ])
    }

    @Test func aFilterValueOutsideItsSetIsRefused() {
        let yaml = Self.minimal + """

            figures:
              leaks: {id: incidents, filter: {type: [lost]}}
            """
        let (_, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("'lost' is not a valid type") == true)
        #expect(diagnostics.first?.message.hasSuffix("did you mean 'loss'?") == true)
    }

    @Test func noScopeMeansTheParentAlone() throws {
        let yaml = Self.minimal + "\nfigures:\n  leaks: {id: incidents}\n"
        let (config, _) = decodeConfig(yaml)
        #expect(try #require(config).figures.first?.metric.scope == .parentOnly)
    }

    @Test func scopeValuesTakeOneValueOrAList() throws {
        let yaml = Self.minimal + "\nfigures:\n  a: {id: ledger_adoption, scope: {region: overseas, major: yes, relationship: [subsidiary, sub-subsidiary]}}\n"
        let (config, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.isEmpty)
        let scope = try #require(config?.figures.first?.metric.scope)
        #expect(scope.region == [.overseas])
        #expect(scope.major == true)
        #expect(scope.relationship == [.subSubsidiary, .subsidiary])
    }

    @Test func pathsMustStayInsideTheProject() {
        let yaml = Self.minimal + "\npaths: {data: ../elsewhere, output: /tmp/out}\n"
        let (_, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.map(\.message) == [
            "'data' must stay inside the project folder, found '../elsewhere'",
            "'output' must be a path relative to pipeline.yaml, found absolute path '/tmp/out'",
        ])
    }

    @Test func aGoalUnderAnUnknownMediumTermGoalIsLocated() {
        let yaml = Self.minimal + """

            medium_term:
              period: {from: 2021-04, to: 2026-03}
              goals:
                - {id: governance, title: Governance}
            goals:
              - {id: g, under: governence, fiscal_year: 2025, text: T}
            """
        let (_, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.map(\.description) == [
            "pipeline.yaml:11:20: error: 'under' names no medium-term goal 'governence'; did you mean 'governance'?"
        ])
    }

    @Test func anEmptyFileIsAnError() {
        let (_, diagnostics) = decodeConfig("")
        #expect(diagnostics.map(\.description) == [
            "pipeline.yaml:1:1: error: pipeline.yaml is empty: expected a 'disclosure' mapping"
        ])
    }
}
