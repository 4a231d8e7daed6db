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

    /// `INSERT` of `rows` rows: the file's provenance (`?1`…) is bound once and shared by every row; each row
    /// then binds its line and its contract columns, in spec order, to the next parameters.
    func insertSQL(rows: Int) -> String {
        let shared = kind == .registry ? ["file_id"] : Array(DatasetSpec.provenanceColumns.dropLast())
        let names = shared + ["line"] + columns.map(\.name)
        var next = shared.count
        let row = { () -> String in
            let own = (0...columns.count).map { _ in
                next += 1
                return "?\(next)"
            }
            return "(" + ((1...shared.count).map { "?\($0)" } + own).joined(separator: ", ") + ")"
        }
        let values = (0..<max(1, rows)).map { _ in row() }
        return "INSERT INTO \(name) (\(names.joined(separator: ", "))) VALUES \(values.joined(separator: ", "))"
    }
}
