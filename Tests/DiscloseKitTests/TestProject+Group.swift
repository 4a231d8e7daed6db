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

    /// Header rows of every per-company dataset, from the declarative catalog.
    static func header(_ dataset: String) -> String {
        (DatasetCatalog.byName[dataset]?.columns.map(\.name).joined(separator: ",") ?? "") + "\n"
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
