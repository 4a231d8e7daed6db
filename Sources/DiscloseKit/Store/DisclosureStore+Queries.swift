/// Every read the later stages make of the store, so no SQL about its tables lives outside `Store/`
/// (the metrics' own queries live in their declarations and run through `rows(_:)`).
extension DisclosureStore {
    /// Every row of a metric declaration's query.
    func rows(_ sql: String) throws(DiscloseError) -> [[SQLValue]] {
        try database.rows(sql)
    }

    /// Every file a company sent, as (dataset, fiscal year, company, rows stored), in the order read:
    /// the query (run through `rows(_:)`, so it may run ahead with the metric queries) and its rows read.
    static let companyFilesSQL =
        "SELECT dataset, fiscal_year, company, rows FROM files WHERE company IS NOT NULL AND fiscal_year IS NOT NULL ORDER BY id"

    static func companyFiles(in rows: [[SQLValue]]) -> [(dataset: String, fiscalYear: Int, company: String, rows: Int)] {
        rows.compactMap { row in
            guard row.count == 4, let dataset = row[0].text, let year = row[1].integer, let company = row[2].text else { return nil }
            return (dataset, Int(year), company, Int(row[3].integer ?? 0))
        }
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

    /// Line numbers of the rows `selection` selects (a built-in metric's rows behind a figure).
    func lines(of selection: RowSelection) throws(DiscloseError) -> [Int] {
        try database.rows("SELECT line FROM \(selection.sql) ORDER BY line").compactMap { $0.first?.integer }.map { Int($0) }
    }

    /// Adds the indexes the build leaves out (it reads each table whole) but per-company questions need
    /// (`files(of:company:fiscalYear:)`, `lines(of:company:fiscalYear:)`, `lines(of:)` for one company), so the
    /// evidence pack of a 300-company group takes seconds rather than minutes; the database is private and temporary.
    func indexRowsByCompany() throws(DiscloseError) {
        try database.execute("CREATE INDEX IF NOT EXISTS evidence_files ON files (dataset, company, fiscal_year)")
        for spec in DatasetCatalog.perCompany {
            try database.execute("CREATE INDEX IF NOT EXISTS evidence_\(spec.name) ON \(spec.name) (company, fiscal_year, line)")
        }
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
