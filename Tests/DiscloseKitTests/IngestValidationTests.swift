import Foundation
import Testing

@testable import DiscloseKit

@Suite("Data contract validation")
struct IngestValidationTests {
    @Test func aValidHeaderOnlyGroupHasNoDiagnostics() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        #expect(try project.diagnostics() == [])
    }

    @Test func anUnknownColumnIsLocatedWithASuggestion() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let rows = Rows(.incidents)
        try project.write("data/FY2025/P/incidents.csv", rows.header.replacingOccurrences(of: "occurred_on", with: "occured_on"))
        let expected = rows.spec.columns.map(\.name).joined(separator: ", ")
        let column = rows.position(of: "occurred_on", in: rows.spec.headerLine)
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:1:1: error: missing column 'occurred_on' in incidents.csv (expected: \(expected))",
            "data/FY2025/P/incidents.csv:1:\(column): error: unknown column 'occured_on' in incidents.csv; did you mean 'occurred_on'?",
        ])
    }

    @Test func aDuplicateColumnIsAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let header = Rows(.privacyMark).spec.headerLine
        try project.write("data/FY2025/P/privacy_mark.csv", header + ",status\n")
        #expect(project.errorList == ["data/FY2025/P/privacy_mark.csv:1:\(header.utf8.count + 2): error: duplicate column 'status' in the header"])
    }

    @Test func columnsMayComeInAnyOrder() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let rows = Rows(.privacyMark)
        let reversed = { (line: String) in line.split(separator: ",", omittingEmptySubsequences: false).reversed().joined(separator: ",") + "\n" }
        try project.write("data/FY2025/P/privacy_mark.csv", reversed(rows.spec.headerLine) + reversed(rows.row()))
        #expect(project.errorList == [])
    }

    @Test func anEnumValueOutsideItsSetSuggestsTheClosest() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["type": "lek"]])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:5: error: invalid value 'lek' in field 'type': expected one of loss, leak, theft, unauthorized-access, secondary-use, external-complaint, regulator-claim; did you mean 'leak'?"
        ])
    }

    @Test func aDayThatDoesNotExistIsRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["occurred_on": "2025-02-30"], ["incident_id": "I-2", "occurred_on": "25/05/01"]])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:10: error: invalid date '2025-02-30' in field 'occurred_on': that day does not exist",
            "data/FY2025/P/incidents.csv:3:10: error: invalid date '25/05/01' in field 'occurred_on': expected YYYY-MM-DD",
        ])
    }

    @Test func booleansAreYesOrNo() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["substantiated": "true"]])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:34: error: invalid value 'true' in field 'substantiated': expected yes or no"
        ])
    }

    @Test func aRequiredFieldMustNotBeEmpty() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["occurred_on": ""]])
        #expect(project.errorList == ["data/FY2025/P/incidents.csv:2:10: error: missing value for required field 'occurred_on'"])
    }

    @Test func countsAreWholeNumbersNotNegative() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["records_affected": "-3"]])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:32: error: invalid number '-3' in field 'records_affected': expected a whole number ≥ 0"
        ])
    }

    @Test func aRetirementBeforeRegistrationIsRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.ledger, company: "P", [["registered_on": "2025-05-01", "retired_on": "2025-04-30"]])
        #expect(project.errorList == [
            "data/FY2025/P/ledger.csv:2:48: error: 'retired_on' 2025-04-30 is before 'registered_on' 2025-05-01"
        ])
    }

    @Test func crossBorderFormsNeedATransferBasisAndOutsourcedFormsAPledge() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.ledger, company: "P", [["cross_border": "yes", "registered_on": "2025-05-01"], ["form_id": "F2", "outsourced": "yes", "registered_on": "2025-05-01"]])
        #expect(project.errorList == [
            "data/FY2025/P/ledger.csv:2:29: error: missing value for field 'transfer_basis': required when cross_border = yes",
            "data/FY2025/P/ledger.csv:3:33: error: missing value for field 'contractor_pledge': required when outsourced = yes",
        ])
    }

    @Test func aNonconformingReviewNeedsAnOpenOrClosedCorrectiveAction() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.reviews, company: "P", [["kind": "inspection", "result": "nonconforming"]])
        #expect(project.errorList == [
            "data/FY2025/P/reviews.csv:2:46: error: 'corrective_action' must be open or closed when result = nonconforming, found 'none'"
        ])
    }

    @Test func disclosedSubjectsCannotExceedRequestedOrBeDisclosedWhenRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.governmentRequests, company: "P", [["subjects_requested": "2", "subjects_disclosed": "3"], ["request_id": "G2", "subjects_requested": "2", "outcome": "refused"]])
        #expect(project.errorList == [
            "data/FY2025/P/government_requests.csv:2:36: error: 'subjects_disclosed' 3 is greater than 'subjects_requested' 2",
            "data/FY2025/P/government_requests.csv:3:34: error: 'subjects_disclosed' must be 0 when outcome = refused, found 1",
        ])
    }

    @Test func aDuplicateIdIsReportedAtItsSecondOccurrence() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [[:], ["type": "loss"]])
        #expect(project.errorList == ["data/FY2025/P/incidents.csv:3:1: error: duplicate incident_id 'I-1' (first at line 2)"])
    }

    @Test func trainingRowsAreUniqueByPersonCourseAndAssignmentDay() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [[:], ["assigned_on": "2025-05-02"], ["completed_on": "2025-06-01"]])
        #expect(project.errorList == [
            "data/FY2025/P/training.csv:4:1: error: duplicate person_id, course, assigned_on '[person_id], SEC-WEB, 2025-05-01' (first at line 2)"
        ])
    }

    @Test func personIdsMustBePseudonymous() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["person_id": "hanako@example.com"], ["person_id": "123456789012"]])
        #expect(project.errorList == [
            "data/FY2025/P/training.csv:2:1: error: field 'person_id' must be pseudonymous: it looks like an e-mail address",
            "data/FY2025/P/training.csv:3:1: error: field 'person_id' must be pseudonymous: a 12-digit number may be an Individual Number (My Number)",
        ])
    }

    @Test func courseCodesMustBeDeclared() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["course": "SEC-WBE"]])
        #expect(project.errorList == [
            "data/FY2025/P/training.csv:2:21: error: course 'SEC-WBE' in field 'course' is not declared under 'courses:' in pipeline.yaml; did you mean 'SEC-WEB'?"
        ])
    }

    @Test func controlFormReviewSubjectsMustBeFormsOfTheSameCompany() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.ledger, company: "P", [["registered_on": "2025-05-01"]])
        try project.dataset(.reviews, company: "P", [["kind": "control-form", "subject": "F1"], ["review_id": "R2", "kind": "control-form", "subject": "F2"], ["review_id": "R3"]])
        #expect(project.errorList == [
            "data/FY2025/P/reviews.csv:3:17: error: control-form review subject 'F2' is not a form_id in this company's ledger.csv; did you mean 'F1'?"
        ])
    }

    @Test func theRegistryNeedsExactlyOneParentAndKnownParentCodes() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/companies.csv", Rows(.companies).file([
            [:],
            ["code": "JP1", "name": "Domestic One", "relationship": "subsidiary", "parent_code": "PP", "major": "yes", "consolidated_from": "2010-04-01"],
            ["code": "US1", "name": "Overseas One", "country": "US", "major": "yes", "consolidated_from": "2010-04-01"],
            ["code": "X2", "name": "No Parent", "relationship": "subsidiary", "consolidated_from": "2010-04-01"],
        ]))
        #expect(project.errorList == [
            "data/companies.csv:3:32: error: parent_code 'PP' is not a company in the registry; did you mean 'P'?",
            "data/companies.csv:4:1: error: a second parent company 'US1': exactly one is allowed (the first is at line 2)",
            "data/companies.csv:5:28: error: missing value for field 'parent_code': required unless relationship = parent",
        ])
    }

    @Test func aFolderForACompanyNotInTheRegistryIsAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/JP2/ledger.csv", TestProject.header(.ledger))
        #expect(project.errorList == ["data/FY2025/JP2: error: folder 'JP2' is not a company in companies.csv; did you mean 'JP1'?"])
    }

    @Test func anUnknownDatasetFileIsAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/P/ledgers.csv", TestProject.header(.ledger))
        #expect(project.errorList.first?.hasPrefix("data/FY2025/P/ledgers.csv: error: unknown dataset file 'ledgers.csv'") == true)
    }

    @Test func aMissingFileIsAWarningAndStrictMakesItAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/US1/incidents.csv")
        let expected = "data/FY2025/US1/incidents.csv: warning: missing file: US1 did not report incidents for FY2025 (a header-only file reports zero rows)"
        #expect(try project.diagnostics() == [expected])
        let validation = try Pipeline(options: project.options()).validate()
        #expect(validation.data.missing == [MissingDataset(fiscalYear: 2025, company: "US1", dataset: "incidents")])
        #expect(validation.data.isValid())
        #expect(!validation.data.isValid(strict: true))
    }

    @Test func aHeaderOnlyFileIsASubmissionOfZeroRows() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let validation = try Pipeline(options: project.options()).validate()
        #expect(validation.data.submitted("incidents", by: "US1", in: 2025))
        #expect(validation.data.rowCounts[Submission(fiscalYear: 2025, company: "US1", dataset: "incidents")] == 0)
    }

    @Test func anEmptyFileIsReportedAtLineOne() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/P/incidents.csv", "")
        #expect(project.errorList == ["data/FY2025/P/incidents.csv:1:1: error: file is empty: expected a header row"])
    }

    @Test func theRowLimitStopsReadingWithALocatedError() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nlimits: {max_rows_per_file: 3}\n")
        defer { project.cleanUp() }
        try project.dataset(.trainingSessions, company: "P", (1...5).map { ["session_id": "S\($0)"] })
        #expect(project.errorList == [
            "data/FY2025/P/training_sessions.csv:5:1: error: too many rows: limits.max_rows_per_file is 3; the rest of the file was not read"
        ])
    }

    @Test func fiveDefectsInThreeFilesAreAllReportedInOneRun() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["type": "lek"], [:]])
        try project.dataset(.ledger, company: "JP1", [["specific_personal_info": "maybe", "registered_on": "2025-05-01"]])
        try project.dataset(.training, company: "US1", [["person_id": "a@b.co"], ["person_id": "E2", "population": "staff"]])
        let errors = project.errorList
        #expect(errors.count == 5)
        #expect(Set(errors.map { $0.components(separatedBy: ":").first ?? "" }).count == 3)
        #expect(errors == errors.sorted { $0.compare($1, options: .numeric) == .orderedAscending })
    }
}
