/// Stores one dataset's rows in its table: made by the store from the dataset's spec, it holds an INSERT
/// of one row and one of `rowsPerInsert` rows, prepared once per run and reused for every file (the file's
/// provenance bound once per file), and the lookup of a stored row's line and key by its rowid.
///
/// Used on the thread that owns the store's connection, inside `DisclosureStore.transaction`.
final class TableWriter {
    /// Rows stored by one INSERT statement when that many are waiting (fewer go one at a time).
    static let rowsPerInsert = 16

    let spec: DatasetSpec
    private let database: Database
    private let one: Statement
    private let many: Statement
    private var lookup: Statement?
    /// The parameter of a row's line in either INSERT (after the provenance); its values follow.
    private var lineParameter: Int32 = 1
    /// The parameter of the next row's line in the many-row INSERT.
    private var next: Int32 = 1

    init(spec: DatasetSpec, database: Database) throws(DiscloseError) {
        self.spec = spec
        self.database = database
        one = try database.prepare(spec.insertSQL(rows: 1))
        many = try database.prepare(spec.insertSQL(rows: Self.rowsPerInsert))
    }

    /// Binds a file's provenance to both INSERTs: company and fiscal year (a per-company dataset), then the file id.
    func start(fileID: Int64, company: String?, fiscalYear: Int?) throws(DiscloseError) {
        var provenance: [SQLValue] = []
        if let company, let fiscalYear { provenance = [.text(company), .integer(Int64(fiscalYear))] }
        provenance.append(.integer(fileID))
        for insert in [one, many] {
            for (offset, value) in provenance.enumerated() { try insert.bind(value, at: Int32(offset + 1)) }
        }
        lineParameter = Int32(provenance.count + 1)
        next = lineParameter
    }

    /// Stores one row now, its line and the values in `slots`; returns its rowid. Text points into `bytes`.
    func insert(line: Int, _ values: PackedValues, slots: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) throws(DiscloseError) -> Int64 {
        try one.bind(.integer(Int64(line)), at: lineParameter)
        try one.bind(values, slots: slots, from: lineParameter + 1, bytes: bytes)
        try one.run()
        return database.lastInsertRowID
    }

    /// Binds the next row of the many-row INSERT; `bytes` must stay unchanged until `insertBound()`.
    func bind(line: Int, _ values: PackedValues, slots: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) throws(DiscloseError) {
        try many.bind(.integer(Int64(line)), at: next)
        try many.bind(values, slots: slots, from: next + 1, bytes: bytes)
        next += Int32(slots.count + 1)
    }

    /// Stores the `rowsPerInsert` rows bound in one statement; returns the first one's rowid (the others follow it).
    func insertBound() throws(DiscloseError) -> Int64 {
        try many.run()
        next = lineParameter
        return database.lastInsertRowID - Int64(Self.rowsPerInsert - 1)
    }

    /// The line and key (as text) of the stored row `rowID`, or nil when there is none.
    func storedKey(rowID: Int64) throws(DiscloseError) -> (line: Int, key: [String])? {
        let statement: Statement
        if let lookup {
            statement = lookup
        } else {
            statement = try database.prepare("SELECT line, \(spec.key.joined(separator: ", ")) FROM \(spec.name) WHERE rowid = ?")
            lookup = statement
        }
        try statement.bind([.integer(rowID)])
        let found = try statement.step()
        try statement.bind([])  // resets it: no read left open in the transaction
        guard let row = found, let line = row.first?.integer else { return nil }
        let key = row.dropFirst().map { value -> String in
            switch value {
            case .text(let text): return text
            case .integer(let number): return String(number)
            default: return ""
            }
        }
        return (Int(line), key)
    }
}
