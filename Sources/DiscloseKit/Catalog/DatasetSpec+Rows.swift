/// Rows built by column name, so nothing outside the catalog depends on the order of a dataset's columns.
extension DatasetSpec {
    /// The header line of this dataset's file, in catalog order.
    public var headerLine: String {
        columns.map(\.name).joined(separator: ",")
    }

    /// A CSV line with each value under its column's name (columns not given are empty), in catalog order.
    /// Names the catalog does not have are left out; `unknownColumns(in:)` lists them for tests.
    public func line(_ values: KeyValuePairs<String, String>) -> String {
        var byName: [String: String] = [:]
        for (name, value) in values { byName[name] = value }
        return columns.map { DatasetSpec.csvField(byName[$0.name] ?? "") }.joined(separator: ",")
    }

    /// The names in `values` that are not columns of this dataset.
    public func unknownColumns(in values: KeyValuePairs<String, String>) -> [String] {
        values.map(\.key).filter { column($0) == nil }
    }

    /// A field as CSV writes it: quoted when it holds a comma, a quote or a line break.
    static func csvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension DatasetCatalog {
    /// The datasets as JSON for tools outside Swift (`disclose schema --datasets`): name, file, kind and
    /// columns in file order, with type, whether required, private (never published nor readable by `sql:`)
    /// and person-id columns marked.
    public static var json: JSONValue {
        .object([
            "datasets": .array(
                all.map { spec in
                    .object([
                        "name": .string(spec.name), "file": .string(spec.fileName), "kind": .string(spec.kind.rawValue),
                        "key": .array(spec.key.map(JSONValue.string)),
                        "columns": .array(
                            spec.columns.map { column in
                                var fields: [String: JSONValue] = [
                                    "name": .string(column.name), "required": .bool(!column.optional),
                                    "person_id": .bool(column.type == .personID), "private": .bool(column.isPrivate),
                                ]
                                if case .enumeration(let values) = column.type { fields["values"] = .array(values.map(JSONValue.string)) }
                                return .object(fields)
                            }),
                    ])
                })
        ])
    }
}
