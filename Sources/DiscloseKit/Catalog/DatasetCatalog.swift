/// A dataset of the data contract by name, in contract order: a switch over datasets is exhaustive.
public enum DatasetName: String, Sendable, Hashable, CaseIterable {
    case companies
    case ledger
    case reviews
    case incidents
    case governmentRequests = "government_requests"
    case training
    case trainingSessions = "training_sessions"
    case privacyMark = "privacy_mark"
    case appointments
}

/// The data contract of SPEC §2 as data: the registry and the nine per-company datasets.
public enum DatasetCatalog {
    /// `data/companies.csv`
    public static let companies = DatasetSpec(
        dataset: .companies, title: "The group registry", kind: .registry,
        columns: [
            .init("code", .companyCode, note: "unique; names the company's data folders"),
            .init("name", .text),
            .init("country", .country, note: "`home_country` decides domestic vs overseas"),
            .init("relationship", .enumeration(["parent", "subsidiary", "sub-subsidiary"]), note: "exactly one parent"),
            .init("parent_code", .companyCode, optional: true, note: "required unless relationship = parent; must exist"),
            .init("major", .boolean, note: "major subsidiaries carry group-wide goals"),
            .init("consolidated_from", .date),
            .init("consolidated_until", .date, optional: true, note: "in scope for an FY if consolidated on its last day"),
        ],
        rules: [
            .requiredUnless(column: "parent_code", condition: "relationship", equals: "parent"),
            .notBefore(later: "consolidated_until", earlier: "consolidated_from"),
        ],
        key: ["code"])

    /// The spec of each dataset (the switch is exhaustive: a new `DatasetName` needs its spec here).
    public static func spec(_ name: DatasetName) -> DatasetSpec {
        switch name {
        case .companies: return companies
        case .ledger: return ledger
        case .reviews: return reviews
        case .incidents: return incidents
        case .governmentRequests: return governmentRequests
        case .training: return training
        case .trainingSessions: return trainingSessions
        case .privacyMark: return privacyMark
        case .appointments: return appointments
        }
    }

    /// The registry, then the per-company datasets, in the order of `DatasetName`.
    public static let all: [DatasetSpec] = DatasetName.allCases.map(spec)

    /// The datasets every consolidated company sends each fiscal year, in contract order.
    ///
    /// SPEC §2 says "nine" counting the registry; its tables list eight per-company files. The
    /// ledger comes before reviews so that control-form review subjects can be checked against it.
    public static let perCompany: [DatasetSpec] = all.filter { $0.kind != .registry }

