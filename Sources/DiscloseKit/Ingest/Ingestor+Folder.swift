import Foundation

/// One company folder of one fiscal year read on its own, with the rules the whole data folder is read with:
/// what `check --kit` and `receive` use, so a kit is judged exactly as the group will judge it.
struct CompanyFolderReading: Sendable {
    var diagnostics: [Diagnostic] = []
    /// Valid rows per dataset name, for the files read.
    var rows: [String: Int] = [:]
    /// Datasets whose file is in the folder.
    var sent: Set<String> = []
}

extension Ingestor {
    /// The message of an unknown file in a company folder, as the data folder scan words it.
    static func unknownDatasetFile(_ file: String) -> String {
        let known = DatasetCatalog.perCompany.map(\.fileName)
        return "unknown dataset file '\(file)' (expected: \(known.joined(separator: ", ")))" + Suggestion.hint(for: file, in: known)
    }

    /// The warning for a dataset a company in scope did not send for the disclosed year.
    static func missingFile(company: String, dataset: String, fiscalYear: Int, at path: String) -> Diagnostic {
        .warning(
            at: SourceLocation(path: path),
            "missing file: \(company) did not report \(dataset) for FY\(fiscalYear) (a header-only file reports zero rows)",
            rule: .missingFile)
    }

    /// Reads the dataset files `sent` (file names) of `folder` as `company`'s files of `fiscalYear`: every row
    /// validated and counted as ingest does; `missing` adds a warning for each dataset not sent.
    func readCompanyFolder(
        _ folder: String, sent: Set<String>, company: String, fiscalYear: Int, warnMissing: Bool
    ) throws(DiscloseError) -> CompanyFolderReading {
        var reading = CompanyFolderReading()
        var plan: [PlannedFile] = []
        for spec in DatasetCatalog.perCompany {
            let path = (folder as NSString).appendingPathComponent(spec.fileName)
            if sent.contains(spec.fileName) {
                plan.append(PlannedFile(spec: spec, path: path, company: company, fiscalYear: fiscalYear))
                reading.sent.insert(spec.name)
            } else if warnMissing {
                reading.diagnostics.append(Self.missingFile(company: company, dataset: spec.name, fiscalYear: fiscalYear, at: path))
            }
        }
        var diagnostics: [Diagnostic] = []
        var budget = ProblemBudget()
        var readAs: [String: TextEncoding] = [:]
        let files = try store.transaction { () throws(DiscloseError) -> [FileRecord] in
            try load(plan, firstFileID: 1, readAs: &readAs, diagnostics: &diagnostics, budget: &budget)
        }
        reading.diagnostics += diagnostics + budget.trailers
        for file in files { reading.rows[file.dataset] = file.rows }
        reading.diagnostics.sort()
        return reading
    }
}
