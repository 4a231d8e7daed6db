extension DatasetSpec {
    /// Columns every per-company table carries before the contract's own: where the row came from.
    static let provenanceColumns = ["company", "fiscal_year", "file_id", "line"]

    /// `CREATE TABLE` for this dataset, provenance columns first.
    var createTableSQL: String {
        let own = columns.map { "\($0.name) \($0.type.sqlType)" }
        let provenance =
            kind == .registry
            ? ["file_id INTEGER NOT NULL", "line INTEGER NOT NULL"]
            : ["company TEXT NOT NULL", "fiscal_year INTEGER NOT NULL", "file_id INTEGER NOT NULL", "line INTEGER NOT NULL"]
        return "CREATE TABLE \(name) (\((provenance + own).joined(separator: ", ")))"
    }

    /// `INSERT` binding provenance then every contract column, in spec order.
    var insertSQL: String {
        let names = (kind == .registry ? ["file_id", "line"] : DatasetSpec.provenanceColumns) + columns.map(\.name)
        let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
        return "INSERT INTO \(name) (\(names.joined(separator: ", "))) VALUES (\(marks))"
    }
}
