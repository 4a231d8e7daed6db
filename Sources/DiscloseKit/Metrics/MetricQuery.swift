import Foundation

/// The SQL behind each built-in metric, written out with literal values so `explain` can show it runnable.
struct MetricQuery {
    let fiscalYear: FiscalYear
    /// Companies whose rows count (the reporting part of the scope).
    let companies: [String]
    let filter: [String: [String]]

    var y: String { String(fiscalYear.label) }
    var start: String { MetricQuery.quote(fiscalYear.start.description) }
    var end: String { MetricQuery.quote(fiscalYear.end.description) }
    var inScope: String { "company IN (\(companies.map(MetricQuery.quote).joined(separator: ", ")))" }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `AND column IN (…)` for each filter given; booleans map to 1/0.
    func filters(_ columns: [String], booleans: Set<String> = []) -> String {
        columns.compactMap { column in
            guard let values = filter[column], !values.isEmpty else { return nil }
            let literals = values.map { booleans.contains(column) ? ($0 == "yes" ? "1" : "0") : MetricQuery.quote($0) }
            return " AND \(column) IN (\(literals.joined(separator: ", ")))"
        }.joined()
    }

    /// Active on FY end: registered on or before it, retired after it (or never).
    func activeAtEnd(_ from: String, _ until: String) -> String {
        "\(from) <= \(end) AND (\(until) IS NULL OR \(until) > \(end))"
    }

    /// Active on some day of the FY.
    func activeDuringYear(_ from: String, _ until: String) -> String {
        "\(from) <= \(end) AND (\(until) IS NULL OR \(until) > \(start))"
    }

    func inYear(_ column: String) -> String { "\(column) BETWEEN \(start) AND \(end)" }

    var scopeCount: String { String(companies.count) }

