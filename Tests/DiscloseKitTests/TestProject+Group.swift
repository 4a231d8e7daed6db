import Foundation

@testable import DiscloseKit

extension TestProject {
    static let pipeline = """
        disclosure:
          title: Personal Information Protection and Privacy
          organization: Example Group
          fiscal_year: 2025
          home_country: JP
        courses:
          SEC-WEB: {title: Web training}
        """

    static let registry = """
        code,name,country,relationship,parent_code,major,consolidated_from,consolidated_until
        P,Parent Co.,JP,parent,,no,2000-04-01,
        JP1,Domestic One,JP,subsidiary,P,yes,2010-04-01,
        US1,Overseas One,US,subsidiary,P,yes,2010-04-01,

        """

    /// How the tests' CSV rows are laid out: the column order their files state in the header. A file's
    /// header names its columns and ingest reads them by name, so this is the tests' own file layout, not
    /// the catalog's order: reordering a dataset's columns in the catalog changes no test. A column added
    /// to the catalog is added here too (with values in the rows that need one).
    static let layouts: [String: [String]] = [
        "ledger": [
            "form_id", "department", "category", "specific_personal_info", "subjects", "cross_border", "transfer_basis",
            "outsourced", "contractor_pledge", "risk", "registered_on", "retired_on",
        ],
        "reviews": ["review_id", "kind", "subject", "performed_on", "result", "corrective_action"],
        "incidents": [
            "incident_id", "type", "occurred_on", "discovered_on", "records_affected", "substantiated", "regulator_notified", "summary",
        ],
        "government_requests": [
            "request_id", "received_on", "requester", "country", "subjects_requested", "outcome", "subjects_disclosed",
        ],
        "training": ["person_id", "population", "role", "course", "assigned_on", "completed_on"],
        "training_sessions": ["session_id", "kind", "title", "audience", "held_on"],
        "privacy_mark": ["certificate_no", "first_certified_on", "valid_from", "valid_until", "status"],
        "appointments": ["person_id", "role", "department", "appointed_on", "ended_on"],
    ]

    /// The header row of a test file of `dataset` (its layout in `layouts`).
    static func header(_ dataset: String) -> String {
        (layouts[dataset] ?? []).joined(separator: ",") + "\n"
    }

    /// A row of `dataset` in the tests' layout, each value given by column name (others empty).
    static func row(_ dataset: String, _ values: KeyValuePairs<String, String>) -> String {
        var byName: [String: String] = [:]
        for (name, value) in values { byName[name] = value }
        return (layouts[dataset] ?? []).map { byName[$0] ?? "" }.joined(separator: ",")
    }

    /// A project with the three-company registry and header-only files for every company and dataset of `years`.
    static func group(_ name: String = #function, years: [Int] = [2025], pipeline: String = TestProject.pipeline) throws -> TestProject {
        let project = try TestProject(name)
        try project.write("pipeline.yaml", pipeline)
        try project.write("data/companies.csv", registry)
        for year in years {
            for company in ["P", "JP1", "US1"] {
                for spec in DatasetCatalog.perCompany {
                    try project.write("data/FY\(year)/\(company)/\(spec.fileName)", header(spec.name))
                }
            }
        }
        return project
    }

    /// Writes one dataset file for a company: the header then `rows`.
    func dataset(_ dataset: String, company: String, year: Int = 2025, _ rows: [String]) throws {
        try write(
            "data/FY\(year)/\(company)/\(dataset).csv",
            TestProject.header(dataset) + rows.map { $0 + "\n" }.joined())
    }

    /// Every diagnostic of validating this project, with the folder prefix removed.
    func diagnostics(strict: Bool = false) throws -> [String] {
        let validation = try Pipeline(options: options(strict: strict)).validate()
        return validation.data.diagnostics.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }

    /// Only the errors a user is shown (those that follow from another are counted, not shown), folder prefix removed.
    func errors() throws -> [String] {
        let validation = try Pipeline(options: options()).validate()
        return DiagnosticListing(validation.data.diagnostics).diagnostics.filter { $0.severity == .error }
            .map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }
}

extension TestProject {
    /// The errors of validating, as a plain value so failed expectations show it.
    var errorList: [String] {
        do {
            return try errors()
        } catch {
            return ["validation threw: \(error)"]
        }
    }
}
