import Testing

@testable import DiscloseKit

@Suite("Built-in metrics, exact to the day")
struct MetricTests {
    @Test func companiesInScopeAreThoseConsolidatedAtFYEnd() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // P, JP1, JP2, US1 are consolidated on 2026-03-31; DE1 left on 2025-10-31; SG1 joins 2026-04-01.
        let result = try group.evaluate("companies_in_scope", scope: MetricFixture.everyone)
        #expect(result.value == .count(4))
        #expect(result.companies == ["JP1", "JP2", "P", "US1"])
        // FY2024 ends 2025-03-31, when DE1 was still consolidated.
        #expect(try group.evaluate("companies_in_scope", scope: MetricFixture.everyone, year: 2024).value == .count(5))
    }

    @Test func aFormRetiredOnFYEndIsNotActiveButOneRetiredTheDayAfterIs() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // retired_on is the first day without: retired 2026-03-31 → not active on 2026-03-31.
        try group.rows(.ledger, "JP1", [MetricFixture.form("F1", registered: "2020-01-01", retired: "2026-03-31")])
        // retired 2026-04-01 → still active on 2026-03-31.
        try group.rows(.ledger, "US1", [MetricFixture.form("F1", registered: "2020-01-01", retired: "2026-04-01")])
        let result = try group.evaluate("ledger_adoption", scope: CompanyScope(relationship: [.subsidiary]))
        // Scope: JP1, US1 (DE1, SG1 out) → 1 of 2.
        #expect(result.value == .count(1))
        #expect(result.ratio == Ratio(1, 2))
    }

    @Test func ledgerAdoptionIsNewWhenTheFirstEverFormIsRegisteredInTheFY() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // JP1: first form 2025-04-01 (first day of FY2025) → new. US1: first form 2025-03-31 → not new.
        try group.rows(.ledger, "JP1", [MetricFixture.form("F1", registered: "2025-04-01"), MetricFixture.form("F2", registered: "2026-01-01")])
        try group.rows(.ledger, "US1", [MetricFixture.form("F1", registered: "2025-03-31"), MetricFixture.form("F2", registered: "2025-06-01")])
        #expect(try group.evaluate("ledger_adoption_new", scope: MetricFixture.everyone).value == .count(1))
    }

    @Test func controlFormReviewCoverageCountsFormsActiveAnyTimeInTheFY() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // Active during FY2025: F1 (whole year), F2 (retired 2025-04-02: active on 04-01), F4 (registered on FY end).
        // F3 retired 2025-04-01 (first day without = FY start) → never active in FY2025. F5 registered after.
        try group.rows(.ledger, "P", [
            MetricFixture.form("F1", registered: "2020-01-01"),
            MetricFixture.form("F2", registered: "2020-01-01", retired: "2025-04-02"),
            MetricFixture.form("F3", registered: "2020-01-01", retired: "2025-04-01"),
            MetricFixture.form("F4", registered: "2026-03-31"),
            MetricFixture.form("F5", registered: "2026-04-01"),
        ])
        // Reviews in FY2025 for F1 and F3; F2 reviewed only in FY2024 (a row dated outside the FY).
        try group.rows(.reviews, "P", [
            ["kind": "control-form", "subject": "F1", "performed_on": "2025-12-01"],
            ["review_id": "R2", "kind": "control-form", "subject": "F2", "performed_on": "2025-03-31"],
            ["review_id": "R3", "kind": "control-form", "subject": "F3", "performed_on": "2025-05-01"],
        ])
        // Numerator: F1 only (F3 is not in the denominator) → 1 of 3 = 33.3 %.
        let result = try group.evaluate("control_form_review_coverage")
        #expect(result.ratio == Ratio(1, 3))
        #expect(Edition.english.value(result.value) == "33.3%")
    }

    @Test func managementReviewCoverageIsPerCompanyDepartmentPair() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // Pairs with active forms: (P, Sales), (P, HR). Only Sales had a management review in FY2025.
        try group.rows(.ledger, "P", [
            MetricFixture.form("F1", "Sales", registered: "2020-01-01"),
            MetricFixture.form("F2", "Sales", registered: "2020-01-01"),
            MetricFixture.form("F3", "HR", registered: "2020-01-01"),
        ])
        try group.rows(.reviews, "P", [["review_id": "M1", "performed_on": "2026-02-01"], ["review_id": "M2", "subject": "HR", "performed_on": "2026-04-01"]])
        #expect(try group.evaluate("management_review_coverage").ratio == Ratio(1, 2))
    }

    @Test func verificationAuditAndInspectionCountCompaniesWithOneInTheFY() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.reviews, "P", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2025-04-01"], ["review_id": "A1", "kind": "internal-audit", "subject": "All", "performed_on": "2026-04-01"]])
        try group.rows(.reviews, "JP1", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2026-03-31"], ["review_id": "I1", "kind": "inspection", "subject": "Ops", "performed_on": "2025-09-01", "result": "nonconforming", "corrective_action": "open"], ["review_id": "I2", "kind": "inspection", "subject": "Ops", "performed_on": "2025-10-01", "result": "observation"]])
        try group.rows(.reviews, "US1", [["review_id": "A1", "kind": "internal-audit", "subject": "All", "result": "nonconforming", "corrective_action": "closed"], ["review_id": "I1", "kind": "inspection", "subject": "Ops", "performed_on": "2025-03-31", "result": "nonconforming", "corrective_action": "open"]])
        let scope = MetricFixture.everyone  // P, JP1, JP2, US1
        #expect(try group.evaluate("security_verification_coverage", scope: scope).ratio == Ratio(2, 4))
        #expect(try group.evaluate("internal_audit_coverage", scope: scope).ratio == Ratio(1, 4))
        #expect(try group.evaluate("inspected_companies", scope: scope).value == .count(1))
        // Open corrective actions on nonconforming reviews performed in FY2025: JP1's I1 only (US1's I1 is FY2024).
        #expect(try group.evaluate("open_corrective_actions", scope: scope).value == .count(1))
    }

    @Test func aManagementSystemNeedsAnAdministratorAndAProfessionalBothActiveAtFYEnd() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // JP1: both active at FY end. JP2: professional ended on FY end (first day without) → incomplete.
        try group.rows(.appointments, "JP1", [[:], ["person_id": "B", "role": "professional", "department": "HR", "appointed_on": "2021-04-01"]])
        try group.rows(.appointments, "JP2", [[:], ["person_id": "B", "role": "professional", "ended_on": "2026-03-31"]])
        let scope = CompanyScope(region: [.domestic], relationship: [.subsidiary, .subSubsidiary])
        let result = try group.evaluate("management_system_companies", scope: scope)
        #expect(result.value == .count(1))
        #expect(result.ratio == Ratio(1, 2))
    }

    @Test func aManagementSystemCompletedOnTheFirstDayOfTheFYIsNew() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // JP1: administrator since 2019; professional appointed 2025-04-01 → first day with both = FY start → new.
        try group.rows(.appointments, "JP1", [["appointed_on": "2019-04-01"], ["person_id": "B", "role": "professional", "appointed_on": "2025-04-01"]])
        // JP2: administrator 2020-04-01 … 2025-06-01 (first day without), professional from 2025-06-01: never overlap.
        try group.rows(.appointments, "JP2", [["ended_on": "2025-06-01"], ["person_id": "B", "role": "professional", "appointed_on": "2025-06-01"]])
        // US1: both since 2025-03-31 → first day with both is in FY2024, not new in FY2025.
        try group.rows(.appointments, "US1", [["appointed_on": "2025-03-31"], ["person_id": "B", "role": "professional", "appointed_on": "2025-03-31"]])
        #expect(try group.evaluate("management_system_new", scope: MetricFixture.everyone).value == .count(1))
        #expect(try group.evaluate("management_system_companies", scope: MetricFixture.everyone).value == .count(2))
    }

    @Test func anIncidentCountsInTheFYItWasDiscoveredIn() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // I1 occurred in FY2024 but was discovered on 2025-04-01 → FY2025. I2 discovered 2026-04-01 → FY2026.
        try group.rows(.incidents, "P", [
            ["incident_id": "I1", "occurred_on": "2025-03-30", "discovered_on": "2025-04-01", "records_affected": "100", "regulator_notified": "yes"],
            ["incident_id": "I2", "type": "loss", "occurred_on": "2026-03-31", "discovered_on": "2026-04-01", "records_affected": "7"],
            ["incident_id": "I3", "type": "external-complaint", "occurred_on": "2025-08-01", "discovered_on": "2025-08-02", "records_affected": "0", "substantiated": "no"],
            ["incident_id": "I4", "type": "theft", "occurred_on": "2025-09-01", "discovered_on": "2025-09-01", "records_affected": "5", "substantiated": "no"],
        ])
        #expect(try group.evaluate("incidents").value == .count(3))
        let lossOrLeak = ["type": ["leak", "loss", "theft", "unauthorized-access"]]
        #expect(try group.evaluate("incidents", filter: lossOrLeak).value == .count(2))
        #expect(try group.evaluate("incidents", filter: lossOrLeak.merging(["substantiated": ["yes"]]) { a, _ in a }).value == .count(1))
        // records_affected sums the same rows: 100 + 5.
        #expect(try group.evaluate("records_affected", filter: lossOrLeak).value == .count(105))
    }

    @Test func governmentRequestsAndTheirDisclosureRate() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.governmentRequests, "P", [
            ["received_on": "2025-05-01", "subjects_requested": "3", "subjects_disclosed": "3"],
            ["request_id": "G2", "requester": "law-enforcement", "subjects_requested": "2", "outcome": "partially-disclosed"],
            ["request_id": "G3", "received_on": "2025-07-01", "requester": "law-enforcement", "country": "US", "subjects_requested": "4", "outcome": "refused", "subjects_disclosed": "0"],
            ["request_id": "G4", "received_on": "2026-04-01"],
        ])
        #expect(try group.evaluate("government_requests").value == .count(3))
        #expect(try group.evaluate("government_requests", filter: ["requester": ["law-enforcement"]]).value == .count(2))
        // Disclosed or partially disclosed: G1, G2 of G1–G3 → 2/3.
        #expect(try group.evaluate("government_request_disclosure_rate").ratio == Ratio(2, 3))
        #expect(try group.evaluate("government_request_disclosure_rate", filter: ["requester": ["law-enforcement"]]).ratio == Ratio(1, 2))
    }

    @Test func trainingCompletionCountsAssignmentsOfTheFYCompletedByFYEnd() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.training, "P", [
            ["assigned_on": "2025-04-01", "completed_on": "2026-03-31"],  // completed on FY end → counts
            ["person_id": "E2", "assigned_on": "2025-04-01", "completed_on": "2026-04-01"],  // completed the day after → not completed
            ["person_id": "E3", "population": "officer"],  // not completed
            ["person_id": "E4", "assigned_on": "2025-03-31", "completed_on": "2025-04-10"],  // assigned in FY2024 → not in FY2025's denominator
            ["person_id": "E5", "population": "dispatched", "course": "SEC-BASIC", "completed_on": "2025-05-02"],  // other course
        ])
        let web = ["course": ["SEC-WEB"]]
        #expect(try group.evaluate("training_completion", filter: web).ratio == Ratio(1, 3))
        #expect(try group.evaluate("training_completion").ratio == Ratio(2, 4))
        #expect(try group.evaluate("training_completion", filter: ["population": ["officer"]]).ratio == Ratio(0, 1))
    }

    @Test func completionOf94Point25PercentRendersAs94Point3AndMisses97Point3() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // 377 of 400 completed = 94.25 %.
        let rows = (0..<400).map { ["person_id": "E\($0)", "completed_on": $0 < 377 ? "2025-06-01" : ""] }
        try group.rows(.training, "P", rows)
        let result = try group.evaluate("training_completion", filter: ["course": ["SEC-WEB"]])
        #expect(Edition.english.value(result.value) == "94.3%")
        #expect(GoalStatus.judge(result, target: Target(">= 94.25%")) == .met)
        #expect(GoalStatus.judge(result, target: Target(">= 94.3%")) == .notMet)
    }

    @Test func trainingSessionsHeldInTheFYByKind() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.trainingSessions, "P", [
            ["session_id": "L1", "audience": "professional", "held_on": "2025-04-01"], ["session_id": "L2", "audience": "professional", "held_on": "2026-03-31"],
            ["session_id": "L3", "audience": "professional", "held_on": "2026-04-01"], ["session_id": "D1", "kind": "drill", "title": "Drill", "audience": "administrator", "held_on": "2025-10-01"],
        ])
        #expect(try group.evaluate("training_sessions").value == .count(3))
        #expect(try group.evaluate("training_sessions", filter: ["kind": ["lecture"]]).value == .count(2))
    }

    @Test func aCertificateExpiringOnFYEndCoversItButOneExpiringTheDayBeforeDoesNot() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.privacyMark, "JP1", [["first_certified_on": "2008-10-01", "valid_from": "2024-04-01", "valid_until": "2026-03-31"]])  // valid_until = FY end → covers
        try group.rows(.privacyMark, "JP2", [["certificate_no": "PM-2", "first_certified_on": "2016-10-01", "valid_from": "2024-03-31", "valid_until": "2026-03-30"]])  // ends the day before → does not
        try group.rows(.privacyMark, "P", [["certificate_no": "PM-3", "valid_from": "2025-10-01", "valid_until": "2027-09-30", "status": "suspended"]])  // not valid
        let scope = CompanyScope(region: [.domestic])
        #expect(try group.evaluate("privacy_mark_holders", scope: scope).value == .count(1))
        // The earliest first certification among the scope's certificates, whatever their status.
        #expect(try group.evaluate("privacy_mark_first_certified", scope: scope).value == .date(Day(year: 2005, month: 10, day: 1) ?? Day(ordinal: 0)))
    }

    @Test func crossBorderAndSpecificPersonalInformationFormsAtFYEnd() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.ledger, "US1", [
            MetricFixture.form("F1", registered: "2020-01-01", crossBorder: "yes", basis: "consent"),
            MetricFixture.form("F2", registered: "2020-01-01", crossBorder: "yes", basis: "contract"),
            MetricFixture.form("F3", registered: "2020-01-01", retired: "2026-03-31", crossBorder: "yes", basis: "contract"),
            MetricFixture.form("F4", registered: "2020-01-01", specific: "yes"),
        ])
        let scope = CompanyScope(region: [.overseas])
        let result = try group.evaluate("cross_border_forms", scope: scope)
        #expect(result.value == .count(2))
        #expect(result.breakdown == ["consent": 1, "contract": 1])
        #expect(try group.evaluate("specific_pi_forms", scope: scope).value == .count(1))
    }

    @Test func aScopeWithACompanyMissingTheDatasetReportsCoverageAndThePartialFigure() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.incidents, "JP1", [["incident_id": "I1", "discovered_on": "2025-05-01", "records_affected": "1"]])
        try group.project.remove("data/FY2025/US1/incidents.csv")
        let result = try group.evaluate("incidents", scope: MetricFixture.everyone)
        #expect(result.value == nil)
        #expect(result.partialValue == .count(1))
        #expect(result.coverage == Coverage(inScope: 4, reported: 3, missingCompanies: ["US1"], missingNames: ["Overseas One"]))
        #expect(GoalStatus.judge(result, target: Target("= 0")) == .insufficientData)
        #expect(!result.isZero)
    }

    @Test func rowsOfCompaniesOutsideTheScopeNeverCount() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // DE1 was deconsolidated mid-year: its incident does not count even in an all-companies scope.
        try group.rows(.incidents, "DE1", [["incident_id": "I1", "discovered_on": "2025-05-01", "records_affected": "1"]])
        #expect(try group.evaluate("incidents", scope: MetricFixture.everyone).value == .count(0))
    }

    @Test func aPercentageOverNothingIsNull() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        let result = try group.evaluate("government_request_disclosure_rate")
        #expect(result.value == MetricValue.undefined)
        #expect(Edition.english.value(result.value) == "—")
        #expect(GoalStatus.judge(result, target: Target(">= 50%")) == .reported)
    }

    @Test func priorYearValuesComeFromThePriorFolder() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.incidents, "P", year: 2024, [["incident_id": "I1", "occurred_on": "2024-05-01", "discovered_on": "2024-05-01", "records_affected": "1"]])
        #expect(try group.evaluate("incidents", year: 2024).value == .count(1))
        #expect(try group.evaluate("incidents", year: 2025).value == .count(0))
    }
}
