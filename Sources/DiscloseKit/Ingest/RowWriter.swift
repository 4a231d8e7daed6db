/// Stores parsed rows in the build database, one file after another, finding duplicate keys exactly.
///
/// Runs on the thread that owns the SQLite connection.
struct RowWriter {
    let store: DisclosureStore
    /// The problem cap, shared by every file of the run.
    var budget = ProblemBudget()
    /// Each dataset's writer (its statements prepared once per run), from the store.
    private var writers: [String: TableWriter] = [:]
    private var current: FileState?

    /// The file being written: its table's writer (provenance bound), the keys seen, the rows stored.
    private struct FileState {
        var file: Int
        var writer: TableWriter
        var keys = KeyIndex()
        var stored = 0
    }
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
        let keyed = batch.keyWidth > 0
        var pending: [Int] = []
        pending.reserveCapacity(Self.rowsPerInsert)
        try batch.values.bytes.withUnsafeBufferPointer { bytes throws(DiscloseError) in
            for (index, row) in batch.rows.enumerated() {
                if keyed, pending.contains(where: { batch.rows[$0].keyHash == row.keyHash }) {
                    // The first row with this key may be waiting: store it, so it can be looked up.
                    try insert(pending, of: batch, bytes: bytes, state: &state, visit: visit)
                    pending.removeAll(keepingCapacity: true)
                }
                if keyed, let reference = state.keys.first(row.keyHash) {
                    if budget.isFull(for: file.path) {
                        // Past the cap a duplicate is only counted: no lookup of the first row, no message.
                        budget.omit(1, in: file.path, line: row.line)
                        continue
                    }
                    let parts = batch.keyParts(of: index)
                    if let first = try firstLine(of: parts, reference: reference, in: state.writer) {
                        budget.add(
                            .error(
                                at: SourceLocation(path: file.path, line: row.line, column: row.keyColumn),
                                "duplicate \(file.spec.key.joined(separator: ", ")) '\(shownKey(parts, spec: file.spec))' (first at line \(first))"),
                            to: &diagnostics)
                        continue
                    }
                }
                guard batch.valueSlots(of: index) != nil else {
                    if keyed { state.keys.record(row.keyHash, -Int64(row.line)) }
                    continue
                }
                pending.append(index)
                if pending.count == Self.rowsPerInsert {
                    try insert(pending, of: batch, bytes: bytes, state: &state, visit: visit)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            try insert(pending, of: batch, bytes: bytes, state: &state, visit: visit)
        }
        current = state
        if batch.isLast {
            files[files.count - 1].rows = state.stored
            current = nil
        }
    }

    /// Rows stored by one INSERT statement when that many are waiting (fewer go one at a time).
    static let rowsPerInsert = TableWriter.rowsPerInsert

    /// Stores the valid rows `indices` of `batch`: all in one statement when there are `rowsPerInsert`,
    /// else one by one; each row's key is then remembered by its rowid (consecutive within one statement).
    private mutating func insert(
        _ indices: [Int], of batch: ParsedBatch, bytes: UnsafeBufferPointer<UInt8>,
        state: inout FileState, visit: ((ParsedRow, [SQLValue]) -> Void)?
    ) throws(DiscloseError) {
        func stored(_ index: Int, rowID: Int64) {
            state.stored += 1
            if batch.keyWidth > 0 { state.keys.record(batch.rows[index].keyHash, rowID) }
            if let visit, let slots = batch.valueSlots(of: index) { visit(batch.rows[index], slots.map(batch.values.value)) }
        }
        // Sixteen rows bind one after another and run once; fewer run one at a time.
        let together = indices.count == Self.rowsPerInsert
        let writer = state.writer
        for index in indices {
            guard let slots = batch.valueSlots(of: index) else { continue }
            let line = batch.rows[index].line
            if together {
                try writer.bind(line: line, batch.values, slots: slots, bytes: bytes)
            } else {
                stored(index, rowID: try writer.insert(line: line, batch.values, slots: slots, bytes: bytes))
            }
        }
        guard together else { return }
        let first = try writer.insertBound()
        for (offset, index) in indices.enumerated() { stored(index, rowID: first + Int64(offset)) }
    }

    /// Registers a new file and binds its provenance to the dataset's insert statement.
    private mutating func start(_ index: Int, _ file: PlannedFile) throws(DiscloseError) {
        let id = nextFileID
        nextFileID += 1
        files.append(FileRecord(id: id, path: file.path, dataset: file.spec.name, company: file.company, fiscalYear: file.fiscalYear))
        let writer = try writer(for: file.spec)
        try writer.start(fileID: id, company: file.company, fiscalYear: file.fiscalYear)
        current = FileState(file: index, writer: writer)
    }

    private mutating func writer(for spec: DatasetSpec) throws(DiscloseError) -> TableWriter {
        if let prepared = writers[spec.name] { return prepared }
        let prepared = try store.tableWriter(for: spec)
        writers[spec.name] = prepared
        return prepared
    }

    /// The line of the earlier row with the same key, confirmed against the stored row; nil on a hash collision.
    private func firstLine(of parts: [String], reference: Int64, in writer: TableWriter) throws(DiscloseError) -> Int? {
        guard reference > 0 else { return Int(-reference) }
        guard let stored = try writer.storedKey(rowID: reference), stored.key == parts else { return nil }
        return stored.line
    }

    /// The key as a message may quote it: private columns (person ids) shown as `[person_id]`.
    func shownKey(_ parts: [String], spec: DatasetSpec) -> String {
        zip(spec.key, parts).map { name, part in spec.column(name)?.isPrivate == true ? "[\(name)]" : part }.joined(separator: ", ")
    }
}
