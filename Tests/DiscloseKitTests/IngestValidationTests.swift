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
        try project.write(
            "data/FY2025/P/incidents.csv",
            "incident_id,type,occured_on,discovered_on,records_affected,substantiated,regulator_notified,summary\n")
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:1:1: error: missing column 'occurred_on' in incidents.csv (expected: incident_id, type, occurred_on, discovered_on, records_affected, substantiated, regulator_notified, summary)",
            "data/FY2025/P/incidents.csv:1:18: error: unknown column 'occured_on' in incidents.csv; did you mean 'occurred_on'?",
        ])
    }

    @Test func aDuplicateColumnIsAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/P/privacy_mark.csv", "certificate_no,first_certified_on,valid_from,valid_until,status,status\n")
        #expect(project.errorList == ["data/FY2025/P/privacy_mark.csv:1:65: error: duplicate column 'status' in the header"])
    }

    @Test func columnsMayComeInAnyOrder() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write(
            "data/FY2025/P/privacy_mark.csv",
            "status,certificate_no,valid_until,valid_from,first_certified_on\nvalid,PM-1,2026-09-30,2024-10-01,2005-10-01\n")
        #expect(project.errorList == [])
    }

    @Test func anEnumValueOutsideItsSetSuggestsTheClosest() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,lek,2025-05-01,2025-05-02,3,yes,no,"])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:5: error: invalid value 'lek' in field 'type': expected one of loss, leak, theft, unauthorized-access, secondary-use, external-complaint, regulator-claim; did you mean 'leak'?"
        ])
    }

    @Test func aDayThatDoesNotExistIsRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,leak,2025-02-30,2025-05-02,3,yes,no,", "I-2,leak,25/05/01,2025-05-02,3,yes,no,"])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:10: error: invalid date '2025-02-30' in field 'occurred_on': that day does not exist",
            "data/FY2025/P/incidents.csv:3:10: error: invalid date '25/05/01' in field 'occurred_on': expected YYYY-MM-DD",
        ])
    }

    @Test func booleansAreYesOrNo() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,leak,2025-05-01,2025-05-02,3,true,no,"])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:34: error: invalid value 'true' in field 'substantiated': expected yes or no"
        ])
    }

    @Test func aRequiredFieldMustNotBeEmpty() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,leak,,2025-05-02,3,yes,no,"])
        #expect(project.errorList == ["data/FY2025/P/incidents.csv:2:10: error: missing value for required field 'occurred_on'"])
    }

    @Test func countsAreWholeNumbersNotNegative() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,leak,2025-05-01,2025-05-02,-3,yes,no,"])
        #expect(project.errorList == [
            "data/FY2025/P/incidents.csv:2:32: error: invalid number '-3' in field 'records_affected': expected a whole number ≥ 0"
        ])
    }

    @Test func aRetirementBeforeRegistrationIsRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("ledger", company: "P", ["F1,Sales,customer,no,10,no,,no,,low,2025-05-01,2025-04-30"])
        #expect(project.errorList == [
            "data/FY2025/P/ledger.csv:2:48: error: 'retired_on' 2025-04-30 is before 'registered_on' 2025-05-01"
        ])
    }

    @Test func crossBorderFormsNeedATransferBasisAndOutsourcedFormsAPledge() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("ledger", company: "P", ["F1,Sales,customer,no,10,yes,,no,,low,2025-05-01,", "F2,Sales,customer,no,10,no,,yes,,low,2025-05-01,"])
        #expect(project.errorList == [
            "data/FY2025/P/ledger.csv:2:29: error: missing value for field 'transfer_basis': required when cross_border = yes",
            "data/FY2025/P/ledger.csv:3:33: error: missing value for field 'contractor_pledge': required when outsourced = yes",
        ])
    }

    @Test func aNonconformingReviewNeedsAnOpenOrClosedCorrectiveAction() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("reviews", company: "P", ["R1,inspection,Sales,2025-06-01,nonconforming,none"])
        #expect(project.errorList == [
            "data/FY2025/P/reviews.csv:2:46: error: 'corrective_action' must be open or closed when result = nonconforming, found 'none'"
        ])
    }

    @Test func disclosedSubjectsCannotExceedRequestedOrBeDisclosedWhenRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("government_requests", company: "P", ["G1,2025-06-01,court,JP,2,disclosed,3", "G2,2025-06-01,court,JP,2,refused,1"])
        #expect(project.errorList == [
            "data/FY2025/P/government_requests.csv:2:36: error: 'subjects_disclosed' 3 is greater than 'subjects_requested' 2",
            "data/FY2025/P/government_requests.csv:3:34: error: 'subjects_disclosed' must be 0 when outcome = refused, found 1",
        ])
    }

    @Test func aDuplicateIdIsReportedAtItsSecondOccurrence() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,leak,2025-05-01,2025-05-02,3,yes,no,", "I-1,loss,2025-05-01,2025-05-02,3,yes,no,"])
        #expect(project.errorList == ["data/FY2025/P/incidents.csv:3:1: error: duplicate incident_id 'I-1' (first at line 2)"])
    }

    @Test func trainingRowsAreUniqueByPersonCourseAndAssignmentDay() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("training", company: "P", ["E1,employee,general,SEC-WEB,2025-05-01,", "E1,employee,general,SEC-WEB,2025-05-02,", "E1,employee,general,SEC-WEB,2025-05-01,2025-06-01"])
        #expect(project.errorList == [
            "data/FY2025/P/training.csv:4:1: error: duplicate person_id, course, assigned_on '[person_id], SEC-WEB, 2025-05-01' (first at line 2)"
        ])
    }

    @Test func personIdsMustBePseudonymous() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("training", company: "P", ["hanako@example.com,employee,general,SEC-WEB,2025-05-01,", "123456789012,employee,general,SEC-WEB,2025-05-01,"])
        #expect(project.errorList == [
            "data/FY2025/P/training.csv:2:1: error: field 'person_id' must be pseudonymous: it looks like an e-mail address",
            "data/FY2025/P/training.csv:3:1: error: field 'person_id' must be pseudonymous: a 12-digit number may be an Individual Number (My Number)",
        ])
    }

    @Test func courseCodesMustBeDeclared() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("training", company: "P", ["E1,employee,general,SEC-WBE,2025-05-01,"])
        #expect(project.errorList == [
            "data/FY2025/P/training.csv:2:21: error: course 'SEC-WBE' in field 'course' is not declared under 'courses:' in pipeline.yaml; did you mean 'SEC-WEB'?"
        ])
    }

    @Test func controlFormReviewSubjectsMustBeFormsOfTheSameCompany() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("ledger", company: "P", ["F1,Sales,customer,no,10,no,,no,,low,2025-05-01,"])
        try project.dataset("reviews", company: "P", ["R1,control-form,F1,2025-06-01,conforming,none", "R2,control-form,F2,2025-06-01,conforming,none", "R3,management-review,Sales,2025-06-01,conforming,none"])
        #expect(project.errorList == [
            "data/FY2025/P/reviews.csv:3:17: error: control-form review subject 'F2' is not a form_id in this company's ledger.csv; did you mean 'F1'?"
        ])
    }

    @Test func theRegistryNeedsExactlyOneParentAndKnownParentCodes() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/companies.csv", """
            code,name,country,relationship,parent_code,major,consolidated_from,consolidated_until
            P,Parent Co.,JP,parent,,no,2000-04-01,
            JP1,Domestic One,JP,subsidiary,PP,yes,2010-04-01,
            US1,Overseas One,US,parent,,yes,2010-04-01,
            X2,No Parent,JP,subsidiary,,no,2010-04-01,

            """)
        #expect(project.errorList == [
            "data/companies.csv:3:32: error: parent_code 'PP' is not a company in the registry; did you mean 'P'?",
            "data/companies.csv:4:1: error: a second parent company 'US1': exactly one is allowed (the first is at line 2)",
            "data/companies.csv:5:28: error: missing value for field 'parent_code': required unless relationship = parent",
        ])
    }

    @Test func aFolderForACompanyNotInTheRegistryIsAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/JP2/ledger.csv", TestProject.header("ledger"))
        #expect(project.errorList == ["data/FY2025/JP2: error: folder 'JP2' is not a company in companies.csv; did you mean 'JP1'?"])
    }

    @Test func anUnknownDatasetFileIsAnError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/P/ledgers.csv", TestProject.header("ledger"))
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
        try project.dataset("training_sessions", company: "P", (1...5).map { "S\($0),lecture,Talk,all,2025-05-01" })
        #expect(project.errorList == [
            "data/FY2025/P/training_sessions.csv:5:1: error: too many rows: limits.max_rows_per_file is 3; the rest of the file was not read"
        ])
    }

    @Test func fiveDefectsInThreeFilesAreAllReportedInOneRun() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset("incidents", company: "P", ["I-1,lek,2025-05-01,2025-05-02,3,yes,no,", "I-1,leak,2025-05-01,2025-05-02,3,yes,no,"])
        try project.dataset("ledger", company: "JP1", ["F1,Sales,customer,maybe,10,no,,no,,low,2025-05-01,"])
        try project.dataset("training", company: "US1", ["a@b.co,employee,general,SEC-WEB,2025-05-01,", "E2,staff,general,SEC-WEB,2025-05-01,"])
        let errors = project.errorList
        #expect(errors.count == 5)
        #expect(Set(errors.map { $0.components(separatedBy: ":").first ?? "" }).count == 3)
        #expect(errors == errors.sorted { $0.compare($1, options: .numeric) == .orderedAscending })
    }
}
