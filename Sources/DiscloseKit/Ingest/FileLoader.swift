import Foundation

/// Streams one CSV file through validation into its table, keeping provenance (file and line) on every row.
struct FileLoader {
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
        let keyPositions = spec.key.compactMap { name in spec.columns.firstIndex { $0.name == name } }
        var firstLineOfKey: [String: Int] = [:]
        var rows = 0
        var stored = 0
        while let record = reader.next() {
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
            if !keyPositions.isEmpty {
                let parts = keyPositions.map { record.fields[header.fieldIndex[$0]] }
                let key = parts.joined(separator: "\u{1F}")
                if let first = firstLineOfKey[key] {
                    diagnostics.append(
                        .error(
                            at: validator.location(record, header.fieldIndex[keyPositions[0]]),
                            "duplicate \(spec.key.joined(separator: ", ")) '\(parts.joined(separator: ", "))' (first at line \(first))"))
                    duplicate = true
                } else {
                    firstLineOfKey[key] = record.line
                }
            }
            guard let values = validator.validate(record, into: &diagnostics), !duplicate else { continue }
            try insert.bind(provenance + [.integer(fileID), .integer(Int64(record.line))] + values)
            try insert.run()
            stored += 1
            visit?(values, record, header)
        }
        try store.setRowCount(stored, forFile: fileID)
        return (stored, spec.name == "ledger" ? Set(firstLineOfKey.keys) : [])
    }
}
