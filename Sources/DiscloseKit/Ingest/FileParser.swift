/// Reads one CSV file and validates every record against its dataset, emitting rows in batches.
///
/// It touches no database, so it runs on its own thread while `RowWriter` stores what it produced.
struct FileParser: Sendable {
    /// Problems kept per file; past it they are counted, not stored, so a wholly wrong file cannot exhaust memory.
    static let maxProblemsPerFile = ProblemBudget.perFile
    static let batchSize = 2_048

    let courses: Set<String>
    let maxRows: Int
    /// The data folder every file must stay inside.
    var root: String? = nil

    /// Parses `file`, calling `emit` with each batch (the last one flagged); returns the form ids of a ledger.
    func parse(
        _ file: PlannedFile, index: Int, formIDs: Set<String>?, progress: ProgressReporter,
        emit: (ParsedBatch) -> Bool
    ) -> Set<String> {
        let spec = file.spec
        let reader: CSVReader
        do {
            reader = try CSVReader(path: file.path, displayPath: file.path, within: root, maxFieldBytes: 1 << 20, chunkSize: CSVReader.chunkSize)
        } catch {
            // A file that cannot be opened (a link out of the folder, a FIFO, no permission) is one located problem.
            let located = error.reason == .invalidInput
            _ = emit(ParsedBatch(file: index, diagnostics: error.diagnostics, isLast: true, failure: located ? nil : error))
            return []
        }
        var batch = ParsedBatch(file: index)
        var ledgerIDs: Set<String> = []
        var kept = 0
        var (omitted, omittedLine) = (0, 0)
        /// Keeps the diagnostics added to the batch since `start` while the file's cap allows; counts the rest.
        func cap(from start: Int) {
            let allowed = max(0, Self.maxProblemsPerFile - kept - reader.diagnostics.count)
            let added = batch.diagnostics.count - start
            guard added > allowed else {
                kept += added
                return
            }
            omitted += added - allowed
            omittedLine = max(omittedLine, batch.diagnostics.last?.location.line ?? 0)
            batch.diagnostics.removeLast(added - allowed)
            kept += allowed
        }
        defer {
            batch.diagnostics.append(contentsOf: reader.diagnostics)
            batch.omitted = omitted + reader.omittedProblems
            batch.omittedLine = max(omittedLine, reader.omittedLine)
            batch.isLast = true
            _ = emit(batch)
        }
        guard let headerRecord = reader.next() else { return [] }
        let header = HeaderMap.make(
            header: headerRecord, spec: spec, path: file.path, diagnostics: &batch.diagnostics, limit: Self.maxProblemsPerFile)
        omitted += header.omitted
        omittedLine = header.omitted > 0 ? headerRecord.line : 0
        guard let header = header.map else { return [] }
        let validator = RowValidator(spec: spec, header: header, path: file.path, courses: courses, formIDs: formIDs)
        let keyFields = spec.key.compactMap { name in spec.columns.firstIndex { $0.name == name } }.map { header.fieldIndex[$0] }
        var rows = 0
        var values: [SQLValue] = []
        while let record = reader.next() {
            rows += 1
            if rows > maxRows {
                batch.diagnostics.append(
                    .error(
                        at: SourceLocation(path: file.path, line: record.line, column: 1),
                        "too many rows: limits.max_rows_per_file is \(maxRows); the rest of the file was not read"))
                break
            }
            let before = batch.diagnostics.count
            let valid = validator.validate(record, into: &batch.diagnostics, values: &values)
            if batch.diagnostics.count > before { cap(from: before) }
            let keyParts = keyFields.map { record.fields[$0] }
            if spec.name == "ledger", valid, let id = values.first?.text { ledgerIDs.insert(id) }
            batch.rows.append(
                ParsedRow(
                    line: record.line, values: valid ? values : nil, keyParts: keyParts,
                    keyHash: keyParts.isEmpty ? 0 : KeyIndex.hash(keyParts),
                    keyColumn: keyFields.first.map { record.columns[$0] } ?? 1,
                    columns: spec.kind == .registry ? header.fieldIndex.map { record.columns[$0] } : nil))
            if batch.rows.count >= Self.batchSize {
                guard emit(batch) else { return ledgerIDs }
                batch = ParsedBatch(file: index)
                if rows % 65_536 < Self.batchSize { progress.report(file: file.path, rows: rows) }
            }
        }
        return ledgerIDs
    }
}
