import Foundation

/// Identifies one company's folder in one fiscal year.
struct FolderKey: Hashable, Sendable {
    var fiscalYear: Int
    var company: String
}

/// What the data folder holds: its `FY<N>` folders and each company's files, checked against the registry.
///
/// Only the disclosed year and earlier ones are read: a later folder (data for next year, sent early)
/// cannot change this year's page. Folders not named `FY` and four digits, and years in which no company
/// of the registry is consolidated, are warned about and ignored.
struct DataFolderLayout {
    var fiscalYears: [Int] = []
    var files: [FolderKey: Set<String>] = [:]

    /// What decides which folders are read.
    struct Rules {
        var companies: [Company]
        /// The disclosed fiscal year; later folders are left unread. Nil reads every year.
        var disclosedYear: Int?
        var startMonth: Int
        /// True for a folder name that may be a company whose registry row (or the whole registry) was rejected:
        /// the folder's error then only follows from that one.
        var followsFromRegistry: @Sendable (String) -> Bool = { _ in false }
        /// Company folders listed at once (`DISCLOSE_THREADS`, else one per core).
        var threads = ProcessInfo.processInfo.activeProcessorCount
    }

    /// Lists the data folder in sorted order; unknown folders and files are errors. Warnings about ignored
    /// folders go to `ignored` as well as `diagnostics` (they are shown, never published).
    ///
    /// Each folder is read once (`FolderListing`): what an entry is comes from the folder itself, and only a
    /// symbolic link is resolved to check that it stays inside (a real sub-folder of a folder inside is inside).
    static func scan(
        dataPath: String, rules: Rules, diagnostics: inout [Diagnostic], ignored: inout [Diagnostic]
    ) -> DataFolderLayout {
        var layout = DataFolderLayout()
        let known = DatasetCatalog.perCompany.map(\.fileName)
        let knownNames = known.map { Array($0.utf8CString) }
        let codes = Set(rules.companies.map(\.code))
        let root = FolderBoundary.realPath(dataPath) ?? dataPath
        func ignore(_ path: String, _ message: String) {
            let warning = Diagnostic.warning(at: SourceLocation(path: SensitiveText.redacted(path)), message, rule: .dataLayout)
            diagnostics.append(warning)
            ignored.append(warning)
        }
        guard let dataFolder = FolderListing(path: dataPath) else { return layout }
        var folders: [CompanyFolder] = []
        var yearFolders: [FolderListing] = []
        for entry in dataFolder.sortedEntries() {
            guard dataFolder.isFolder(entry) else { continue }
            let path = join(dataPath, entry.name)
            guard let year = fiscalYear(named: entry.name) else {
                ignore(path, "ignored folder: fiscal-year folders are named FY and four digits, e.g. FY2025")
                continue
            }
            let fyEnd = FiscalYear(year, startMonth: rules.startMonth).end
            if year <= FiscalYear.supported.upperBound, year != rules.disclosedYear, !rules.companies.isEmpty,
                !rules.companies.contains(where: { $0.isConsolidated(on: fyEnd) })
            {
                ignore(path, "ignored folder: no company in companies.csv is consolidated at the end of FY\(year) (\(fyEnd))")
                continue
            }
            guard FiscalYear.supported.contains(year) else {
                ignore(
                    path,
                    "ignored folder: fiscal years run from \(FiscalYear.supported.lowerBound) to \(FiscalYear.supported.upperBound)")
                continue
            }
            if let disclosed = rules.disclosedYear, year > disclosed { continue }
            if entry.kind == .link, !staysInside(path, root: root, &diagnostics) { continue }
            layout.fiscalYears.append(year)
            guard let yearFolder = FolderListing(entry.name, inFolder: dataFolder.descriptor) else { continue }
            yearFolders.append(yearFolder)
            for company in yearFolder.sortedEntries() {
                let code = company.name
                guard yearFolder.isFolder(company) else {
                    diagnostics.append(.warning(at: SourceLocation(path: join(path, code)), "ignored file: a fiscal-year folder holds only one folder per company", rule: .dataLayout))
                    continue
                }
                guard codes.contains(code) else {
                    let message = "folder '\(code)' is not a company in companies.csv"
                    let companyPath = join(path, code)
                    diagnostics.append(
                        rules.followsFromRegistry(code)
                            ? .followOn(at: SourceLocation(path: companyPath), message + " (its registry row was rejected)", rule: .dataLayout)
                            : .error(at: SourceLocation(path: companyPath), message + Suggestion.hint(for: code, in: codes.sorted()), rule: .dataLayout))
                    continue
                }
                if company.kind == .link, !staysInside(join(path, code), root: root, &diagnostics) { continue }
                folders.append(
                    CompanyFolder(
                        key: FolderKey(fiscalYear: year, company: code), path: join(path, code), yearFolder: yearFolder.descriptor,
                        diagnosticsIndex: diagnostics.count))
            }
        }
        // Company folders are listed several at once (their year folders, in `yearFolders`, stay open until
        // then); each one's errors go where a one-by-one scan puts them.
        let contents = folders.concurrentMap(threads: rules.threads, state: {}) { _, folder in
            FolderListing(folder.key.company, inFolder: folder.yearFolder)?.names(among: knownNames) ?? (known: [], others: [])
        }
        withExtendedLifetime(yearFolders) {}
        for (folder, found) in zip(folders, contents).reversed() {
            layout.files[folder.key] = Set(found.known.map { known[$0] })
            let errors = found.others.sorted(by: FolderListing.precedes).map { file in
                Diagnostic.error(at: SourceLocation(path: join(folder.path, file)), Ingestor.unknownDatasetFile(file), rule: .dataLayout)
            }
            diagnostics.insert(contentsOf: errors, at: folder.diagnosticsIndex)
        }
        return layout
    }

    /// A company's folder found in a year folder, to be listed; `diagnosticsIndex` is where its errors belong.
    struct CompanyFolder: Sendable {
        var key: FolderKey
        var path: String
        /// The open year folder's descriptor (`FolderListing.descriptor`) it is opened relative to.
        var yearFolder: Int32
        var diagnosticsIndex: Int
    }

    /// `folder/name` as every diagnostic spells it.
    static func join(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// The year of a folder named exactly `FY` and four ASCII digits (`FY2025`); nil for `FY25`, `FY-001`, `fy2025`.
    static func fiscalYear(named name: String) -> Int? {
        let bytes = Array(name.utf8)
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "F"), bytes[1] == UInt8(ascii: "Y"),
            bytes[2...].allSatisfy({ (48...57).contains($0) })
        else { return nil }
        return Int(name.dropFirst(2))
    }

    /// False (with an error) when the folder's real path leaves the data folder through a symbolic link.
    static func staysInside(_ path: String, root: String, _ diagnostics: inout [Diagnostic]) -> Bool {
        if let real = FolderBoundary.realPath(path), FolderBoundary.contains(root, real) { return true }
        diagnostics.append(
            .error(
                at: SourceLocation(path: path),
                "the folder leads outside the data folder through a symbolic link; disclose reads only files inside it", rule: .dataLayout))
        return false
    }

    /// Entries of a folder, hidden ones left out, in byte order.
    static func sortedEntries(_ path: String) -> [String] {
        FolderListing(path: path)?.sortedEntries().map(\.name) ?? []
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
