import Foundation

/// What `disclose check --kit DIR` found: the manifest, every problem (located in the kit's own files) and the
/// rows of each file sent.
public struct KitCheck: Sendable {
    public var kit: SubmissionKit
    public var folder: String
    public var diagnostics: [Diagnostic]
    /// Valid rows per dataset name, for the files in the kit.
    public var rows: [String: Int]
    /// Datasets whose file is in the kit.
    public var sent: Set<String>
    /// Hides personal data in what is printed: patterns, the kit's person ids, minus the group's allow-list.
    public var redactor: Redactor

    /// The diagnostics as `--strict` shows them (warnings as errors).
    public func diagnostics(strict: Bool) -> [Diagnostic] {
        strict ? diagnostics.map(\.asError) : diagnostics
    }

    /// True when nothing is wrong (with `strict`, nothing to warn about either).
    public func isValid(strict: Bool) -> Bool {
        !diagnostics(strict: strict).contains { $0.severity == .error }
    }
}

extension SubmissionKit {
    /// Checks the kit in `folder` on its own, with the rules the group's `check` applies to the company's folder:
    /// the same validation of every row, the same messages at the same lines and columns, the kit's own paths.
    public static func check(folder: String, threads: Int? = nil) throws(DiscloseError) -> KitCheck {
        let kit = try read(folder: folder)
        var diagnostics: [Diagnostic] = []
        var sent: Set<String> = []
        let known = Set(DatasetCatalog.perCompany.map(\.fileName))
        if let listing = FolderListing(path: folder) {
            for entry in listing.sortedEntries() where entry.name != manifestName {
                let path = (folder as NSString).appendingPathComponent(entry.name)
                if listing.isFolder(entry) {
                    diagnostics.append(
                        .error(at: SourceLocation(path: path), "a kit holds only the company's data files and kit.json, not folders", rule: .dataLayout))
                } else if known.contains(entry.name) {
                    sent.insert(entry.name)
                } else {
                    diagnostics.append(.error(at: SourceLocation(path: path), Ingestor.unknownDatasetFile(entry.name), rule: .dataLayout))
                }
            }
        }
        let store = try DisclosureStore.create()
        let ingestor = Ingestor(
            project: Project(config: kit.config, root: folder), store: store, dataPath: folder, fiscalYear: kit.fiscalYear,
            parsingThreads: threads)
        let reading = try ingestor.readCompanyFolder(
            folder, sent: sent, company: kit.company, fiscalYear: kit.fiscalYear, warnMissing: true)
        diagnostics += reading.diagnostics
        return KitCheck(
            kit: kit, folder: folder, diagnostics: diagnostics.sorted(), rows: reading.rows, sent: reading.sent,
            redactor: try store.redactor(allowed: kit.allowList))
    }
}
