import Foundation

/// The build-private SQLite database that ingested rows live in, with their provenance; the one owner
/// of its connection and file. The file is removed when the last reference goes (or at exit, or on a
/// signal), so no caller closes it; the command line never sees a store.
///
/// Everything the other stages do with the store goes through its methods: no code outside `Store/` touches
/// its connection (`database`) or writes SQL about its tables, except the built-in metrics' queries in
/// `Metrics/`, run by `Evaluation/` (`SQLBoundaryTests` checks both).
public final class DisclosureStore {
    /// The connection: used in `Store/` only.
    let database: Database
    /// The private database file; nil for an in-memory store.
    let file: PrivateDatabaseFile?

    private init(database: Database, file: PrivateDatabaseFile?) {
        self.database = database
        self.file = file
    }

    deinit {
        file?.remove()
    }

    /// Tables the store always has besides one per dataset.
    static let fixedSchema = """
        CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL, dataset TEXT NOT NULL,
            company TEXT, fiscal_year INTEGER, rows INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE scope_companies (code TEXT PRIMARY KEY);
        """

    /// Creates an empty store in a private file under the system's temporary folder (or in memory).
    ///
    /// SQLite's own temporary files (sorts, DISTINCT) go to the same private folder, deleted as they are opened.
    public static func create(inMemory: Bool = false) throws(DiscloseError) -> DisclosureStore {
        let file = inMemory ? nil : try PrivateDatabaseFile()
        let database = try Database(path: file?.path ?? ":memory:")
        try database.execute(
            "PRAGMA page_size=65536; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16384;")
        if let folder = file?.folder {
            // SQLite's sort and DISTINCT spill files go to the private folder (opened unlinked), not to
            // memory: at 10x scale the in-memory temporary store alone took peak RSS past 350 MB.
            try database.execute("PRAGMA temp_store=FILE; PRAGMA temp_store_directory='\(folder.replacingOccurrences(of: "'", with: "''"))';")
        } else {
            try database.execute("PRAGMA temp_store=MEMORY;")
        }
        try database.execute(fixedSchema)
        for spec in [DatasetCatalog.companies] + DatasetCatalog.perCompany {
            try database.execute(spec.createTableSQL)
        }
        return DisclosureStore(database: database, file: file)
    }

    /// Runs `body` inside one transaction (a load's rows are written in one), committed when it returns and
    /// ended when it throws. The store keeps no journal, so rows written before a failure may stay: a
    /// failed load is discarded with its store.
    public func transaction<T>(_ body: () throws(DiscloseError) -> T) throws(DiscloseError) -> T {
        try database.transaction(body)
    }

    /// A writer of `spec`'s rows, its statements prepared now (keep it for the run: they are reused).
    func tableWriter(for spec: DatasetSpec) throws(DiscloseError) -> TableWriter {
        try TableWriter(spec: spec, database: database)
    }

    /// Records the files read, with the rows each contributed, in one prepared statement.
    func addFiles(_ files: [FileRecord]) throws(DiscloseError) {
        guard !files.isEmpty else { return }
        let statement = try database.prepare("INSERT INTO files (id, path, dataset, company, fiscal_year, rows) VALUES (?, ?, ?, ?, ?, ?)")
        for file in files {
            try statement.bind([
                .integer(file.id), .text(file.path), .text(file.dataset), file.company.map(SQLValue.text) ?? .null,
                file.fiscalYear.map { .integer(Int64($0)) } ?? .null, .integer(Int64(file.rows)),
            ])
            try statement.run()
        }
    }
}