    /// The query for `id`; its columns are `value`, or `numerator, denominator`.
    func sql(for id: String) -> String? {
        let rows = "fiscal_year = \(y) AND \(inScope)"
        switch id {
        case "companies_in_scope":
            return "SELECT \(scopeCount) AS value"
        case "ledger_adoption":
            return """
                SELECT COUNT(DISTINCT company) AS numerator, \(scopeCount) AS denominator FROM ledger \
                WHERE \(rows) AND \(activeAtEnd("registered_on", "retired_on"))
                """
        case "ledger_adoption_new":
            return """
                SELECT COUNT(*) AS value FROM (SELECT company, MIN(registered_on) AS first_on FROM ledger \
                WHERE \(rows) GROUP BY company) WHERE first_on BETWEEN \(start) AND \(end)
                """
        case "control_form_review_coverage":
            return """
                SELECT COUNT(r.subject) AS numerator, COUNT(*) AS denominator FROM ledger l \
                LEFT JOIN (SELECT DISTINCT company, subject FROM reviews WHERE fiscal_year = \(y) AND kind = 'control-form' \
                AND \(inYear("performed_on"))) r ON r.company = l.company AND r.subject = l.form_id \
                WHERE l.fiscal_year = \(y) AND l.\(inScope) AND \(activeDuringYear("l.registered_on", "l.retired_on"))
                """
        case "management_review_coverage":
            return """
                SELECT COUNT(r.subject) AS numerator, COUNT(*) AS denominator \
                FROM (SELECT DISTINCT company, department FROM ledger WHERE \(rows) \
                AND \(activeDuringYear("registered_on", "retired_on"))) p \
                LEFT JOIN (SELECT DISTINCT company, subject FROM reviews WHERE fiscal_year = \(y) AND kind = 'management-review' \
                AND \(inYear("performed_on"))) r ON r.company = p.company AND r.subject = p.department
                """
        case "security_verification_coverage", "internal_audit_coverage":
            let kind = id == "internal_audit_coverage" ? "internal-audit" : "security-verification"
            return """
                SELECT COUNT(DISTINCT company) AS numerator, \(scopeCount) AS denominator FROM reviews \
                WHERE \(rows) AND kind = '\(kind)' AND \(inYear("performed_on"))
                """
        case "inspected_companies":
            return "SELECT COUNT(DISTINCT company) AS value FROM reviews WHERE \(rows) AND kind = 'inspection' AND \(inYear("performed_on"))"
        case "open_corrective_actions":
            return """
                SELECT COUNT(*) AS value FROM reviews WHERE \(rows) AND result = 'nonconforming' \
                AND corrective_action = 'open' AND \(inYear("performed_on"))
                """
        case "management_system_companies":
            return """
                SELECT COUNT(*) AS numerator, \(scopeCount) AS denominator FROM (SELECT company FROM appointments \
                WHERE \(rows) AND \(activeAtEnd("appointed_on", "ended_on")) GROUP BY company \
                HAVING SUM(role = 'administrator') > 0 AND SUM(role = 'professional') > 0)
                """
        case "management_system_new":
            return """
                SELECT COUNT(*) AS value FROM (SELECT a.company, MIN(MAX(a.appointed_on, p.appointed_on)) AS first_day \
                FROM appointments a JOIN appointments p ON p.fiscal_year = a.fiscal_year AND p.company = a.company \
                WHERE a.fiscal_year = \(y) AND a.\(inScope) AND a.role = 'administrator' AND p.role = 'professional' \
                AND MAX(a.appointed_on, p.appointed_on) < MIN(COALESCE(a.ended_on, '9999-12-31'), COALESCE(p.ended_on, '9999-12-31')) \
                GROUP BY a.company) WHERE first_day BETWEEN \(start) AND \(end)
                """
        case "incidents":
            return "SELECT COUNT(*) AS value FROM incidents WHERE \(rows) AND \(inYear("discovered_on"))\(filters(["type", "substantiated"], booleans: ["substantiated"]))"
        case "records_affected":
            return "SELECT COALESCE(SUM(records_affected), 0) AS value FROM incidents WHERE \(rows) AND \(inYear("discovered_on"))\(filters(["type", "substantiated"], booleans: ["substantiated"]))"
        case "government_requests":
            return "SELECT COUNT(*) AS value FROM government_requests WHERE \(rows) AND \(inYear("received_on"))\(filters(["requester", "outcome"]))"
        case "government_request_disclosure_rate":
            return """
                SELECT COUNT(*) FILTER (WHERE outcome IN ('disclosed', 'partially-disclosed')) AS numerator, \
                COUNT(*) AS denominator FROM government_requests WHERE \(rows) AND \(inYear("received_on"))\(filters(["requester"]))
                """
        case "training_completion":
            return """
                SELECT COUNT(*) FILTER (WHERE completed_on IS NOT NULL AND completed_on <= \(end)) AS numerator, \
                COUNT(*) AS denominator FROM training WHERE \(rows) AND \(inYear("assigned_on"))\(filters(["course", "population", "role"]))
                """
        case "training_sessions":
            return "SELECT COUNT(*) AS value FROM training_sessions WHERE \(rows) AND \(inYear("held_on"))\(filters(["kind", "audience"]))"
        case "privacy_mark_holders":
            return """
                SELECT COUNT(DISTINCT company) AS value FROM privacy_mark WHERE \(rows) AND status = 'valid' \
                AND valid_from <= \(end) AND valid_until >= \(end)
                """
        case "privacy_mark_first_certified":
            return "SELECT MIN(first_certified_on) AS value FROM privacy_mark WHERE \(rows)"
        case "cross_border_forms":
            return "SELECT COUNT(*) AS value FROM ledger WHERE \(rows) AND cross_border = 1 AND \(activeAtEnd("registered_on", "retired_on"))"
        case "specific_pi_forms":
            return "SELECT COUNT(*) AS value FROM ledger WHERE \(rows) AND specific_personal_info = 1 AND \(activeAtEnd("registered_on", "retired_on"))"
        default:
            return nil
        }
    }

    /// A breakdown query (`key, count`) for metrics that have one.
    func breakdownSQL(for id: String) -> String? {
        guard id == "cross_border_forms" else { return nil }
        return """
            SELECT COALESCE(transfer_basis, 'unspecified') AS basis, COUNT(*) FROM ledger WHERE fiscal_year = \(y) \
            AND \(inScope) AND cross_border = 1 AND \(activeAtEnd("registered_on", "retired_on")) GROUP BY basis ORDER BY basis
            """
    }
}
