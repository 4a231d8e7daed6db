/// One file the ingest will read, planned before any reading starts.
struct PlannedFile: Sendable {
    var spec: DatasetSpec
    var path: String
    var company: String?
    var fiscalYear: Int?
}

/// One parsed and validated record: its typed values (nil when invalid) and its key.
struct ParsedRow: Sendable {
    var line: Int
    /// Values in spec column order; nil when a field broke a rule (diagnostics say which).
    var values: [SQLValue]?
    /// The record's key fields, for duplicate detection (empty when the dataset has no key).
    var keyParts: [String]
    var keyHash: UInt64
    /// Where the first key field starts, for the duplicate diagnostic.
    var keyColumn: Int
    /// Where each field starts, in spec column order; kept for the registry only (its checks come later).
    var columns: [Int]? = nil
}

/// A slice of one file's rows, handed from the parsing thread to the thread that writes SQLite.
struct ParsedBatch: Sendable {
    /// Index of the file in the plan.
    var file: Int
    var rows: [ParsedRow] = []
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
}
