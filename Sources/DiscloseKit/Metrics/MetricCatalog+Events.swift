/// Built-in metrics over incidents, government requests, training, the Privacy Mark and the ledger's
/// transfers, each declared with the rows it reads and what it computes from them.
extension MetricCatalog {
    static let incidents = MetricDefinition(
        id: "incidents", unit: "incidents", tag: "GRI 418-1", topic: .incidents, kind: .count, reads: ["incidents"],
        filters: .columns(["type", "substantiated"], of: DatasetCatalog.incidents),
        rule: "incidents discovered in the FY", rows: incidentsInYear
    ) { _ in
        "COUNT(*) AS value"
    }

    /// The incidents discovered in the FY, filtered.
    static let incidentsInYear: @Sendable (MetricQuery) -> RowSelection = { q in q.select(from: "incidents", .inYear("discovered_on")) }

    static let recordsAffected = MetricDefinition(
        id: "records_affected", unit: "records", tag: "SASB TC-SI-230a.1", topic: .incidents, kind: .count, reads: ["incidents"],
        filters: .columns(["type", "substantiated"], of: DatasetCatalog.incidents),
        rule: "records affected by incidents discovered in the FY", rows: incidentsInYear
    ) { _ in
        "COALESCE(SUM(records_affected), 0) AS value"
    }

    static let governmentRequests = MetricDefinition(
        id: "government_requests", unit: "requests", tag: "SASB TC-SI-220a.4", topic: .incidents, kind: .count,
        reads: ["government_requests"],
        filters: .columns(["requester", "outcome"], of: DatasetCatalog.governmentRequests),
        rule: "government requests for personal data received in the FY", rows: requestsInYear
    ) { _ in
        "COUNT(*) AS value"
    }

    /// The government requests received in the FY, filtered.
    static let requestsInYear: @Sendable (MetricQuery) -> RowSelection = { q in q.select(from: "government_requests", .inYear("received_on")) }

    static let governmentRequestDisclosureRate = MetricDefinition(
        id: "government_request_disclosure_rate", unit: "%", tag: "SASB TC-SI-220a.4", topic: .incidents, kind: .percent,
        reads: ["government_requests"], filters: .columns(["requester"], of: DatasetCatalog.governmentRequests),
        rule: "share of requests received in the FY that were disclosed or partially disclosed", rows: requestsInYear
    ) { _ in
        "COUNT(*) FILTER (WHERE outcome IN ('disclosed', 'partially-disclosed')) AS numerator, COUNT(*) AS denominator"
    }

    static let trainingCompletion = MetricDefinition(
        id: "training_completion", unit: "%", topic: .training, kind: .percent, reads: ["training"],
        filters: .columns(["course", "population", "role"], of: DatasetCatalog.training),
        rule: "share of training assignments made in the FY that were completed by FY end",
        rows: { q in q.select(from: "training", .inYear("assigned_on")) }
    ) { q in
        "COUNT(*) FILTER (WHERE completed_on IS NOT NULL AND completed_on <= \(q.end)) AS numerator, COUNT(*) AS denominator"
    }

    static let trainingSessions = MetricDefinition(
        id: "training_sessions", unit: "sessions", topic: .training, kind: .count, reads: ["training_sessions"],
        filters: .columns(["kind", "audience"], of: DatasetCatalog.trainingSessions),
        rule: "training sessions held in the FY", rows: { q in q.select(from: "training_sessions", .inYear("held_on")) }
    ) { _ in
        "COUNT(*) AS value"
    }

    static let privacyMarkHolders = MetricDefinition(
        id: "privacy_mark_holders", unit: "companies", topic: .privacyMark, kind: .count, reads: ["privacy_mark"],
        rule: "companies holding a valid Privacy Mark certificate that covers FY end",
        rows: { q in
            q.select(from: "privacy_mark", .equals("status", .text("valid")), .onOrBeforeEnd("valid_from"), .onOrAfterEnd("valid_until"))
        }
    ) { _ in
        "COUNT(DISTINCT company) AS value"
    }

    static let privacyMarkFirstCertified = MetricDefinition(
        id: "privacy_mark_first_certified", unit: "date", topic: .privacyMark, kind: .date, reads: ["privacy_mark"],
        rule: "earliest first certification date among the scope's certificates", rows: { q in q.select(from: "privacy_mark") }
    ) { _ in
        "MIN(first_certified_on) AS value"
    }

    static let crossBorderForms = MetricDefinition(
        id: "cross_border_forms", unit: "forms", topic: .controlForms, kind: .count, reads: ["ledger"],
        rule: "control forms active at FY end that transfer personal information across borders", rows: activeFormsWhere("cross_border"),
        breakdown: { q in
            "SELECT COALESCE(transfer_basis, 'unspecified') AS basis, COUNT(*) FROM \(activeFormsWhere("cross_border")(q).sql) GROUP BY basis ORDER BY basis"
        }
    ) { _ in
        "COUNT(*) AS value"
    }

    /// The control forms active at FY end whose yes/no column `flag` is yes.
    static func activeFormsWhere(_ flag: String) -> @Sendable (MetricQuery) -> RowSelection {
        { q in q.select(from: "ledger", .equals(flag, .integer(1)), .activeAtEnd(from: "registered_on", until: "retired_on")) }
    }

    static let specificPIForms = MetricDefinition(
        id: "specific_pi_forms", unit: "forms", topic: .controlForms, kind: .count, reads: ["ledger"],
        rule: "control forms active at FY end that hold Individual Numbers (My Number)", rows: activeFormsWhere("specific_personal_info")
    ) { _ in
        "COUNT(*) AS value"
    }

    static let contractorPledgeCoverage = MetricDefinition(
        id: "contractor_pledge_coverage", unit: "%", topic: .controlForms, kind: .percent, reads: ["ledger"],
        rule: "share of outsourced control forms active at FY end whose contractor has signed a pledge", rows: activeFormsWhere("outsourced")
    ) { _ in
        "COALESCE(SUM(contractor_pledge = 1), 0) AS numerator, COUNT(*) AS denominator"
    }
}
