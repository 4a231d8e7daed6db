/// One row of the store's `files` table: a file read, where it came from and how many rows it contributed.
struct FileRecord: Sendable {
    var id: Int64
    var path: String
    var dataset: String
    var company: String?
    var fiscalYear: Int?
    /// Valid rows stored from the file.
    var rows = 0
}
