/// The built-in metrics of SPEC §3, each declared once with its query.
///
/// Adding a metric is one declaration here (or in `MetricCatalog+Events.swift`) plus its entry in
/// `definitions`; the test that walks every metric evaluates it on a fixture.
public enum MetricCatalog {
    /// Every built-in metric, by id.
    public static let all: [String: MetricDefinition] = Dictionary(
        uniqueKeysWithValues: definitions.map { ($0.id, $0) })

    /// Built-in metric ids in a stable order.
    public static let ids: [String] = definitions.map(\.id)

    /// Every built-in metric, in the order `explain` and the schema list them.
    public static let definitions: [MetricDefinition] = [
        companiesInScope, ledgerAdoption, ledgerAdoptionNew, controlFormReviewCoverage, managementReviewCoverage,
        securityVerificationCoverage, internalAuditCoverage, inspectedCompanies, openCorrectiveActions,
        managementSystemCompanies, managementSystemNew, incidents, recordsAffected, governmentRequests,
        governmentRequestDisclosureRate, trainingCompletion, trainingSessions, privacyMarkHolders,
        privacyMarkFirstCertified, crossBorderForms, specificPIForms, contractorPledgeCoverage, administratorCompanies,
        incidentVerificationCoverage,
    ]

    static let companiesInScope = MetricDefinition(
        id: "companies_in_scope", unit: "companies", topic: .managementSystems, kind: .count, reads: [],
        rule: "companies consolidated at FY end"
    ) { q in
        "SELECT \(q.scopeCount) AS value"
    }

    static let ledgerAdoption = MetricDefinition(
        id: "ledger_adoption", unit: "companies", topic: .controlForms, kind: .countOfScope, reads: ["ledger"],
        rule: "companies with at least one control form active at FY end",
        rows: { q in q.select(from: "ledger", .activeAtEnd(from: "registered_on", until: "retired_on")) }
    ) { q in
        "COUNT(DISTINCT company) AS numerator, \(q.scopeCount) AS denominator"
    }

    static let ledgerAdoptionNew = MetricDefinition(
        id: "ledger_adoption_new", unit: "companies", topic: .controlForms, kind: .count, reads: ["ledger"],
        rule: "companies whose first-ever control form registration falls in the FY"
    ) { q in
        """
        SELECT COUNT(*) AS value FROM (SELECT company, MIN(registered_on) AS first_on FROM ledger \
        WHERE \(q.rows) GROUP BY company) WHERE first_on BETWEEN \(q.start) AND \(q.end)
        """
    }

    static let controlFormReviewCoverage = MetricDefinition(
        id: "control_form_review_coverage", unit: "%", topic: .verifications, kind: .percent, reads: ["ledger", "reviews"],
        rule: "share of control forms active at any time in the FY that had a control-form review in the FY"
    ) { q in
        """
        SELECT COUNT(r.subject) AS numerator, COUNT(*) AS denominator FROM ledger l \
        LEFT JOIN (SELECT DISTINCT company, subject FROM reviews WHERE fiscal_year = \(q.y) AND kind = 'control-form' \
        AND \(q.inYear("performed_on"))) r ON r.company = l.company AND r.subject = l.form_id \
        WHERE l.fiscal_year = \(q.y) AND l.\(q.inScope) AND \(q.activeDuringYear("l.registered_on", "l.retired_on"))
        """
    }

    static let managementReviewCoverage = MetricDefinition(
        id: "management_review_coverage", unit: "%", topic: .verifications, kind: .percent, reads: ["ledger", "reviews"],
        rule: "share of (company, department) pairs with a form active in the FY that had a management review of that department in the FY"
    ) { q in
        """
        SELECT COUNT(r.subject) AS numerator, COUNT(*) AS denominator \
        FROM (SELECT DISTINCT company, department FROM ledger WHERE \(q.rows) \
        AND \(q.activeDuringYear("registered_on", "retired_on"))) p \
        LEFT JOIN (SELECT DISTINCT company, subject FROM reviews WHERE fiscal_year = \(q.y) AND kind = 'management-review' \
        AND \(q.inYear("performed_on"))) r ON r.company = p.company AND r.subject = p.department
        """
    }

    static let securityVerificationCoverage = MetricDefinition(
        id: "security_verification_coverage", unit: "%", topic: .verifications, kind: .percent, reads: ["reviews"],
        rule: "share of companies with a security verification in the FY", rows: reviews(of: "security-verification")
    ) { q in
        "COUNT(DISTINCT company) AS numerator, \(q.scopeCount) AS denominator"
    }

    static let internalAuditCoverage = MetricDefinition(
        id: "internal_audit_coverage", unit: "%", topic: .verifications, kind: .percent, reads: ["reviews"],
        rule: "share of companies with an internal audit in the FY", rows: reviews(of: "internal-audit")
    ) { q in
        "COUNT(DISTINCT company) AS numerator, \(q.scopeCount) AS denominator"
    }

    /// The reviews of `kind` performed in the FY.
    static func reviews(of kind: String) -> @Sendable (MetricQuery) -> RowSelection {
        { q in q.select(from: "reviews", .equals("kind", .text(kind)), .inYear("performed_on")) }
    }

    static let inspectedCompanies = MetricDefinition(
        id: "inspected_companies", unit: "companies", topic: .verifications, kind: .count, reads: ["reviews"],
        rule: "companies with at least one inspection in the FY", rows: reviews(of: "inspection")
    ) { _ in
        "COUNT(DISTINCT company) AS value"
    }

    static let openCorrectiveActions = MetricDefinition(
        id: "open_corrective_actions", unit: "reviews", topic: .verifications, kind: .count, reads: ["reviews"],
        rule: "nonconforming reviews performed in the FY whose corrective action is still open",
        rows: { q in
            q.select(
                from: "reviews", .equals("result", .text("nonconforming")), .equals("corrective_action", .text("open")),
                .inYear("performed_on"))
        }
    ) { _ in
        "COUNT(*) AS value"
    }

    static let managementSystemCompanies = MetricDefinition(
        id: "management_system_companies", unit: "companies", topic: .managementSystems, kind: .countOfScope, reads: ["appointments"],
        rule: "companies with an administrator and a professional both active at FY end"
    ) { q in
        """
        SELECT COUNT(*) AS numerator, \(q.scopeCount) AS denominator FROM (SELECT company FROM appointments \
        WHERE \(q.rows) AND \(q.activeAtEnd("appointed_on", "ended_on")) GROUP BY company \
        HAVING SUM(role = 'administrator') > 0 AND SUM(role = 'professional') > 0)
        """
    }

    static let managementSystemNew = MetricDefinition(
        id: "management_system_new", unit: "companies", topic: .managementSystems, kind: .count, reads: ["appointments"],
        rule: "companies whose first day ever with an administrator and a professional active on the same day falls in the FY"
    ) { q in
        """
        SELECT COUNT(*) AS value FROM (SELECT a.company, MIN(MAX(a.appointed_on, p.appointed_on)) AS first_day \
        FROM appointments a JOIN appointments p ON p.fiscal_year = a.fiscal_year AND p.company = a.company \
        WHERE a.fiscal_year = \(q.y) AND a.\(q.inScope) AND a.role = 'administrator' AND p.role = 'professional' \
        AND MAX(a.appointed_on, p.appointed_on) < MIN(COALESCE(a.ended_on, '9999-12-31'), COALESCE(p.ended_on, '9999-12-31')) \
        GROUP BY a.company) WHERE first_day BETWEEN \(q.start) AND \(q.end)
        """
    }
}
