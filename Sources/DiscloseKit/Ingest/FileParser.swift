/// Reads one CSV file and validates every record against its dataset, emitting rows in batches.
///
/// It touches no database, so it runs on its own thread while `RowWriter` stores what it produced.
struct FileParser: Sendable {
    /// Problems kept per file; past it they are counted, not stored, so a wholly wrong file cannot exhaust memory.
    static let maxProblemsPerFile = ProblemBudget.perFile
    static let batchSize = 2_048

    let courses: Set<String>
    let maxRows: Int
    /// Encodings to try, in order, for each file (`encodings:` in pipeline.yaml).
    var encodings: [TextEncoding] = [.utf8]
    /// The data folder every file must stay inside.
    var root: String? = nil
    /// Header rows already checked (shared by every copy of this parser).
    let headers = HeaderCache()
    /// Every file parsed lies directly in a folder already found inside `root` (`DataFolderLayout` checked it),
    /// so a small file that is not itself a link may be opened the quick way (`SmallFile`).
    var trustedFolders = false

    /// Parses `file`, checking its cross-file rules against `referenced`, calling `emit` with each batch
    /// (the last one flagged); returns the keys it holds that other datasets reference.
    func parse(
        _ file: PlannedFile, index: Int, referenced: ReferencedKeys?, progress: ProgressReporter,
        emit: (ParsedBatch) -> Bool
    ) -> ReferencedKeys {
        let spec = file.spec
        let keyWidth = spec.key.count
        var batch = ParsedBatch(file: index, width: spec.columns.count, keyWidth: keyWidth)
        var reader: CSVReader
        if trustedFolders, encodings.first == .utf8, let bytes = SmallFile.utf8Contents(file.path) {
            // A small, plain UTF-8 file in a checked folder: read once, parsed from memory.
            reader = CSVReader(bytes: bytes, displayPath: file.path)
        } else {
            do {
                reader = try CSVReader(
                    path: file.path, displayPath: file.path, within: root, maxFieldBytes: 1 << 20, chunkSize: CSVReader.chunkSize)
            } catch {
                // A file that cannot be opened (a link out of the folder, a FIFO, no permission) is one located problem.
                let located = error.reason == .invalidInput
                _ = emit(
                    ParsedBatch(file: index, diagnostics: error.diagnostics, isLast: true, failure: located ? nil : error, fileRejected: true))
                return ReferencedKeys(fileRejected: true)
            }
            // The file passed InputFile's checks (inside the folder, a regular file) before a byte is read again here.
            switch FileEncoding.decide(path: file.path, within: root, encodings: encodings) {
            case .rejected(let message):
                batch.diagnostics.append(.error(at: SourceLocation(path: file.path), message))
                (batch.isLast, batch.fileRejected) = (true, true)
                _ = emit(batch)
                return ReferencedKeys(fileRejected: true)
            case .converted(let bytes, let encoding):
                reader = CSVReader(bytes: bytes, displayPath: file.path)
                batch.readAs = encoding
            case .utf8: break
            }
        }
        var forms = ReferencedKeys()
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
            batch.fileRejected = forms.fileRejected || batch.omitted > 0
            _ = emit(batch)
        }
        var headerOmitted = 0
        let headerRecord = reader.next()
        let header = headerRecord.flatMap {
            headers.map(
                for: $0, spec: spec, path: file.path, diagnostics: &batch.diagnostics, limit: Self.maxProblemsPerFile,
                omitted: &headerOmitted)
        }
        (omitted, omittedLine) = (headerOmitted, headerOmitted > 0 ? headerRecord?.line ?? 1 : 0)
        guard let header else {
            forms.fileRejected = true
            return forms
        }
        let validator = RowValidator(
            spec: spec, header: header, path: file.path, courses: courses, referenced: referenced,
            checks: headers.checks(for: spec, courses: courses))
        let referencedField = spec.referencedKey.flatMap { name in spec.columns.firstIndex { $0.name == name } }
            .map { header.fieldIndex[$0] }
        let keyFields = spec.key.compactMap { name in spec.columns.firstIndex { $0.name == name } }.map { header.fieldIndex[$0] }
        var rows = 0
        while reader.advance() {
            rows += 1
            let more = reader.withRecord { record -> Bool in
                if rows > maxRows {
                    batch.diagnostics.append(
                        .error(
                            at: SourceLocation(path: file.path, line: record.line, column: 1),
                            "too many rows: limits.max_rows_per_file is \(maxRows); the rest of the file was not read"))
                    return false
                }
                let before = batch.diagnostics.count
                let valueStart = batch.values.count
                let valid = batch.add(&record, checkedBy: validator)
                if batch.diagnostics.count > before { cap(from: before) }
                if let field = referencedField {
                    let id = record.string(field)
                    if valid { forms.valid.insert(id) } else { forms.rejected.insert(id) }
                }
                var keyHash: UInt64 = 0
                if keyWidth > 0 {
                    for field in keyFields { batch.appendKey(record.bytes[record.range(field)]) }
                    keyHash = batch.keyHash(of: batch.rows.count)
                }
                batch.rows.append(
                    ParsedRow(
                        line: record.line, valueStart: valid ? valueStart : -1, keyHash: keyHash,
                        keyColumn: keyFields.first.map { record.columns[$0] } ?? 1,
                        columns: spec.kind == .registry ? header.fieldIndex.map { record.columns[$0] } : nil))
                return true
            }
            guard more else { break }
            if batch.rows.count >= Self.batchSize {
                guard emit(batch) else { return forms }
                batch = ParsedBatch(file: index, width: spec.columns.count, keyWidth: keyWidth, readAs: batch.readAs)
                if rows % 65_536 < Self.batchSize { progress.report(file: file.path, rows: rows) }
            }
        }
        return forms
    }
}
