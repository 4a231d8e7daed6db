/// Problems of one file kept so far against its cap, and those past it, counted.
struct FileProblems {
    var kept = 0
    var omitted = 0
    /// The line of the last problem counted but not kept.
    var omittedLine = 0

    /// Keeps the diagnostics added since `start` while the file's cap allows (`alsoKept` are kept elsewhere); counts the rest.
    mutating func cap(_ diagnostics: inout [Diagnostic], from start: Int, alsoKept: Int) {
        let allowed = max(0, FileParser.maxProblemsPerFile - kept - alsoKept)
        let added = diagnostics.count - start
        guard added > allowed else {
            kept += added
            return
        }
        omitted += added - allowed
        omittedLine = max(omittedLine, diagnostics.last?.location.line ?? 0)
        diagnostics.removeLast(added - allowed)
        kept += allowed
    }
}

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
    /// `folder`, when open, is the descriptor of the folder holding the file (see `SmallFile.openFolder`).
    func parse(
        _ file: PlannedFile, index: Int, referenced: ReferencedKeys?, progress: ProgressReporter, folder: Int32 = -1,
        emit: (ParsedBatch) -> Bool
    ) -> ReferencedKeys {
        let spec = file.spec
        let keyWidth = spec.key.count
        var batch = ParsedBatch(file: index, width: spec.columns.count, keyWidth: keyWidth)
        var reader: CSVReader
        if trustedFolders, encodings.first == .utf8, let bytes = SmallFile.utf8Contents(file.path, folder: folder, name: file.spec.fileName) {
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
            case .rejected(let message, let line):
                batch.diagnostics.append(.error(at: SourceLocation(path: file.path, line: line, column: line > 0 ? 1 : 0), message))
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
        var problems = FileProblems()
        defer {
            batch.diagnostics.append(contentsOf: reader.diagnostics)
            batch.omitted = problems.omitted + reader.omittedProblems
            batch.omittedLine = max(problems.omittedLine, reader.omittedLine)
            batch.isLast = true
            batch.fileRejected = forms.fileRejected || batch.omitted > 0
            _ = emit(batch)
        }
        var header: HeaderMap?
        var record = RawRecord()
        if reader.advance(into: &record) {
            header = headers.map(
                for: record, spec: spec, path: file.path, diagnostics: &batch.diagnostics, limit: Self.maxProblemsPerFile,
                omitted: &problems.omitted)
            if problems.omitted > 0 { problems.omittedLine = record.line }
        }
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
        while reader.advance(into: &record) {
            rows += 1
            if rows > maxRows {
                batch.diagnostics.append(
                    .error(
                        at: SourceLocation(path: file.path, line: record.line, column: 1),
                        "too many rows: limits.max_rows_per_file is \(maxRows); the rest of the file was not read"))
                break
            }
            let before = batch.diagnostics.count
            let valueStart = batch.values.count
            let valid = validator.validate(&record, into: &batch.diagnostics, values: &batch.values)
            if batch.diagnostics.count > before {
                problems.cap(&batch.diagnostics, from: before, alsoKept: reader.diagnostics.count)
            }
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
                    keyColumn: keyFields.first.map(record.column) ?? 1,
                    columns: spec.kind == .registry ? header.fieldIndex.map(record.column) : nil))
            if batch.rows.count >= Self.batchSize {
                guard emit(batch) else { return forms }
                batch = ParsedBatch(file: index, width: spec.columns.count, keyWidth: keyWidth, readAs: batch.readAs)
                if rows % 65_536 < Self.batchSize { progress.report(file: file.path, rows: rows) }
            }
        }
        return forms
    }
}
