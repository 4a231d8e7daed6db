import CSQLite3

extension Database {
    /// Refuses everything but reading: writes, ATTACH, PRAGMA, transactions and schema changes fail at prepare time.
    public func restrictToReading() {
        sqlite3_set_authorizer(
            handle,
            { _, action, _, _, _, _ in
                switch action {
                case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE: return SQLITE_OK
                default: return SQLITE_DENY
                }
            }, nil)
    }
}
