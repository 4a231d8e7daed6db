import Foundation

/// What a failure of the build database means for the user, in words, with no SQL.
enum DatabaseProblem {
    static func describe(code: Int32, message: String) -> String {
        let folder = FileManager.default.temporaryDirectory.path
        switch code & 0xFF {
        case 13:  // SQLITE_FULL
            return "the build database in \(folder) ran out of space (No space left on device): "
                + "free space there, or set TMPDIR to a folder with more room"
        case 10, 14:  // SQLITE_IOERR, SQLITE_CANTOPEN
            return "cannot read or write the build database in \(folder) (\(message)): check that the folder exists, "
                + "is writable and has room, or set TMPDIR to another folder"
        case 3, 8, 23:  // SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH
            return "the build database in \(folder) cannot be written (Permission denied: \(message)); set TMPDIR to a writable folder"
        case 7:  // SQLITE_NOMEM
            return "out of memory while computing the figures"
        default:
            return "the build database refused an operation: \(message) (SQLite error \(code))"
        }
    }
}
