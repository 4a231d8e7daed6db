import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17, "root cause first": problems that only follow from a rejected file or value are counted, not printed.
@Suite("Root cause first")
struct RootCauseTests {
    @Test func aShiftJISRegistryIsOneErrorAndTheFoldersItCouldNotNameFollowFromIt() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.writeCP932("data/companies.csv", TestProject.registry.replacingOccurrences(of: "Parent Co.", with: "親会社株式会社"))
        #expect(project.errorList.count == 1)
        #expect(project.errorList.first?.hasPrefix("data/companies.csv: error: not UTF-8; it looks like Shift_JIS (CP932)") == true)
        let result = try EndToEndTests.run(["check"], in: project.root)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("is not a company"))
        #expect(!result.stderr.contains("no parent company"))
        #expect(result.stderr.contains("1 error, 0 warnings in 1 file; 3 more follow from them"), "\(result.stderr)")
    }

    @Test func aRegistryWithABrokenHeaderHidesTheFolderErrors() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/companies.csv", TestProject.registry.replacingOccurrences(of: "relationship,", with: "relation,"))
        let errors = project.errorList
        #expect(errors.allSatisfy { $0.hasPrefix("data/companies.csv:1:") }, "\(errors)")
        #expect(!errors.isEmpty)
    }

    @Test func aRejectedRegistryRowHidesItsFolderAndChildErrorsOnly() throws {
        for broken in [["country": "J P"], ["major": "perhaps"], ["consolidated_from": "2010-04-31"]] {
            let project = try TestProject.group()
            defer { project.cleanUp() }
            var rows = TestProject.registryRows
            rows[1].merge(broken) { _, new in new }  // JP1
            rows.append(["code": "JP1-S", "name": "Domestic Child", "relationship": "sub-subsidiary", "parent_code": "JP1", "consolidated_from": "2015-04-01"])
            try project.write("data/companies.csv", Rows(.companies).file(rows))
            let errors = project.errorList
            #expect(errors.count == 1, "\(broken): \(errors)")
            #expect(errors.first?.hasPrefix("data/companies.csv:3:") == true, "\(errors)")
        }
    }

    @Test func aFolderNamingNoCompanyIsStillAnErrorWhenTheRegistryIsFine() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "JP2", [])
        #expect(project.errorList == ["data/FY2025/JP2: error: folder 'JP2' is not a company in companies.csv; did you mean 'JP1'?"])
    }

    @Test func aBadPeriodIsOneErrorNotOneForEveryGoalUnderThePlan() throws {
        for period in ["{from: 2021-13, to: 2026-03}", "{from: 2021-04, to: 2026}", "2021-2026", "{from: 2021-04}"] {
            let yaml = TestProject.pipeline + """

                medium_term:
                  period: \(period)
                  goals:
                    - {id: governance, title: Governance}
                    - {id: people, title: People}
                goals:
                  - {id: a, under: governance, fiscal_year: 2025, text: A}
                  - {id: b, under: governance, fiscal_year: 2025, text: B}
                  - {id: c, under: people, fiscal_year: 2025, text: C}
                """
            let (_, diagnostics) = decodeConfig(yaml)
            let shown = DiagnosticListing(diagnostics).diagnostics
            #expect(shown.count == 1, "\(period): \(shown)")
            #expect(shown.first?.location.line == 9, "\(period): \(shown)")
        }
    }

    @Test func anUnderNamingNoGoalIsStillAnErrorWithAGoodPlan() {
        let (_, diagnostics) = decodeConfig(TestProject.pipeline + """

            medium_term:
              period: {from: 2021-04, to: 2026-03}
              goals:
                - {id: governance, title: Governance}
            goals:
              - {id: a, under: governence, fiscal_year: 2025, text: A}
            """)
        #expect(diagnostics.map(\.message) == ["'under' names no medium-term goal 'governence'; did you mean 'governance'?"])
        #expect(!diagnostics.contains { $0.followsFromEarlierError })
    }

    @Test func aLedgerRowRejectedForOneColumnDoesNotMakeItsReviewsFail() throws {
        let variants = [
            ["specific_personal_info": "maybe"], ["subjects": "ten"], ["registered_on": "2020-04-31"], ["department": ""],
            ["cross_border": "yes"],
        ]
        for broken in variants {
            let project = try TestProject.group()
            defer { project.cleanUp() }
            try project.dataset(.ledger, company: "JP1", [broken, ["form_id": "F2"]])
            try project.dataset(.reviews, company: "JP1",
                [["kind": "control-form", "subject": "F1"], ["review_id": "R2", "kind": "control-form", "subject": "F2"],
                 ["review_id": "R3", "kind": "control-form", "subject": "F9"]])
            let errors = project.errorList
            #expect(errors.count == 2, "\(broken): \(errors)")
            #expect(errors.first?.hasPrefix("data/FY2025/JP1/ledger.csv:2:") == true, "\(errors)")
            #expect(errors.last?.hasPrefix("data/FY2025/JP1/reviews.csv:4:") == true, "a form in no row at all is still an error: \(errors)")
        }
    }

    @Test func aLedgerWithABrokenHeaderHidesEveryReviewSubjectError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/JP1/ledger.csv", TestProject.header(.ledger).replacingOccurrences(of: "risk", with: "risks") + Rows(.ledger).row() + "\n")
        try project.dataset(.reviews, company: "JP1", [["kind": "control-form", "subject": "F1"]])
        let errors = project.errorList
        #expect(errors.allSatisfy { $0.hasPrefix("data/FY2025/JP1/ledger.csv:1:") }, "\(errors)")
    }

    @Test func theSummaryCountsWhatFollowsAndFollowOnsAloneAreShown() {
        let root = Diagnostic.error(at: SourceLocation(path: "a.csv", line: 1, column: 1), "root")
        let follow = (1...48).map { Diagnostic.followOn(at: SourceLocation(path: "b.csv", line: $0, column: 1), "follows") }
        let listing = DiagnosticListing([root] + follow)
        #expect(listing.text == "a.csv:1:1: error: root\n1 error, 0 warnings in 1 file; 48 more follow from them (fix these first; --json lists all)")
        let alone = DiagnosticListing(Array(follow.prefix(2)))
        #expect(alone.errorCount == 2)
        #expect(alone.followOnCount == 0)
        #expect(Diagnostic.warning(at: root.location, "w").asError.severity == .error)
        #expect(follow[0].asError.followsFromEarlierError)
    }
}
