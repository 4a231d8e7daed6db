/// One file the ingest will read, planned before any reading starts.
struct PlannedFile: Sendable {
    var spec: DatasetSpec
    var path: String
    var company: String?
    var fiscalYear: Int?
}

/// One parsed and validated record: where its values and key sit in its batch.
struct ParsedRow: Sendable {
    var line: Int
    /// Where the row's values start in the batch's `values` (spec column order); -1 when a field broke a rule
    /// (diagnostics say which).
    var valueStart: Int
    var keyHash: UInt64
    /// Where the first key field starts, for the duplicate diagnostic.
    var keyColumn: Int
    /// Where each field starts, in spec column order; kept for the registry only (its checks come later).
    var columns: [Int]? = nil
}

/// A slice of one file's rows, handed from a parsing thread to the thread that writes SQLite.
///
/// Values and key fields of all its rows live in flat arrays (no array, `String` or enum per row or field).
struct ParsedBatch: Sendable {
    /// Index of the file in the plan.
    var file: Int
    /// Values per valid row (the dataset's column count) and key fields per row.
    var width = 0
    var keyWidth = 0
    var rows: [ParsedRow] = []
    var values = PackedValues()
    /// Each row's key fields' bytes, `keyWidth` fields per row in row order; field `i` ends at `keyEnds[i]`.
    var keyBytes: [UInt8] = []
    var keyEnds: [Int] = []
    var diagnostics: [Diagnostic] = []
    /// True for the file's last batch.
    var isLast = false
    /// A failure that ends the ingest (an unreadable file, say).
    var failure: DiscloseError?
    /// Set on a file's batches when it was converted from another encoding.
    var readAs: TextEncoding?
    /// Set on the last batch when the file as a whole was rejected (its encoding or header): problems that only
    /// follow from it elsewhere are then counted, not printed.
    var fileRejected = false
    /// Problems past the per-file cap, counted but not kept, and the line of the last one.
    var omitted = 0
    var omittedLine = 0

    init(
        file: Int, width: Int = 0, keyWidth: Int = 0, diagnostics: [Diagnostic] = [], isLast: Bool = false,
        failure: DiscloseError? = nil, readAs: TextEncoding? = nil, fileRejected: Bool = false
    ) {
        self.file = file
        self.width = width
        self.keyWidth = keyWidth
        self.diagnostics = diagnostics
        self.isLast = isLast
        self.failure = failure
        self.readAs = readAs
        self.fileRejected = fileRejected
    }

    /// The slots of `values` holding the row at `index`, or nil when it was invalid.
    func valueSlots(of index: Int) -> Range<Int>? {
        let start = rows[index].valueStart
        return start < 0 ? nil : start..<start + width
    }

    /// The values of the row at `index` as SQLite would return them, or nil when it was invalid.
    func values(of index: Int) -> [SQLValue]? {
        valueSlots(of: index).map { $0.map(values.value) }
    }

    /// Adds one key field of the row being parsed.
    mutating func appendKey(_ field: ArraySlice<UInt8>) {
        keyBytes.append(contentsOf: field)
        keyEnds.append(keyBytes.count)
    }

    /// The key fields of the row at `index` (empty when the dataset has no key).
    func keyParts(of index: Int) -> [String] {
        (index * keyWidth..<(index + 1) * keyWidth).map { field in
            String(decoding: keyBytes[(field == 0 ? 0 : keyEnds[field - 1])..<keyEnds[field]], as: UTF8.self)
        }
    }

    /// The 64-bit hash of the key of the row at `index`, the same for the same fields.
    func keyHash(of index: Int) -> UInt64 {
        let first = index * keyWidth
        let start = first == 0 ? 0 : keyEnds[first - 1]
        return KeyIndex.hash(fieldsOf: keyBytes, ends: keyEnds[first..<first + keyWidth], from: start)
    }
}
