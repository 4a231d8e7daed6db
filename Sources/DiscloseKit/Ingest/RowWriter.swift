/// Stores parsed rows in the build database, one file after another, finding duplicate keys exactly.
///
/// Runs on the thread that owns the SQLite connection.
struct RowWriter {
    let store: DisclosureStore
    /// The problem cap, shared by every file of the run.
    var budget: ProblemBudget
    private var statements: [String: Statement] = [:]
    private var lookups: [String: Statement] = [:]
    private var current: (file: Int, id: Int64, keys: KeyIndex, stored: Int, lineIndex: Int32)?

    init(store: DisclosureStore, budget: ProblemBudget = ProblemBudget()) {
        self.store = store
        self.budget = budget
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
        for row in batch.rows {
            if !row.keyParts.isEmpty, budget.isFull(for: file.path), state.keys.first(row.keyHash) != nil {
                // Past the cap a duplicate is only counted: no lookup of the first row, no message.
                budget.omit(1, in: file.path, line: row.line)
                continue
            }
            if !row.keyParts.isEmpty, let reference = state.keys.first(row.keyHash),
                let first = try firstLine(of: row.keyParts, reference: reference, spec: file.spec)
            {
                budget.add(
                    .error(
                        at: SourceLocation(path: file.path, line: row.line, column: row.keyColumn),
                        "duplicate \(file.spec.key.joined(separator: ", ")) '\(row.keyParts.joined(separator: ", "))' (first at line \(first))"),
                    to: &diagnostics)
                continue
            }
            guard let values = row.values else {
                if !row.keyParts.isEmpty { state.keys.record(row.keyHash, -Int64(row.line)) }
                continue
            }
            try insert.bind(.integer(Int64(row.line)), at: state.lineIndex)
            for (offset, value) in values.enumerated() { try insert.bind(value, at: state.lineIndex + 1 + Int32(offset)) }
            try insert.run()
            state.stored += 1
            if !row.keyParts.isEmpty { state.keys.record(row.keyHash, store.database.lastInsertRowID) }
            visit?(row, values)
        }
        current = state
        if batch.isLast {
            try store.setRowCount(state.stored, forFile: state.id)
            current = nil
        }
    }

    /// Registers a new file and binds its provenance to the dataset's insert statement.
    private mutating func start(_ index: Int, _ file: PlannedFile) throws(DiscloseError) {
        let id = try store.addFile(path: file.path, dataset: file.spec.name, company: file.company, fiscalYear: file.fiscalYear)
        let insert = try statement(for: file.spec)
        var provenance: [SQLValue] = []
        if let company = file.company, let year = file.fiscalYear { provenance = [.text(company), .integer(Int64(year))] }
        provenance.append(.integer(id))
        for (offset, value) in provenance.enumerated() { try insert.bind(value, at: Int32(offset + 1)) }
        current = (index, id, KeyIndex(), 0, Int32(provenance.count + 1))
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
}
