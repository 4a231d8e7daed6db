/// Where each contract column sits in one file's header row.
struct HeaderMap {
    /// For each column of the spec, its index in the file's records.
    var fieldIndex: [Int]
    /// The header's field names, in file order.
    var names: [String]

    /// Checks a header row against the spec: unknown, duplicate and missing columns are errors.
    /// At most `limit` are kept (a header of a million columns is counted, not listed): `omitted` says how many were not.
    static func make(
        header: CSVRecord, spec: DatasetSpec, path: String, diagnostics: inout [Diagnostic], limit: Int = .max
    ) -> (map: HeaderMap?, omitted: Int) {
        let known = spec.columns.map(\.name)
        var positions: [String: Int] = [:]
        var ok = true
        var omitted = 0
        let start = diagnostics.count
        for (index, name) in header.fields.enumerated() {
            let location = SourceLocation(path: path, line: header.fieldLines[index], column: header.columns[index])
            if diagnostics.count - start >= limit - 1, !known.contains(name) || positions[name] != nil {
                omitted += 1  // past the cap: counted, and no suggestion is computed
                ok = false
            } else if !known.contains(name) {
                diagnostics.append(
                    .error(
                        at: location,
                        "unknown column '\(name)' in \(spec.fileName)" + Suggestion.hint(for: name, in: known.filter { positions[$0] == nil }), rule: .dataHeader))
                ok = false
            } else if positions[name] != nil {
                diagnostics.append(.error(at: location, "duplicate column '\(name)' in the header", rule: .dataHeader))
                ok = false
            } else {
                positions[name] = index
            }
        }
        let missing = known.filter { positions[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    at: SourceLocation(path: path, line: header.line, column: 1),
                    "missing column\(missing.count == 1 ? "" : "s") \(list) in \(spec.fileName) (expected: \(known.joined(separator: ", ")))", rule: .dataHeader))
            ok = false
        }
        guard ok else { return (nil, omitted) }
        return (HeaderMap(fieldIndex: spec.columns.map { positions[$0.name] ?? 0 }, names: header.fields), 0)
    }
}
