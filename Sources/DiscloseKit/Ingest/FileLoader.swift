import Foundation

/// Streams one CSV file through validation into its table, keeping provenance (file and line) on every row.
struct FileLoader {
    /// Problems kept per file before reading stops, so a wholly wrong file cannot exhaust memory.
    static let maxProblemsPerFile = 10_000
    let spec: DatasetSpec
    let path: String
    let company: String?
    let fiscalYear: Int?
    let courses: Set<String>
    let formIDs: Set<String>?
    let maxRows: Int

    init(
        spec: DatasetSpec, path: String, company: String?, fiscalYear: Int?, courses: Set<String>, formIDs: Set<String>?,
        maxRows: Int
    ) {
        self.spec = spec
        self.path = path
        self.company = company
        self.fiscalYear = fiscalYear
        self.courses = courses
        self.formIDs = formIDs
        self.maxRows = maxRows
    }

    /// Loads the file; returns the rows stored and the key values seen (the form ids, for the ledger).
    /// `visit` sees every valid row after it is stored.
    mutating func load(
        into store: DisclosureStore, diagnostics: inout [Diagnostic], progress: ProgressReporter,
        visit: ((_ values: [SQLValue], _ record: CSVRecord, _ header: HeaderMap) -> Void)? = nil
    ) throws(DiscloseError) -> (rows: Int, keys: Set<String>) {
        let reader = try CSVReader(path: path, displayPath: path)
        let fileID = try store.addFile(path: path, dataset: spec.name, company: company, fiscalYear: fiscalYear)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let headerRecord = reader.next() else { return (0, []) }
        guard let header = HeaderMap.make(header: headerRecord, spec: spec, path: path, diagnostics: &diagnostics) else {
            return (0, [])
        }
        let validator = RowValidator(spec: spec, header: header, path: path, courses: courses, formIDs: formIDs)
        let insert = try store.database.prepare(spec.insertSQL)
        var provenance: [SQLValue] = []
        if let company, let fiscalYear { provenance = [.text(company), .integer(Int64(fiscalYear))] }
        provenance.append(.integer(fileID))
        for (offset, value) in provenance.enumerated() { try insert.bind(value, at: Int32(offset + 1)) }
        let lineIndex = Int32(provenance.count + 1)
        let keyPositions = spec.key.compactMap { name in spec.columns.firstIndex { $0.name == name } }
        let keyFields = keyPositions.map { header.fieldIndex[$0] }
        var keys = KeyIndex()
        var formIDs: Set<String> = []
        var values: [SQLValue] = []
        var rows = 0
        var stored = 0
        let firstDiagnostic = diagnostics.count
        while let record = reader.next() {
            if diagnostics.count - firstDiagnostic >= FileLoader.maxProblemsPerFile {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: path, line: record.line, column: 1),
                        "stopped reading after \(FileLoader.maxProblemsPerFile) problems in this file; fix these and run again"))
                break
            }
            rows += 1
            if rows > maxRows {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: path, line: record.line, column: 1),
                        "too many rows: limits.max_rows_per_file is \(maxRows); the rest of the file was not read"))
                break
            }
            if rows % 65_536 == 0 { progress.report(file: path, rows: rows) }
            var duplicate = false
            var keyHash: UInt64 = 0
            if !keyFields.isEmpty {
                let parts = keyFields.map { record.fields[$0] }
                keyHash = KeyIndex.hash(parts)
                if let reference = keys.first(keyHash), let first = try firstLine(of: parts, reference: reference, store: store) {
                    diagnostics.append(
                        .error(
                            at: validator.location(record, keyFields[0]),
                            "duplicate \(spec.key.joined(separator: ", ")) '\(parts.joined(separator: ", "))' (first at line \(first))"))
                    duplicate = true
                }
            }
            guard !duplicate, validator.validate(record, into: &diagnostics, values: &values) else {
                if !keyFields.isEmpty, !duplicate { keys.record(keyHash, -Int64(record.line)) }
                continue
            }
            try insert.bind(.integer(Int64(record.line)), at: lineIndex)
            for (offset, value) in values.enumerated() { try insert.bind(value, at: lineIndex + 1 + Int32(offset)) }
            try insert.run()
            stored += 1
            if !keyFields.isEmpty { keys.record(keyHash, store.database.lastInsertRowID) }
            if spec.name == "ledger", let formID = values[0].text { formIDs.insert(formID) }
            visit?(values, record, header)
        }
        try store.setRowCount(stored, forFile: fileID)
        return (stored, formIDs)
    }

    /// The line of the earlier row with the same key, confirmed against the stored row; nil on a hash collision.
    private func firstLine(of parts: [String], reference: Int64, store: DisclosureStore) throws(DiscloseError) -> Int? {
        guard reference > 0 else { return Int(-reference) }
        let columns = spec.key.joined(separator: ", ")
        guard let row = try store.database.rows("SELECT line, \(columns) FROM \(spec.name) WHERE rowid = ?", [.integer(reference)]).first
        else { return nil }
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
