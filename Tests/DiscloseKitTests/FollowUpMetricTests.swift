import Testing

@testable import DiscloseKit

/// The metrics issue 30 added for figures of the reference page, each exact to the day like the others.
@Suite("Administrators and post-incident verifications, exact to the day")
struct FollowUpMetricTests {
    @Test func anAdministratorCountsWhenActiveOnFYEnd() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // JP1: appointed on FY end → active. JP2: ended on FY end (first day without) → not. US1: ended the day after → active.
        try group.rows(.appointments, "JP1", [["appointed_on": "2026-03-31"]])
        try group.rows(.appointments, "JP2", [["ended_on": "2026-03-31"]])
        try group.rows(.appointments, "US1", [["ended_on": "2026-04-01"]])
        // P: a professional only, and an administrator appointed the day after FY end → no administrator at FY end.
        try group.rows(.appointments, "P", [["person_id": "B", "role": "professional"], ["appointed_on": "2026-04-01"]])
        let result = try group.evaluate("administrator_companies", scope: MetricFixture.everyone)
        #expect(result.value == .count(2))
        #expect(result.ratio == Ratio(2, 4))
        #expect(result.kind == .countOfScope)
        // DE1 (deconsolidated) is out of scope even with an administrator.
        try group.rows(.appointments, "DE1", [[:]])
        #expect(try group.evaluate("administrator_companies", scope: CompanyScope(region: [.overseas])).ratio == Ratio(1, 1))
    }

    @Test func anIncidentIsFollowedUpByAVerificationOnOrAfterItsDiscoveryAndByFYEnd() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        // P: discovered 2025-06-10, verified that same day → followed up.
        try group.rows(.incidents, "P", [["incident_id": "I1", "occurred_on": "2025-06-01", "discovered_on": "2025-06-10", "records_affected": "5"]])
        try group.rows(.reviews, "P", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2025-06-10"]])
        // JP1: discovered 2025-09-02, verified the day before only → not followed up.
        try group.rows(.incidents, "JP1", [["incident_id": "I1", "type": "loss", "occurred_on": "2025-09-01", "discovered_on": "2025-09-02", "records_affected": "1"]])
        try group.rows(.reviews, "JP1", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2025-09-01"]])
        // JP2: discovered 2026-03-31, verified on FY end → followed up; an inspection is no verification.
        try group.rows(.incidents, "JP2", [["incident_id": "I1", "type": "theft", "occurred_on": "2026-03-30", "discovered_on": "2026-03-31", "records_affected": "1"], ["incident_id": "I2", "type": "external-complaint", "discovered_on": "2025-05-01", "records_affected": "0"]])
        try group.rows(.reviews, "JP2", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2026-03-31"]])
        // US1: discovered 2026-02-01, verified only after FY end (2026-04-01) → not followed up; an inspection in the FY does not count.
        try group.rows(.incidents, "US1", [["incident_id": "I1", "type": "unauthorized-access", "occurred_on": "2026-01-30", "discovered_on": "2026-02-01", "records_affected": "9"]])
        try group.rows(.reviews, "US1", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2026-04-01"], ["review_id": "N1", "kind": "inspection", "subject": "All", "performed_on": "2026-02-02"]])
        let lossOrLeak = ["type": ["loss", "leak", "theft", "unauthorized-access"]]
        let result = try group.evaluate("incident_verification_coverage", scope: MetricFixture.everyone, filter: lossOrLeak)
        #expect(result.ratio == Ratio(2, 4))
        // Without the filter the complaint at JP2 counts too, followed up by JP2's verification on FY end (it is later).
        #expect(try group.evaluate("incident_verification_coverage", scope: MetricFixture.everyone).ratio == Ratio(3, 5))
        // An incident discovered in FY2024 is not in FY2025's figure.
        try group.rows(.incidents, "P", [["incident_id": "I1", "occurred_on": "2025-06-01", "discovered_on": "2025-06-10", "records_affected": "5"], ["incident_id": "I0", "occurred_on": "2025-03-30", "discovered_on": "2025-03-31", "records_affected": "5"]])
        #expect(try group.evaluate("incident_verification_coverage", scope: MetricFixture.everyone, filter: lossOrLeak).ratio == Ratio(2, 4))
    }

    @Test func aVerificationAtAnotherCompanyDoesNotFollowUpAnIncident() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.incidents, "JP1", [["incident_id": "I1", "occurred_on": "2025-06-01", "discovered_on": "2025-06-10", "records_affected": "5"]])
        try group.rows(.reviews, "P", [["review_id": "S1", "kind": "security-verification", "subject": "All", "performed_on": "2025-07-01"]])
        let result = try group.evaluate("incident_verification_coverage", scope: MetricFixture.everyone)
        #expect(result.ratio == Ratio(0, 1))
    }

    @Test func theNewMetricsAreDeclaredOnceWithBothEditionsRulesAndATopic() throws {
        for id in ["administrator_companies", "incident_verification_coverage"] {
            let definition = try #require(MetricCatalog.all[id])
            #expect(MetricCatalog.ids.filter { $0 == id }.count == 1)
            #expect(!definition.rule.isEmpty)
            #expect(Edition.japaneseRules[id] != nil)
            #expect(definition.topic != .other)
        }
        // Every built-in metric has a topic of the reference page.
        for definition in MetricCatalog.definitions { #expect(definition.topic != .other, "\(definition.id)") }
    }
}
