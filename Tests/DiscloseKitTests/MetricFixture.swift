import Foundation
import Testing

@testable import DiscloseKit

/// A hand-made group for metric tests. FY2025 runs 2025-04-01 … 2026-03-31.
///
/// | code | relationship | country | major | consolidated |
/// | P    | parent        | JP | no  | 2000-04-01 … |
/// | JP1  | subsidiary    | JP | yes | 2010-04-01 … |
/// | JP2  | sub-subsidiary (of JP1) | JP | no | 2015-04-01 … |
/// | US1  | subsidiary    | US | yes | 2010-04-01 … |
/// | DE1  | subsidiary    | DE | yes | 2012-04-01 … 2025-10-31 (deconsolidated mid-year: out of FY2025 scope) |
/// | SG1  | subsidiary    | SG | yes | 2026-04-01 … (consolidated after FY2025 end: out of scope) |
struct MetricFixture {
    let project: TestProject

    static let registry = Rows(.companies).file([
        ["name": "Parent"],
        ["code": "JP1", "name": "Domestic One", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2010-04-01"],
        ["code": "JP2", "name": "Domestic Two", "relationship": "sub-subsidiary", "parent_code": "JP1", "consolidated_from": "2015-04-01"],
        ["code": "US1", "name": "Overseas One", "country": "US", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2010-04-01"],
        [
            "code": "DE1", "name": "Overseas Two", "country": "DE", "relationship": "subsidiary", "parent_code": "P", "major": "yes",
            "consolidated_from": "2012-04-01", "consolidated_until": "2025-10-31",
        ],
        ["code": "SG1", "name": "Overseas Three", "country": "SG", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2026-04-01"],
    ])

    /// Every company has header-only files for FY2024 and FY2025 unless a test writes rows.
    init(_ name: String = #function) throws {
        project = try TestProject(name)
        try project.write("pipeline.yaml", TestProject.pipeline + "\n  SEC-BASIC: {title: Basics}\n")
        try project.write("data/companies.csv", Self.registry)
        for year in [2024, 2025] {
            for company in ["P", "JP1", "JP2", "US1", "DE1", "SG1"] {
                for spec in DatasetCatalog.perCompany {
                    try project.write("data/FY\(year)/\(company)/\(spec.fileName)", TestProject.header(spec.dataset))
                }
            }
        }
    }

    func rows(
        _ dataset: DatasetName, _ company: String, year: Int = 2025, _ rows: [[String: String]],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        try project.dataset(dataset, company: company, year: year, rows, sourceLocation: sourceLocation)
    }

    /// Evaluates one metric for `year`.
    func evaluate(
        _ id: String, scope: CompanyScope = .parentOnly, filter: [String: [String]] = [:], year: Int = 2025
    ) throws -> MetricResult {
        let evaluation = try Pipeline(options: project.options()).evaluate()
        let reference = MetricReference(
            id: id, scope: scope, filter: filter, sql: nil, unit: nil, location: SourceLocation(path: "test"))
        guard let result = try evaluation.evaluator.evaluate(reference, year: year) else {
            throw DiscloseError(.fileSystem("no FY\(year) folder"))
        }
        return result
    }

    static let everyone = CompanyScope(relationship: [.parent, .subsidiary, .subSubsidiary])

    /// A ledger row: id, department, and registration/retirement days.
    static func form(
        _ id: String, _ department: String = "Sales", registered: String, retired: String = "", crossBorder: String = "no", basis: String = "",
        specific: String = "no"
    ) -> [String: String] {
        [
            "form_id": id, "department": department, "specific_personal_info": specific, "cross_border": crossBorder,
            "transfer_basis": basis, "registered_on": registered, "retired_on": retired,
        ]
    }
}
