/// The built-in metrics of SPEC §3.
public enum MetricCatalog {
    /// Every built-in metric, by id.
    public static let all: [String: MetricDefinition] = Dictionary(
        uniqueKeysWithValues: definitions.map { ($0.id, $0) })

    /// Built-in metric ids in a stable order.
    public static let ids: [String] = definitions.map(\.id)

    static let lossOrLeak = ["loss", "leak", "theft", "unauthorized-access"]
    static let incidentTypes = lossOrLeak + [
        "secondary-use", "external-complaint", "regulator-claim",
    ]
    static let yesNo = ["yes", "no"]

    static let definitions: [MetricDefinition] = [
        .init(
            id: "companies_in_scope", unit: "companies", kind: .count, datasets: [], filters: [:],
            rule: "companies consolidated at FY end"),
        .init(
            id: "ledger_adoption", unit: "companies", kind: .countOfScope, datasets: ["ledger"], filters: [:],
            rule: "companies with at least one control form active at FY end"),
        .init(
            id: "ledger_adoption_new", unit: "companies", kind: .count, datasets: ["ledger"], filters: [:],
            rule: "companies whose first-ever control form registration falls in the FY"),
        .init(
            id: "control_form_review_coverage", unit: "%", kind: .percent, datasets: ["ledger", "reviews"],
            filters: [:],
            rule: "share of control forms active at any time in the FY that had a control-form review in the FY"),
        .init(
            id: "management_review_coverage", unit: "%", kind: .percent, datasets: ["ledger", "reviews"],
            filters: [:],
            rule: "share of (company, department) pairs with a form active in the FY that had a management review of that department in the FY"),
        .init(
            id: "security_verification_coverage", unit: "%", kind: .percent, datasets: ["reviews"], filters: [:],
            rule: "share of companies with a security verification in the FY"),
        .init(
            id: "internal_audit_coverage", unit: "%", kind: .percent, datasets: ["reviews"], filters: [:],
            rule: "share of companies with an internal audit in the FY"),
        .init(
            id: "inspected_companies", unit: "companies", kind: .count, datasets: ["reviews"], filters: [:],
            rule: "companies with at least one inspection in the FY"),
        .init(
            id: "open_corrective_actions", unit: "reviews", kind: .count, datasets: ["reviews"], filters: [:],
            rule: "nonconforming reviews performed in the FY whose corrective action is still open"),
        .init(
            id: "management_system_companies", unit: "companies", kind: .countOfScope,
            datasets: ["appointments"], filters: [:],
            rule: "companies with an administrator and a professional both active at FY end"),
        .init(
            id: "management_system_new", unit: "companies", kind: .count, datasets: ["appointments"], filters: [:],
            rule: "companies whose first day ever with an administrator and a professional active on the same day falls in the FY"),
        .init(
            id: "incidents", unit: "incidents", tag: "GRI 418-1", kind: .count, datasets: ["incidents"],
            filters: ["type": incidentTypes, "substantiated": yesNo],
            rule: "incidents discovered in the FY"),
        .init(
            id: "records_affected", unit: "records", tag: "SASB TC-SI-230a.1", kind: .count,
            datasets: ["incidents"], filters: ["type": incidentTypes, "substantiated": yesNo],
            rule: "records affected by incidents discovered in the FY"),
        .init(
            id: "government_requests", unit: "requests", tag: "SASB TC-SI-220a.4", kind: .count,
            datasets: ["government_requests"],
            filters: [
                "requester": ["government", "law-enforcement", "court", "regulator"],
                "outcome": ["disclosed", "partially-disclosed", "refused", "pending", "withdrawn"],
            ],
            rule: "government requests for personal data received in the FY"),
        .init(
            id: "government_request_disclosure_rate", unit: "%", tag: "SASB TC-SI-220a.4", kind: .percent,
            datasets: ["government_requests"],
            filters: ["requester": ["government", "law-enforcement", "court", "regulator"]],
            rule: "share of requests received in the FY that were disclosed or partially disclosed"),
        .init(
            id: "training_completion", unit: "%", kind: .percent, datasets: ["training"],
            filters: [
                "course": [], "population": ["officer", "employee", "dispatched"],
                "role": ["general", "administrator", "professional", "new-hire"],
            ],
            rule: "share of training assignments made in the FY that were completed by FY end"),
        .init(
            id: "training_sessions", unit: "sessions", kind: .count, datasets: ["training_sessions"],
            filters: [
                "kind": ["lecture", "practical-course", "drill", "newsletter", "textbook", "awareness"],
                "audience": ["all", "administrator", "professional", "new-hire", "department"],
            ],
            rule: "training sessions held in the FY"),
        .init(
            id: "privacy_mark_holders", unit: "companies", kind: .count, datasets: ["privacy_mark"], filters: [:],
            rule: "companies holding a valid Privacy Mark certificate that covers FY end"),
        .init(
            id: "privacy_mark_first_certified", unit: "date", kind: .date, datasets: ["privacy_mark"],
            filters: [:], rule: "earliest first certification date among the scope's certificates"),
        .init(
            id: "cross_border_forms", unit: "forms", kind: .count, datasets: ["ledger"], filters: [:],
            rule: "control forms active at FY end that transfer personal information across borders"),
        .init(
            id: "specific_pi_forms", unit: "forms", kind: .count, datasets: ["ledger"], filters: [:],
            rule: "control forms active at FY end that hold Individual Numbers (My Number)"),
    ]
}
