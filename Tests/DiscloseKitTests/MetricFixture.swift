import Foundation

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

    static let registry = """
        code,name,country,relationship,parent_code,major,consolidated_from,consolidated_until
        P,Parent,JP,parent,,no,2000-04-01,
        JP1,Domestic One,JP,subsidiary,P,yes,2010-04-01,
        JP2,Domestic Two,JP,sub-subsidiary,JP1,no,2015-04-01,
        US1,Overseas One,US,subsidiary,P,yes,2010-04-01,
        DE1,Overseas Two,DE,subsidiary,P,yes,2012-04-01,2025-10-31
        SG1,Overseas Three,SG,subsidiary,P,yes,2026-04-01,

        """

    /// Every company has header-only files for FY2024 and FY2025 unless a test writes rows.
    init(_ name: String = #function) throws {
        project = try TestProject(name)
        try project.write("pipeline.yaml", TestProject.pipeline + "\n  SEC-BASIC: {title: Basics}\n")
        try project.write("data/companies.csv", Self.registry)
        for year in [2024, 2025] {
            for company in ["P", "JP1", "JP2", "US1", "DE1", "SG1"] {
                for spec in DatasetCatalog.perCompany {
                    try project.write("data/FY\(year)/\(company)/\(spec.fileName)", TestProject.header(spec.name))
                }
            }
        }
    }

    func rows(_ dataset: String, _ company: String, year: Int = 2025, _ rows: [String]) throws {
        try project.dataset(dataset, company: company, year: year, rows)
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
    static func form(_ id: String, _ department: String = "Sales", registered: String, retired: String = "", crossBorder: String = "no", basis: String = "", specific: String = "no") -> String {
        TestProject.row("ledger", [
            "form_id": id, "department": department, "category": "customer", "specific_personal_info": specific, "subjects": "10",
            "cross_border": crossBorder, "transfer_basis": basis, "outsourced": "no", "risk": "low", "registered_on": registered,
            "retired_on": retired,
        ])
    }
}
