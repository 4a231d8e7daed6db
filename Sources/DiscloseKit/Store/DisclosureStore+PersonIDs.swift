/// The person ids the store holds, for the privacy guard and for redacting command output.
extension DisclosureStore {
    /// Columns the dataset catalog marks as person ids, as (table, column).
    static var personIDColumns: [(table: String, column: String)] {
        ([DatasetCatalog.companies] + DatasetCatalog.perCompany).flatMap { spec in
            spec.columns.filter { $0.type == .personID }.map { (spec.name, $0.name) }
        }
    }

    /// Every distinct person id in the store.
    public func personIDs() throws(DiscloseError) -> PersonIDSet {
        let columns = Self.personIDColumns
        guard !columns.isEmpty else { return PersonIDSet() }
        let sql = columns.map { "SELECT \($0.column) AS id FROM \($0.table)" }.joined(separator: " UNION ") + " ORDER BY id"
        // Stepped row by row: at 10x scale the ids alone are millions of rows, never held twice.
        let statement = try database.prepare(sql)
        var set = PersonIDSet()
        while let row = try statement.step() {
            if let id = row.first?.text { set.insert(id) }
        }
        return set
    }

    /// A redactor for command output: patterns, the store's person ids and the allow list.
    public func redactor(allowed: [String] = []) throws(DiscloseError) -> Redactor {
        Redactor(personIDs: try personIDs(), allowed: allowed)
    }

    /// For each id, `path:line` of the first data row holding it.
    func firstRows(of ids: Set<String>) throws(DiscloseError) -> [String: String] {
        var found: [String: String] = [:]
        for id in ids.sorted() {
            for (table, column) in Self.personIDColumns where found[id] == nil {
                let row = try database.rows(
                    "SELECT f.path, t.line FROM \(table) t JOIN files f ON f.id = t.file_id WHERE t.\(column) = ? ORDER BY f.path, t.line LIMIT 1",
                    [.text(id)]
                ).first
                if let path = row?.first?.text { found[id] = "\(path):\(row?.last?.integer ?? 0)" }
            }
        }
        return found
    }
}
