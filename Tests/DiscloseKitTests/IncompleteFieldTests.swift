import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, item 9: every field of every kind of incomplete figure is labelled; no number formatter traps.
@Suite("Every field of an incomplete figure is labelled")
struct IncompleteFieldTests {
    static let fields = ["value", "percent", "numerator", "denominator", "partial_value", "month"]

    /// Words that mark a figure as incomplete, per edition.
    static let labels: [String: [String]] = [
        "en": ["reported)", "at least", "so far", "or earlier", "not reported", "no value yet"],
        "ja": ["社が報告", "少なくとも", "現時点で", "以前", "未報告", "値なし"],
    ]

    static let pipeline = TestProject.pipeline

    /// Figures of each kind over the group; US1 sent none of the files they read.
    static func project(name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, pipeline: pipeline + """

            figures:
              count: {id: incidents, scope: {relationship: [parent, subsidiary]}}
              ratio: {id: training_completion, scope: {relationship: [parent, subsidiary]}}
              date: {id: privacy_mark_first_certified, scope: {relationship: [parent, subsidiary]}}
              adoption: {id: ledger_adoption, scope: {relationship: [parent, subsidiary]}}
              sqlratio: {sql: "SELECT (SELECT COUNT(*) FROM training WHERE completed_on IS NOT NULL), (SELECT COUNT(*) FROM training)", scope: {relationship: [parent, subsidiary]}}
            """)
        try project.dataset(.incidents, company: "JP1", [[:]])
        try project.dataset(.training, company: "JP1", [["person_id": "A1", "assigned_on": "2025-04-10", "completed_on": "2025-05-01"], ["person_id": "A2", "assigned_on": "2025-04-10"]])
        try project.dataset(.privacyMark, company: "JP1", [[:]])
        try project.dataset(.ledger, company: "JP1", [[:]])
        for dataset in ["incidents", "training", "privacy_mark", "ledger"] { try project.remove("data/FY2025/US1/\(dataset).csv") }
        return project
    }

    @Test func everyFieldOfEveryKindOfIncompleteFigureIsLabelledInEveryEdition() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let report = try Pipeline(options: project.options()).report().report
        for edition in [Edition.english, .japanese] {
            let globals = NarrativeContext.globals(report, edition: edition)
            for figure in ["count", "ratio", "date", "adoption", "sqlratio"] {
                #expect(report.figures.first { $0.name == figure }?.result.coverage.isComplete == false, "\(figure)")
                for field in Self.fields {
                    let rendered = edition.placeCounters(
                        in: try NarrativeTemplate(context: globals).render(
                            "{{figures.\(figure).\(field)}}", at: SourceLocation(path: "x.md", line: 1, column: 1), markdown: false))
                    let labelled = Self.labels[edition.language, default: []].contains { rendered.contains($0) }
                    #expect(labelled, "\(edition.language) \(figure).\(field) reads bare: '\(rendered)'")
                }
            }
        }
    }

    @Test func aRatioWhoseReportingCompaniesGiveNoDenominatorNeverReadsNotReported() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "JP1", [])
        let report = try Pipeline(options: project.options()).report().report
        let result = try #require(report.figures.first { $0.name == "ratio" }?.result)
        #expect(result.partialValue == .undefined)
        for edition in [Edition.english, .japanese] {
            let cell = edition.figure(result)
            #expect(!cell.contains(edition[.notReported]), "\(edition.language): \(cell)")
            #expect(cell.contains(edition.language == "en" ? "no value yet (2 of 3 companies reported" : "値なし（3社中2社が報告"), "\(cell)")
            let globals = NarrativeContext.globals(report, edition: edition)
            for field in Self.fields {
                let rendered = try NarrativeTemplate(context: globals).render(
                    "{{figures.ratio.\(field)}}", at: SourceLocation(path: "x.md", line: 1, column: 1), markdown: false)
                #expect(!rendered.hasPrefix(edition[.notReported] + " ("), "\(field): \(rendered)")
                #expect(!rendered.hasPrefix(edition[.notReported] + "（"), "\(field): \(rendered)")
            }
        }
    }

    @Test func percentTextNeverTrapsOnAnyPlaces() {
        let ratio = Ratio(943, 1000)
        #expect(ratio.percentText(places: 0) == "94")
        #expect(ratio.percentText(places: 1) == "94.3")
        #expect(ratio.percentText(places: -3) == "94")
        #expect(ratio.percentText(places: 2) == "94.30")
        #expect(ratio.percentText(places: 1000)?.hasPrefix("94.3000") == true)
        #expect(ratio.percentText(places: .max)?.hasPrefix("94.3") == true)
        #expect(ratio.percentText(places: .min) == "94")
        #expect(Ratio(1, 2).percentText(places: 0) == "50")
        #expect(Ratio(1, 200).percentText(places: 0) == "1")
        #expect(Ratio(0, 5).percentText(places: 0) == "0")
        #expect(Ratio(1, 0).percentText(places: 0) == nil)
        for (n, d) in [(Int.max, 1), (Int.min, 1), (Int.max, -1), (Int.min, Int.max), (1, Int.min), (Int.max, Int.max)] {
            for places in [0, 1, 6, Ratio.maxPlaces, 50, -1] {
                #expect(Ratio(n, d).percentText(places: places) != nil)
                _ = Ratio(n, d).percentJSON
            }
        }
        #expect(Ratio(Int.max, 1).percentText(places: 0) == "922337203685477580700")
    }

    @Test func editionNumberFormattersNeverTrap() {
        for edition in [Edition.english, .japanese] {
            for value in [Int.min, Int.min + 1, -1, 0, 1, 999, 1000, Int.max] {
                _ = edition.number(value)
                _ = edition.companies(value)
                _ = edition.files(value)
                _ = edition.rows(value)
                _ = edition.percent(Ratio(value, 7))
                _ = edition.value(.count(value))
            }
            for month in [-1, 0, 1, 12, 13, .max] { _ = edition.monthYear(year: 2025, month: month) }
            #expect(edition.number(Int.min).hasSuffix("808"))
        }
    }
}
