/// Built-in metrics for the reference page's verifications and appointments that the first catalog did not cover:
/// an Administrator at each company, and the verification that follows an incident.
extension MetricCatalog {
    static let administratorCompanies = MetricDefinition(
        id: "administrator_companies", unit: "companies", topic: .managementSystems, kind: .countOfScope,
        reads: ["appointments"],
        rule: "companies with an administrator active at FY end",
        rows: { q in
            q.select(from: "appointments", .equals("role", .text("administrator")), .activeAtEnd(from: "appointed_on", until: "ended_on"))
        }
    ) { q in
        "COUNT(DISTINCT company) AS numerator, \(q.scopeCount) AS denominator"
    }

    static let incidentVerificationCoverage = MetricDefinition(
        id: "incident_verification_coverage", unit: "%", topic: .verifications, kind: .percent,
        reads: ["incidents", "reviews"], filters: .columns(["type", "substantiated"], of: DatasetCatalog.incidents),
        rule: "share of incidents discovered in the FY after which the same company performed a security verification, "
            + "on the day of discovery or later and by FY end"
    ) { q in
        """
        SELECT COALESCE(SUM(EXISTS (SELECT 1 FROM reviews r WHERE r.fiscal_year = \(q.y) AND r.company = incidents.company \
        AND r.kind = 'security-verification' AND r.performed_on >= incidents.discovered_on AND r.performed_on <= \(q.end))), 0) \
        AS numerator, COUNT(*) AS denominator FROM incidents WHERE \(q.rows) AND \(q.inYear("discovered_on"))\(q.filtered)
        """
    }
}
