/// The person ids the store holds, for the privacy guard and for redacting command output.
extension DisclosureStore {
    /// Columns the dataset catalog marks as person ids, as (table, column).
    static var personIDColumns: [(table: String, column: String)] {
        ([DatasetCatalog.companies] + DatasetCatalog.perCompany).flatMap { spec in
            spec.columns.filter { $0.type == .personID }.map { (spec.name, $0.name) }
        }
    }

    /// Every distinct person id in the store.
    ///
    /// Each person-id column is read plainly (no `UNION … ORDER BY`, which sorted millions of rows in
    /// temporary files) and its bytes hashed straight into the set, which drops repeats itself.
    public func personIDs() throws(DiscloseError) -> PersonIDSet {
        var loader = PersonIDSet.Loader()
        try forEachPersonID { loader.add(utf8: $0) }
        return loader.finish()
    }

    /// For each form hash in `forms` (from person-id matches), the id it is a form of: the store's ids
    /// streamed once more, on the failure path only. The least id in UTF-8 order wins a shared form.
    func personIDNames(of forms: Set<UInt64>) throws(DiscloseError) -> [UInt64: String] {
        guard !forms.isEmpty else { return [:] }
        var names = PersonIDSet.Names(forms: forms)
        try forEachPersonID { names.consider($0) }
        return names.found
    }

    /// Calls `body` with the UTF-8 bytes of every person id in every person-id column, repeats
    /// included, in no particular order (every caller builds a set).
    func forEachPersonID(_ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(DiscloseError) {
        for (table, column) in Self.personIDColumns {
            // Without ORDER BY on purpose: sorting millions of rows costs, and a set has no order.
            try database.prepare("SELECT \(column) FROM \(table)").forEachText(body)
        }
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
