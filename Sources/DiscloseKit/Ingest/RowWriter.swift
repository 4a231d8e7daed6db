/// Stores parsed rows in the build database, one file after another, finding duplicate keys exactly.
///
/// Runs on the thread that owns the SQLite connection.
struct RowWriter {
    let store: DisclosureStore
    /// The problem cap, shared by every file of the run.
    var budget = ProblemBudget()
    private var statements: [String: Statement] = [:]
    private var lookups: [String: Statement] = [:]
    private var current: (file: Int, keys: KeyIndex, stored: Int, lineIndex: Int32)?
    /// The files started so far, in order, with their ids; stored by `finish()`.
    private(set) var files: [FileRecord] = []
    private var nextFileID: Int64

    /// A writer whose first file gets the id `firstFileID`.
    init(store: DisclosureStore, firstFileID: Int64 = 1) {
        self.store = store
        self.nextFileID = firstFileID
    }

    /// Stores the `files` rows (paths, provenance, row counts) in one go; returns them.
    @discardableResult
    func finish() throws(DiscloseError) -> [FileRecord] {
        try store.addFiles(files)
        return files
    }

    /// Writes one batch of `plan[batch.file]`; appends its diagnostics and any duplicate found.
    mutating func write(
        _ batch: ParsedBatch, plan: [PlannedFile], diagnostics: inout [Diagnostic],
        visit: ((ParsedRow, [SQLValue]) -> Void)? = nil
    ) throws(DiscloseError) {
        if let failure = batch.failure { throw failure }
        let file = plan[batch.file]
        if current?.file != batch.file { try start(batch.file, file) }
        guard var state = current else { return }
        budget.add(contentsOf: batch.diagnostics, to: &diagnostics)
        budget.omit(batch.omitted, in: file.path, line: batch.omittedLine)
        let insert = try statement(for: file.spec)
        let keyed = batch.keyWidth > 0
        try batch.values.bytes.withUnsafeBufferPointer { bytes throws(DiscloseError) in
            for (index, row) in batch.rows.enumerated() {
                if keyed, let reference = state.keys.first(row.keyHash) {
                    if budget.isFull(for: file.path) {
                        // Past the cap a duplicate is only counted: no lookup of the first row, no message.
                        budget.omit(1, in: file.path, line: row.line)
                        continue
                    }
                    let parts = batch.keyParts(of: index)
                    if let first = try firstLine(of: parts, reference: reference, spec: file.spec) {
                        budget.add(
                            .error(
                                at: SourceLocation(path: file.path, line: row.line, column: row.keyColumn),
                                "duplicate \(file.spec.key.joined(separator: ", ")) '\(shownKey(parts, spec: file.spec))' (first at line \(first))"),
                            to: &diagnostics)
                        continue
                    }
                }
                guard let slots = batch.valueSlots(of: index) else {
                    if keyed { state.keys.record(row.keyHash, -Int64(row.line)) }
                    continue
                }
                try insert.bind(.integer(Int64(row.line)), at: state.lineIndex)
                try insert.bind(batch.values, slots: slots, from: state.lineIndex + 1, bytes: bytes)
                try insert.run()
                state.stored += 1
                if keyed { state.keys.record(row.keyHash, store.database.lastInsertRowID) }
                visit?(row, slots.map(batch.values.value))
            }
        }
        current = state
        if batch.isLast {
            files[files.count - 1].rows = state.stored
            current = nil
        }
    }

    /// Registers a new file and binds its provenance to the dataset's insert statement.
    private mutating func start(_ index: Int, _ file: PlannedFile) throws(DiscloseError) {
        let id = nextFileID
        nextFileID += 1
        files.append(FileRecord(id: id, path: file.path, dataset: file.spec.name, company: file.company, fiscalYear: file.fiscalYear))
        let insert = try statement(for: file.spec)
        var provenance: [SQLValue] = []
        if let company = file.company, let year = file.fiscalYear { provenance = [.text(company), .integer(Int64(year))] }
        provenance.append(.integer(id))
        for (offset, value) in provenance.enumerated() { try insert.bind(value, at: Int32(offset + 1)) }
        current = (index, KeyIndex(), 0, Int32(provenance.count + 1))
    }

    private mutating func statement(for spec: DatasetSpec) throws(DiscloseError) -> Statement {
        if let statement = statements[spec.name] { return statement }
        let statement = try store.database.prepare(spec.insertSQL)
        statements[spec.name] = statement
        return statement
    }

    /// The line of the earlier row with the same key, confirmed against the stored row; nil on a hash collision.
    private mutating func firstLine(of parts: [String], reference: Int64, spec: DatasetSpec) throws(DiscloseError) -> Int? {
        guard reference > 0 else { return Int(-reference) }
        let lookup: Statement
        if let prepared = lookups[spec.name] {
            lookup = prepared
        } else {
            lookup = try store.database.prepare("SELECT line, \(spec.key.joined(separator: ", ")) FROM \(spec.name) WHERE rowid = ?")
            lookups[spec.name] = lookup
        }
        try lookup.bind([.integer(reference)])
        let found = try lookup.step()
        try lookup.bind([])  // resets it: no read left open in the transaction
        guard let row = found else { return nil }
        let stored = row.dropFirst().map { value -> String in
            switch value {
            case .text(let text): return text
            case .integer(let number): return String(number)
            default: return ""
            }
        }
        return stored == parts ? row.first?.integer.map(Int.init) : nil
    }

    /// The key as a message may quote it: private columns (person ids) shown as `[person_id]`.
    func shownKey(_ parts: [String], spec: DatasetSpec) -> String {
        zip(spec.key, parts).map { name, part in spec.column(name)?.isPrivate == true ? "[\(name)]" : part }.joined(separator: ", ")
    }
}