    /// Every dataset by name, registry included.
    public static let byName: [String: DatasetSpec] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })

    static let ledger = DatasetSpec(
        dataset: .ledger, title: "Control forms of the personal-information ledger", kind: .register,
        columns: [
            .init("form_id", .text, note: "unique within the company"),
            .init("department", .text),
            .init("category", .enumeration(["customer", "employee", "business-partner", "other"])),
            .init("specific_personal_info", .boolean, note: "holds Individual Numbers (My Number)"),
            .init("subjects", .count, note: "number of people in the record set"),
            .init("cross_border", .boolean),
            .init("transfer_basis", .enumeration(["consent", "contract", "adequacy"]), optional: true, note: "required when cross_border = yes"),
            .init("outsourced", .boolean, note: "handling entrusted to a contractor"),
            .init("contractor_pledge", .boolean, optional: true, note: "required when outsourced = yes"),
            .init("risk", .enumeration(["low", "medium", "high"])),
            .init("registered_on", .date),
            .init("retired_on", .date, optional: true, note: "first day without; ≥ registered_on"),
        ],
        rules: [
            .notBefore(later: "retired_on", earlier: "registered_on"),
            .requiredWhen(column: "transfer_basis", condition: "cross_border", equals: "yes"),
            .requiredWhen(column: "contractor_pledge", condition: "outsourced", equals: "yes"),
        ],
        key: ["form_id"])

    static let reviews = DatasetSpec(
        dataset: .reviews, title: "Reviews, verifications, audits and inspections", kind: .event,
        columns: [
            .init("review_id", .text, note: "unique within the company"),
            .init(
                "kind",
                .enumeration(["control-form", "management-review", "security-verification", "internal-audit", "inspection"])),
            .init("subject", .text, note: "a form_id of this company when kind = control-form, else a department"),
            .init("performed_on", .date),
            .init("result", .enumeration(["conforming", "nonconforming", "observation"])),
            .init("corrective_action", .enumeration(["none", "open", "closed"]), note: "nonconforming requires open or closed"),
        ],
        rules: [
            .restrictedWhen(column: "corrective_action", condition: "result", equals: "nonconforming", allowed: ["open", "closed"])
        ],
        key: ["review_id"],
        crossFileRules: [
            .references(column: "subject", dataset: "ledger", key: "form_id", when: RowCondition("kind", equals: "control-form"))
        ])

    static let incidents = DatasetSpec(
        dataset: .incidents, title: "Incidents (GRI 418-1 classes)", kind: .event,
        columns: [
            .init("incident_id", .text, note: "unique within the company"),
            .init(
                "type",
                .enumeration([
                    "loss", "leak", "theft", "unauthorized-access", "secondary-use", "external-complaint", "regulator-claim",
                ])),
            .init("occurred_on", .date),
            .init("discovered_on", .date, note: "≥ occurred_on; decides the FY"),
            .init("records_affected", .count),
            .init("substantiated", .boolean),
            .init("regulator_notified", .boolean),
            .init("summary", .text, optional: true, isPrivate: true, note: "internal only: never rendered, never copied to output"),
        ],
        rules: [.notBefore(later: "discovered_on", earlier: "occurred_on")],
        key: ["incident_id"])

    static let governmentRequests = DatasetSpec(
        dataset: .governmentRequests, title: "Government requests for personal data (SASB TC-SI-220a.4)", kind: .event,
        columns: [
            .init("request_id", .text, note: "unique within the company"),
            .init("received_on", .date),
            .init("requester", .enumeration(["government", "law-enforcement", "court", "regulator"])),
            .init("country", .country),
            .init("subjects_requested", .count),
            .init("outcome", .enumeration(["disclosed", "partially-disclosed", "refused", "pending", "withdrawn"])),
            .init("subjects_disclosed", .count, note: "≤ subjects_requested; 0 unless (partially-)disclosed"),
        ],
        rules: [
            .notGreater(column: "subjects_disclosed", limit: "subjects_requested"),
            .zeroUnless(column: "subjects_disclosed", condition: "outcome", oneOf: ["disclosed", "partially-disclosed"]),
        ],
        key: ["request_id"])

    static let training = DatasetSpec(
        dataset: .training, title: "Training assignments, one row per person per assigned course", kind: .event,
        columns: [
            .init("person_id", .personID, isPrivate: true, note: "never rendered"),
            .init("population", .enumeration(["officer", "employee", "dispatched"])),
            .init("role", .enumeration(["general", "administrator", "professional", "new-hire"])),
            .init("course", .courseCode),
            .init("assigned_on", .date),
            .init("completed_on", .date, optional: true, note: "empty = not completed; ≥ assigned_on"),
        ],
        rules: [.notBefore(later: "completed_on", earlier: "assigned_on")],
        key: ["person_id", "course", "assigned_on"])

    static let trainingSessions = DatasetSpec(
        dataset: .trainingSessions, title: "Lectures, courses, drills, newsletters and materials", kind: .event,
        columns: [
            .init("session_id", .text, note: "unique within the company"),
            .init("kind", .enumeration(["lecture", "practical-course", "drill", "newsletter", "textbook", "awareness"])),
            .init("title", .text, note: "may be rendered"),
            .init("audience", .enumeration(["all", "administrator", "professional", "new-hire", "department"])),
            .init("held_on", .date),
        ],
        rules: [],
        key: ["session_id"])

    static let privacyMark = DatasetSpec(
        dataset: .privacyMark, title: "Privacy Mark certificates (may be header-only)", kind: .register,
        columns: [
            .init("certificate_no", .text),
            .init("first_certified_on", .date),
            .init("valid_from", .date),
            .init("valid_until", .date, note: "≥ valid_from"),
            .init("status", .enumeration(["valid", "suspended", "revoked"])),
        ],
        rules: [.notBefore(later: "valid_until", earlier: "valid_from")],
        key: [])

    static let appointments = DatasetSpec(
        dataset: .appointments, title: "Administrators, Professionals and auditors", kind: .register,
        columns: [
            .init("person_id", .personID, isPrivate: true, note: "never rendered"),
            .init("role", .enumeration(["administrator", "professional", "auditor", "promotion-office"])),
            .init("department", .text),
            .init("appointed_on", .date),
            .init("ended_on", .date, optional: true, note: "first day without; ≥ appointed_on"),
        ],
        rules: [.notBefore(later: "ended_on", earlier: "appointed_on")],
        key: [])
}
