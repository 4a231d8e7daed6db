import Foundation
import Testing

@testable import DiscloseKit

/// The data of the `page` fixture, built from the dataset catalog by column name (`Rows`) rather than
/// stored as CSV files, so a column or dataset added to the catalog changes no fixture file.
///
/// The group of `TestProject.group()` with markup in two company names, FY2024 and FY2025, one file per
/// company and dataset, except US1's FY2025 incidents.csv (not received: figures over it are incomplete).
enum PageFixture {
    static let years = [2024, 2025]

    /// The file that has not been received.
    static let missing = "data/FY2025/US1/incidents.csv"

    /// Every data file of the fixture by path relative to the project.
    static var files: [String: String] {
        var files = [
            "data/companies.csv": Rows(.companies).file([
                [:],
                ["code": "JP1", "name": "<script>alert(1)</script>", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2010-04-01"],
                ["code": "US1", "name": "*stars*", "country": "US", "relationship": "subsidiary", "parent_code": "P", "major": "yes", "consolidated_from": "2010-04-01"],
            ])
        ]
        for year in years {
            for company in TestProject.companies {
                for spec in DatasetCatalog.perCompany {
                    files["data/FY\(year)/\(company)/\(spec.fileName)"] = Rows(spec.dataset).header
                }
            }
            // The parent's web training: 19 of 20 completed in FY2024, 17 of 20 in FY2025.
            let completed = year == 2024 ? 19 : 17
            files["data/FY\(year)/P/training.csv"] = Rows(.training).file(
                (0..<20).map { n in
                    ["person_id": "E\(n)", "assigned_on": "\(year)-05-01", "completed_on": n < completed ? "\(year)-06-01" : ""]
                })
        }
        files["data/FY2024/JP1/incidents.csv"] = Rows(.incidents).file([
            ["incident_id": "I1", "occurred_on": "2024-05-01", "discovered_on": "2024-05-02", "summary": "internal summary never shown"]
        ])
        files["data/FY2025/P/privacy_mark.csv"] = Rows(.privacyMark).file([["certificate_no": "PM-0"]])
        files["data/FY2025/JP1/privacy_mark.csv"] = Rows(.privacyMark).file([["first_certified_on": "2010-10-01"]])
        files["data/FY2025/US1/ledger.csv"] = Rows(.ledger).file([
            ["cross_border": "yes", "transfer_basis": "consent", "registered_on": "2025-06-01"]
        ])
        files[missing] = nil
        return files
    }
}
