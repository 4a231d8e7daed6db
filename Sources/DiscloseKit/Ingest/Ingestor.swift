import Foundation

/// Reads the registry and every company's datasets into the store, validating each row (SPEC §2).
public struct Ingestor {
    let project: Project
    let store: DisclosureStore
    /// The data folder as the user would type it.
    let dataPath: String
    let progress: ProgressReporter

    public init(project: Project, store: DisclosureStore, dataPath: String? = nil, progress: ProgressReporter = .silent) {
        self.project = project
        self.store = store
        self.dataPath = dataPath ?? project.dataPath
        self.progress = progress
    }

    /// Loads everything in one transaction; returns what was found, diagnostics included.
    public func run() throws(DiscloseError) -> IngestedData {
        try store.database.transaction { () throws(DiscloseError) -> IngestedData in
            var diagnostics: [Diagnostic] = []
            let registryPath = (dataPath as NSString).appendingPathComponent("companies.csv")
            let companies = try loadRegistry(path: registryPath, diagnostics: &diagnostics)
            let layout = DataFolderLayout.scan(
                dataPath: dataPath, companies: Set(companies.map(\.code)), diagnostics: &diagnostics)
            var submissions: Set<Submission> = []
            var missing: [MissingDataset] = []
            var rowCounts: [Submission: Int] = [:]
            let courses = Set(project.config.courses.map(\.code))
            for year in layout.fiscalYears {
                let fyEnd = FiscalYear(year, startMonth: project.config.disclosure.fiscalYearStartMonth).end
                for company in companies {
                    let inScope = company.isConsolidated(on: fyEnd)
                    let sent = layout.files[FolderKey(fiscalYear: year, company: company.code)] ?? []
                    guard inScope || !sent.isEmpty else { continue }
                    var formIDs: Set<String>?
                    for spec in DatasetCatalog.perCompany {
                        let relative = "FY\(year)/\(company.code)/\(spec.fileName)"
                        let path = (dataPath as NSString).appendingPathComponent(relative)
                        guard sent.contains(spec.fileName) else {
                            if inScope {
                                missing.append(MissingDataset(fiscalYear: year, company: company.code, dataset: spec.name))
                                diagnostics.append(
                                    .warning(
                                        at: SourceLocation(path: path),
                                        "missing file: \(company.code) did not report \(spec.name) for FY\(year) (a header-only file reports zero rows)"))
                            }
                            continue
                        }
                        submissions.insert(Submission(fiscalYear: year, company: company.code, dataset: spec.name))
                        var loader = FileLoader(
                            spec: spec, path: path, company: company.code, fiscalYear: year, courses: courses,
                            formIDs: spec.name == "reviews" ? formIDs : nil, maxRows: project.config.limits.maxRowsPerFile)
                        let loaded = try loader.load(into: store, diagnostics: &diagnostics, progress: progress)
                        rowCounts[Submission(fiscalYear: year, company: company.code, dataset: spec.name)] = loaded.rows
                        if spec.name == "ledger" { formIDs = loaded.keys }
                    }
                }
            }
            return IngestedData(
                companies: companies, fiscalYears: layout.fiscalYears, submissions: submissions, rowCounts: rowCounts, missing: missing.sorted(),
                diagnostics: diagnostics.sorted())
        }
    }

    /// Reads `companies.csv` into the store and checks the group's shape.
    func loadRegistry(path: String, diagnostics: inout [Diagnostic]) throws(DiscloseError) -> [Company] {
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.append(.error(at: SourceLocation(path: path), "missing file: the group registry companies.csv is required"))
            return []
        }
        var loader = FileLoader(
            spec: DatasetCatalog.companies, path: path, company: nil, fiscalYear: nil, courses: [], formIDs: nil,
            maxRows: project.config.limits.maxRowsPerFile)
        var rows: [(company: Company, line: Int, parentColumn: Int)] = []
        _ = try loader.load(into: store, diagnostics: &diagnostics, progress: progress) { values, record, header in
            guard let code = values[0].text, let name = values[1].text, let country = values[2].text,
                let relationship = values[3].text.flatMap(CompanyScope.Relationship.init(rawValue:)),
                let from = values[6].text.flatMap({ Day(iso: $0) })
            else { return }
            let company = Company(
                code: code, name: name, country: country, relationship: relationship, parentCode: values[4].text,
                major: values[5].integer == 1, consolidatedFrom: from, consolidatedUntil: values[7].text.flatMap { Day(iso: $0) })
            rows.append((company, record.line, record.columns[header.fieldIndex[4]]))
        }
        let codes = Set(rows.map(\.company.code))
        let parents = rows.filter { $0.company.relationship == .parent }
        if parents.isEmpty, !rows.isEmpty {
            diagnostics.append(.error(at: SourceLocation(path: path, line: 1, column: 1), "the registry has no parent company: exactly one row must have relationship = parent"))
        }
        for extra in parents.dropFirst() {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: path, line: extra.line, column: 1),
                    "a second parent company '\(extra.company.code)': exactly one is allowed (the first is at line \(parents[0].line))"))
        }
        for row in rows {
            if let parent = row.company.parentCode, !codes.contains(parent) {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: path, line: row.line, column: row.parentColumn),
                        "parent_code '\(parent)' is not a company in the registry" + Suggestion.hint(for: parent, in: codes.sorted())))
            }
        }
        return rows.map(\.company).sorted { $0.code < $1.code }
    }
}
