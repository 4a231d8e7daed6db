/// Built-in metrics over incidents, government requests, training, the Privacy Mark and the ledger's
/// transfers, each declared with its query.
extension MetricCatalog {
    static let incidents = MetricDefinition(
        id: "incidents", unit: "incidents", tag: "GRI 418-1", topic: .incidents, kind: .count, reads: ["incidents"],
        filters: .columns(["type", "substantiated"], of: DatasetCatalog.incidents),
        rule: "incidents discovered in the FY"
    ) { q in
        "SELECT COUNT(*) AS value FROM incidents WHERE \(q.rows) AND \(q.inYear("discovered_on"))\(q.filtered)"
    }

    static let recordsAffected = MetricDefinition(
        id: "records_affected", unit: "records", tag: "SASB TC-SI-230a.1", topic: .incidents, kind: .count, reads: ["incidents"],
        filters: .columns(["type", "substantiated"], of: DatasetCatalog.incidents),
        rule: "records affected by incidents discovered in the FY"
    ) { q in
        "SELECT COALESCE(SUM(records_affected), 0) AS value FROM incidents WHERE \(q.rows) AND \(q.inYear("discovered_on"))\(q.filtered)"
    }

    static let governmentRequests = MetricDefinition(
        id: "government_requests", unit: "requests", tag: "SASB TC-SI-220a.4", topic: .incidents, kind: .count,
        reads: ["government_requests"],
        filters: .columns(["requester", "outcome"], of: DatasetCatalog.governmentRequests),
        rule: "government requests for personal data received in the FY"
    ) { q in
        "SELECT COUNT(*) AS value FROM government_requests WHERE \(q.rows) AND \(q.inYear("received_on"))\(q.filtered)"
    }

    static let governmentRequestDisclosureRate = MetricDefinition(
        id: "government_request_disclosure_rate", unit: "%", tag: "SASB TC-SI-220a.4", topic: .incidents, kind: .percent,
        reads: ["government_requests"], filters: .columns(["requester"], of: DatasetCatalog.governmentRequests),
        rule: "share of requests received in the FY that were disclosed or partially disclosed"
    ) { q in
        """
        SELECT COUNT(*) FILTER (WHERE outcome IN ('disclosed', 'partially-disclosed')) AS numerator, \
        COUNT(*) AS denominator FROM government_requests WHERE \(q.rows) AND \(q.inYear("received_on"))\(q.filtered)
        """
    }

    static let trainingCompletion = MetricDefinition(
        id: "training_completion", unit: "%", topic: .training, kind: .percent, reads: ["training"],
        filters: .columns(["course", "population", "role"], of: DatasetCatalog.training),
        rule: "share of training assignments made in the FY that were completed by FY end"
    ) { q in
        """
        SELECT COUNT(*) FILTER (WHERE completed_on IS NOT NULL AND completed_on <= \(q.end)) AS numerator, \
        COUNT(*) AS denominator FROM training WHERE \(q.rows) AND \(q.inYear("assigned_on"))\(q.filtered)
        """
    }

    static let trainingSessions = MetricDefinition(
        id: "training_sessions", unit: "sessions", topic: .training, kind: .count, reads: ["training_sessions"],
        filters: .columns(["kind", "audience"], of: DatasetCatalog.trainingSessions),
        rule: "training sessions held in the FY"
    ) { q in
        "SELECT COUNT(*) AS value FROM training_sessions WHERE \(q.rows) AND \(q.inYear("held_on"))\(q.filtered)"
    }

    static let privacyMarkHolders = MetricDefinition(
        id: "privacy_mark_holders", unit: "companies", topic: .privacyMark, kind: .count, reads: ["privacy_mark"],
        rule: "companies holding a valid Privacy Mark certificate that covers FY end"
    ) { q in
        """
        SELECT COUNT(DISTINCT company) AS value FROM privacy_mark WHERE \(q.rows) AND status = 'valid' \
        AND valid_from <= \(q.end) AND valid_until >= \(q.end)
        """
    }

    static let privacyMarkFirstCertified = MetricDefinition(
        id: "privacy_mark_first_certified", unit: "date", topic: .privacyMark, kind: .date, reads: ["privacy_mark"],
        rule: "earliest first certification date among the scope's certificates"
    ) { q in
        "SELECT MIN(first_certified_on) AS value FROM privacy_mark WHERE \(q.rows)"
    }

    static let crossBorderForms = MetricDefinition(
        id: "cross_border_forms", unit: "forms", topic: .controlForms, kind: .count, reads: ["ledger"],
        rule: "control forms active at FY end that transfer personal information across borders",
        breakdown: { q in
            """
            SELECT COALESCE(transfer_basis, 'unspecified') AS basis, COUNT(*) FROM ledger WHERE fiscal_year = \(q.y) \
            AND \(q.inScope) AND cross_border = 1 AND \(q.activeAtEnd("registered_on", "retired_on")) GROUP BY basis ORDER BY basis
            """
        }
    ) { q in
        "SELECT COUNT(*) AS value FROM ledger WHERE \(q.rows) AND cross_border = 1 AND \(q.activeAtEnd("registered_on", "retired_on"))"
    }

    static let specificPIForms = MetricDefinition(
        id: "specific_pi_forms", unit: "forms", topic: .controlForms, kind: .count, reads: ["ledger"],
        rule: "control forms active at FY end that hold Individual Numbers (My Number)"
    ) { q in
        "SELECT COUNT(*) AS value FROM ledger WHERE \(q.rows) AND specific_personal_info = 1 AND \(q.activeAtEnd("registered_on", "retired_on"))"
    }

    static let contractorPledgeCoverage = MetricDefinition(
        id: "contractor_pledge_coverage", unit: "%", topic: .controlForms, kind: .percent, reads: ["ledger"],
        rule: "share of outsourced control forms active at FY end whose contractor has signed a pledge"
    ) { q in
        """
        SELECT COALESCE(SUM(contractor_pledge = 1), 0) AS numerator, COUNT(*) AS denominator FROM ledger \
        WHERE \(q.rows) AND outsourced = 1 AND \(q.activeAtEnd("registered_on", "retired_on"))
        """
    }
}
