import Foundation
import Testing

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

    /// The three-company group: the parent P, JP1 (domestic, major) and US1 (overseas, major).
    static let registry = Rows(.companies).file(registryRows)

    /// The rows of `registry`, by column name.
    static let registryRows: [[String: String]] = [
        [:],
        ["code": "JP1", "name": "Domestic One", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2010-04-01"],
        ["code": "US1", "name": "Overseas One", "country": "US", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2010-04-01"],
    ]

    /// The companies of `group()`.
    static let companies = ["P", "JP1", "US1"]

    /// How many data files one fiscal year of `group()` has: one per company and per-company dataset.
    /// Tests count from the catalog, so adding a dataset changes no expected number.
    static var filesPerYear: Int { companies.count * DatasetCatalog.perCompany.count }

    /// The per-company datasets that are registers (carried forward by `new-year`), and those that are events.
    static var registers: [DatasetSpec] { DatasetCatalog.perCompany.filter { $0.kind == .register } }
    static var events: [DatasetSpec] { DatasetCatalog.perCompany.filter { $0.kind == .event } }

    /// The header row of a file of `dataset`, from the catalog.
    static func header(_ dataset: DatasetName) -> String {
        Rows(dataset).header
    }

    /// A project with the three-company registry and header-only files for every company and dataset of `years`.
    static func group(_ name: String = #function, years: [Int] = [2025], pipeline: String = TestProject.pipeline) throws -> TestProject {
        let project = try TestProject(name)
        try project.write("pipeline.yaml", pipeline)
        try project.write("data/companies.csv", registry)
        for year in years {
            for company in companies {
                for spec in DatasetCatalog.perCompany {
                    try project.write("data/FY\(year)/\(company)/\(spec.fileName)", header(spec.dataset))
                }
            }
        }
        return project
    }

    /// Writes one dataset file for a company: the header then `rows`, each built by column name (`Rows`).
    func dataset(
        _ dataset: DatasetName, company: String, year: Int = 2025, _ rows: [[String: String]],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        try write(
            "data/FY\(year)/\(company)/\(dataset.rawValue).csv", Rows(dataset).file(rows, sourceLocation: sourceLocation))
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
