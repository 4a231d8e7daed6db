import Foundation
import Testing

@testable import DiscloseKit

/// Test rows of one dataset, built from the dataset catalog by column name.
///
/// A test names only the columns it is about; every other column takes a default chosen so that a row of
/// defaults validates. The header and column order come from the catalog, so a column added there (with a
/// type default, or empty when optional) changes no test. `Rows(.reviews).row(["result": "observation"])`
struct Rows {
    let spec: DatasetSpec

    init(_ dataset: DatasetName) {
        spec = DatasetCatalog.spec(dataset)
    }

    /// The header line of the dataset's file, with its line break.
    var header: String { spec.headerLine + "\n" }

    /// One CSV line (no line break): each named value under its column, defaults elsewhere.
    /// A name the catalog does not have is a test failure, not a silently dropped value.
    func row(_ values: [String: String] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        for name in values.keys.sorted() where spec.column(name) == nil {
            Issue.record("\(spec.name) has no column '\(name)'", sourceLocation: sourceLocation)
        }
        return spec.columns.map { DatasetSpec.csvField(values[$0.name] ?? Rows.defaultValue($0, of: spec.dataset)) }
            .joined(separator: ",")
    }

    /// A whole file: the header, then each row with its line break.
    func file(_ rows: [[String: String]], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        header + rows.map { row($0, sourceLocation: sourceLocation) + "\n" }.joined()
    }

    /// Where `column` starts (1-based, in bytes as diagnostics count) in `line`, a row this builder made.
    func position(of column: String, in line: String) -> Int {
        let fields = CSVSplit.fields(line)
        guard let index = spec.position(of: column), index < fields.count else { return 0 }
        return fields[..<index].reduce(1) { $0 + $1.utf8.count + 1 }
    }

    /// The value a row takes for a column the test does not name: optional columns are empty; required
    /// ones take a value of their type, or one the dataset's rules need (see `preferred`).
    static func defaultValue(_ column: ColumnSpec, of dataset: DatasetName) -> String {
        if let value = preferred[dataset]?[column.name] { return value }
        if column.optional { return "" }
        switch column.type {
        case .text: return "x"
        case .companyCode: return "P"
        case .country: return "JP"
        case .count: return "1"
        case .date: return "2025-05-01"
        case .boolean: return "no"
        case .enumeration(let values): return values.first ?? ""
        case .personID: return "E1"
        case .courseCode: return "SEC-WEB"
        }
    }

    /// Defaults other than the type's: ids and values the tests share, and values the row rules need
    /// (a management review needs no ledger form; an occurrence comes before its discovery).
    static let preferred: [DatasetName: [String: String]] = [
        .companies: ["code": "P", "name": "Parent Co.", "relationship": "parent", "consolidated_from": "2000-04-01"],
        .ledger: ["form_id": "F1", "department": "Sales", "subjects": "10", "risk": "low", "registered_on": "2020-04-01"],
        .reviews: [
            "review_id": "R1", "kind": "management-review", "subject": "Sales", "performed_on": "2025-06-01",
        ],
        .incidents: [
            "incident_id": "I-1", "type": "leak", "occurred_on": "2025-05-01", "discovered_on": "2025-05-02",
            "records_affected": "3", "substantiated": "yes",
        ],
        .governmentRequests: ["request_id": "G1", "received_on": "2025-06-01", "requester": "court"],
        .training: ["person_id": "E1", "population": "employee"],
        .trainingSessions: ["session_id": "S1", "title": "Talk"],
        .privacyMark: [
            "certificate_no": "PM-1", "first_certified_on": "2005-10-01", "valid_from": "2024-10-01", "valid_until": "2026-09-30",
        ],
        .appointments: ["person_id": "A", "department": "Sales", "appointed_on": "2020-04-01"],
    ]
}

/// Splits one CSV line the builder wrote into its fields as written (quotes kept), for `Rows.position`.
private enum CSVSplit {
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
