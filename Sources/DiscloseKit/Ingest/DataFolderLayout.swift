import Foundation

/// Identifies one company's folder in one fiscal year.
struct FolderKey: Hashable {
    var fiscalYear: Int
    var company: String
}

/// What the data folder holds: its `FY<N>` folders and each company's files, checked against the registry.
struct DataFolderLayout {
    var fiscalYears: [Int] = []
    var files: [FolderKey: Set<String>] = [:]

    /// Lists the data folder in sorted order; unknown folders and files are errors.
    static func scan(dataPath: String, companies: Set<String>, diagnostics: inout [Diagnostic]) -> DataFolderLayout {
        var layout = DataFolderLayout()
        let known = DatasetCatalog.perCompany.map(\.fileName)
        for entry in sortedEntries(dataPath) {
            let path = (dataPath as NSString).appendingPathComponent(entry)
            guard isDirectory(path) else { continue }
            guard entry.hasPrefix("FY"), entry.count == 6, let year = Int(entry.dropFirst(2)) else {
                diagnostics.append(.warning(at: SourceLocation(path: path), "ignored folder: fiscal-year folders are named FY<year>, e.g. FY2025"))
                continue
            }
            layout.fiscalYears.append(year)
            for code in sortedEntries(path) {
                let companyPath = (path as NSString).appendingPathComponent(code)
                guard isDirectory(companyPath) else {
                    diagnostics.append(.warning(at: SourceLocation(path: companyPath), "ignored file: an FY folder holds one folder per company"))
                    continue
                }
                guard companies.contains(code) else {
                    diagnostics.append(
                        .error(
                            at: SourceLocation(path: companyPath),
                            "folder '\(code)' is not a company in companies.csv" + Suggestion.hint(for: code, in: companies.sorted())))
                    continue
                }
                var sent: Set<String> = []
                for file in sortedEntries(companyPath) {
                    if known.contains(file) {
                        sent.insert(file)
                    } else {
                        diagnostics.append(
                            .error(
                                at: SourceLocation(path: (companyPath as NSString).appendingPathComponent(file)),
                                "unknown dataset file '\(file)' (expected: \(known.joined(separator: ", ")))"
                                    + Suggestion.hint(for: file, in: known)))
                    }
                }
                layout.files[FolderKey(fiscalYear: year, company: code)] = sent
            }
        }
        return layout
    }

    /// Entries of a folder, hidden ones left out, in byte order.
    static func sortedEntries(_ path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
