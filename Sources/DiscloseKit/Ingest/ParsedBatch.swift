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
/// Values and key fields of all its rows live in two flat arrays (no array per row).
struct ParsedBatch: Sendable {
    /// Index of the file in the plan.
    var file: Int
    /// Values per valid row (the dataset's column count) and key fields per row.
    var width = 0
    var keyWidth = 0
    var rows: [ParsedRow] = []
    var values: [SQLValue] = []
    /// Each row's key fields, `keyWidth` of them per row in row order.
    var keys: [String] = []
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

    /// The values of the row at `index`, or nil when it was invalid.
    func values(of index: Int) -> ArraySlice<SQLValue>? {
        let start = rows[index].valueStart
        return start < 0 ? nil : values[start..<start + width]
    }

    /// The key fields of the row at `index` (empty when the dataset has no key).
    func keyParts(of index: Int) -> ArraySlice<String> {
        keys[index * keyWidth..<(index + 1) * keyWidth]
    }
}
