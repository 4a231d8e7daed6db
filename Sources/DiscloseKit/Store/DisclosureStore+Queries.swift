/// Every read the later stages make of the store, so no SQL about its tables lives outside `Store/`
/// (the metrics' own queries live in their declarations and run through `rows(_:)`).
extension DisclosureStore {
    /// Every row of a metric declaration's query.
    func rows(_ sql: String) throws(DiscloseError) -> [[SQLValue]] {
        try database.rows(sql)
    }

    /// Files read and rows stored for one dataset of the given companies in one fiscal year.
    func totals(of dataset: String, companies: [String], fiscalYear: Int) throws(DiscloseError) -> (files: Int, rows: Int) {
        let marks = Array(repeating: "?", count: companies.count).joined(separator: ", ")
        let row = try database.rows(
            "SELECT COUNT(*), COALESCE(SUM(rows), 0) FROM files WHERE dataset = ? AND fiscal_year = ? AND company IN (\(marks))",
            [.text(dataset), .integer(Int64(fiscalYear))] + companies.map(SQLValue.text)
        ).first
        return (Int(row?.first?.integer ?? 0), Int(row?.last?.integer ?? 0))
    }

    /// The files one company sent for a dataset in one fiscal year, with the rows each stored, by path.
    func files(of dataset: String, company: String, fiscalYear: Int) throws(DiscloseError) -> [(path: String, rows: Int)] {
        try database.rows(
            "SELECT path, rows FROM files WHERE dataset = ? AND company = ? AND fiscal_year = ? ORDER BY path",
            [.text(dataset), .text(company), .integer(Int64(fiscalYear))]
        ).compactMap { row in row.first?.text.map { ($0, Int(row.last?.integer ?? 0)) } }
    }

    /// Paths of every file read for a dataset, sorted.
    func paths(of dataset: String) throws(DiscloseError) -> [String] {
        try database.rows("SELECT path FROM files WHERE dataset = ? ORDER BY path", [.text(dataset)]).compactMap { $0.first?.text }
    }

    /// Paths of every file read, sorted.
    func paths() throws(DiscloseError) -> [String] {
        try database.rows("SELECT DISTINCT path FROM files ORDER BY path").compactMap { $0.first?.text }
    }

    /// Line numbers of a company's rows of a dataset in one fiscal year.
    func lines(of dataset: String, company: String, fiscalYear: Int) throws(DiscloseError) -> [Int] {
        try database.rows(
            "SELECT line FROM \(dataset) WHERE company = ? AND fiscal_year = ? ORDER BY line", [.text(company), .integer(Int64(fiscalYear))]
        ).compactMap { $0.first?.integer }.map { Int($0) }
    }

    /// Line numbers of the rows of `table` a metric declaration's condition (` WHERE …`) selects.
    func lines(of table: String, where condition: String) throws(DiscloseError) -> [Int] {
        try database.rows("SELECT line FROM \(table)\(condition) ORDER BY line").compactMap { $0.first?.integer }.map { Int($0) }
    }

    /// A read-only connection for a `sql:` metric, refusing everything but reading, with the table
    /// `scope_companies(code)` holding `scope`.
    func readOnlyConnection(scope: [String], seconds: Double = 5) throws(DiscloseError) -> Database {
        try database.execute("DELETE FROM scope_companies")
        let insert = try database.prepare("INSERT INTO scope_companies (code) VALUES (?)")
        for code in scope {
            try insert.bind([.text(code)])
            try insert.run()
        }
        let readOnly = try Database(path: database.path, mode: .readOnly)
        readOnly.restrictToReading(privateColumns: DatasetCatalog.privateColumns, seconds: seconds)
        return readOnly
    }
}
