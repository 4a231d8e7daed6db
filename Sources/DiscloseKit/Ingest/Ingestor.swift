import Foundation

/// Reads the registry and every company's datasets into the store, validating each row (SPEC §2).
public struct Ingestor {
    let project: Project
    let store: DisclosureStore
    /// The data folder as the user would type it.
    let dataPath: String
    let progress: ProgressReporter
    /// The disclosed fiscal year: later FY folders are not read. Nil reads every year.
    let fiscalYear: Int?

    public init(
        project: Project, store: DisclosureStore, dataPath: String? = nil, fiscalYear: Int? = nil,
        progress: ProgressReporter = .silent
    ) {
        self.project = project
        self.store = store
        self.dataPath = dataPath ?? project.dataPath
        self.fiscalYear = fiscalYear
        self.progress = progress
    }

    /// Loads everything in one transaction; returns what was found, diagnostics included.
    ///
    /// One thread parses and validates the files while this one stores their rows.
    public func run() throws(DiscloseError) -> IngestedData {
        try store.database.transaction { () throws(DiscloseError) -> IngestedData in
            var diagnostics: [Diagnostic] = []
            var budget = ProblemBudget()
            guard DataFolderLayout.isDirectory(dataPath) else {
                throw .invalid(at: SourceLocation(path: dataPath), "data folder not found (name it with --data or paths.data in pipeline.yaml)")
            }
            let registryPath = (dataPath as NSString).appendingPathComponent("companies.csv")
            let companies = try loadRegistry(path: registryPath, diagnostics: &diagnostics, budget: &budget)
            let startMonth = project.config.disclosure.fiscalYearStartMonth
            if let fiscalYear, !companies.isEmpty {
                let end = FiscalYear(fiscalYear, startMonth: startMonth).end
                if !companies.contains(where: { $0.isConsolidated(on: end) }) {
                    diagnostics.append(
                        .error(
                            at: SourceLocation(path: registryPath),
                            "no company in the registry is consolidated at the end of FY\(fiscalYear) (\(end)): nothing could be disclosed"))
                }
            }
            var ignored: [Diagnostic] = []
            let layout = DataFolderLayout.scan(
                dataPath: dataPath,
                rules: DataFolderLayout.Rules(companies: companies, disclosedYear: fiscalYear, startMonth: startMonth),
                diagnostics: &diagnostics, ignored: &ignored)
            var plan: [PlannedFile] = []
            var missing: [MissingDataset] = []
            for year in layout.fiscalYears {
                let fyEnd = FiscalYear(year, startMonth: project.config.disclosure.fiscalYearStartMonth).end
                for company in companies {
                    let inScope = company.isConsolidated(on: fyEnd)
                    let sent = layout.files[FolderKey(fiscalYear: year, company: company.code)] ?? []
                    guard inScope || !sent.isEmpty else { continue }
                    for spec in DatasetCatalog.perCompany {
                        let path = (dataPath as NSString).appendingPathComponent("FY\(year)/\(company.code)/\(spec.fileName)")
                        if sent.contains(spec.fileName) {
                            plan.append(PlannedFile(spec: spec, path: path, company: company.code, fiscalYear: year))
                        } else if inScope {
                            missing.append(MissingDataset(fiscalYear: year, company: company.code, dataset: spec.name))
                            diagnostics.append(
                                .warning(
                                    at: SourceLocation(path: path),
                                    "missing file: \(company.code) did not report \(spec.name) for FY\(year) (a header-only file reports zero rows)"))
                        }
                    }
                }
            }
            try load(plan, diagnostics: &diagnostics, budget: &budget)
            diagnostics += budget.trailers
            let submissions = Set(plan.map { Submission(fiscalYear: $0.fiscalYear ?? 0, company: $0.company ?? "", dataset: $0.spec.name) })
            var rowCounts: [Submission: Int] = [:]
            for row in try store.database.rows("SELECT company, fiscal_year, dataset, rows FROM files WHERE company IS NOT NULL ORDER BY id") {
                if let company = row[0].text, let year = row[1].integer, let dataset = row[2].text, let rows = row[3].integer {
                    rowCounts[Submission(fiscalYear: Int(year), company: company, dataset: dataset)] = Int(rows)
                }
            }
            return IngestedData(
                companies: companies, fiscalYears: layout.fiscalYears, submissions: submissions, rowCounts: rowCounts,
                missing: missing.sorted(), diagnostics: diagnostics.sorted(), unpublished: ignored.sorted(), dataFolder: dataPath)
        }
    }

    /// Parses the planned files on a second thread and stores their rows on this one.
    func load(_ plan: [PlannedFile], diagnostics: inout [Diagnostic], budget: inout ProblemBudget) throws(DiscloseError) {
        let queue = BatchQueue()
        let parser = FileParser(
            courses: Set(project.config.courses.map(\.code)), maxRows: project.config.limits.maxRowsPerFile, root: dataPath)
        let done = DispatchSemaphore(value: 0)
        let progress = self.progress
        let thread = Thread {
            var formIDs: [FolderKey: Set<String>] = [:]
            for (index, file) in plan.enumerated() {
                let key = FolderKey(fiscalYear: file.fiscalYear ?? 0, company: file.company ?? "")
                let ids = parser.parse(
                    file, index: index, formIDs: file.spec.name == "reviews" ? formIDs[key] : nil, progress: progress,
                    emit: queue.put)
                if file.spec.name == "ledger" { formIDs[key] = ids }
            }
            queue.finish()
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
        var writer = RowWriter(store: store, budget: budget)
        defer { budget = writer.budget }
        do {
            while let batch = queue.take() {
                try writer.write(batch, plan: plan, diagnostics: &diagnostics)
            }
        } catch {
            queue.cancel()
            done.wait()
            throw error
        }
        done.wait()
    }

    /// Reads `companies.csv` into the store and checks the group's shape.
    func loadRegistry(path: String, diagnostics: inout [Diagnostic], budget: inout ProblemBudget) throws(DiscloseError) -> [Company] {
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.append(.error(at: SourceLocation(path: path), "missing file: the group registry companies.csv is required"))
            return []
        }
        let file = PlannedFile(spec: DatasetCatalog.companies, path: path, company: nil, fiscalYear: nil)
        let parser = FileParser(courses: [], maxRows: project.config.limits.maxRowsPerFile, root: dataPath)
        var writer = RowWriter(store: store, budget: budget)
        defer { budget = writer.budget }
        var rows: [(company: Company, line: Int, parentColumn: Int)] = []
        let parentPosition = DatasetCatalog.companies.columns.firstIndex { $0.name == "parent_code" } ?? 4
        var failure: DiscloseError?
        // Each batch is stored as it is parsed, so a registry of a million bad lines is never held whole.
        _ = parser.parse(file, index: 0, formIDs: nil, progress: progress) { batch in
            do throws(DiscloseError) {
                try writer.write(batch, plan: [file], diagnostics: &diagnostics) { row, values in
                    guard let code = values[0].text, let name = values[1].text, let country = values[2].text,
                        let relationship = values[3].text.flatMap(CompanyScope.Relationship.init(rawValue:)),
                        let from = values[6].text.flatMap({ Day(iso: $0) })
                    else { return }
                    let company = Company(
                        code: code, name: name, country: country, relationship: relationship, parentCode: values[4].text,
                        major: values[5].integer == 1, consolidatedFrom: from,
                        consolidatedUntil: values[7].text.flatMap { Day(iso: $0) })
                    rows.append((company, row.line, row.columns?[parentPosition] ?? 1))
                }
            } catch {
                failure = error
                return false
            }
            return true
        }
        if let failure { throw failure }
        let codes = Set(rows.map(\.company.code))
        let parents = rows.filter { $0.company.relationship == .parent }
        if rows.isEmpty, !diagnostics.contains(where: { $0.location.path == path && $0.severity == .error }) {
            diagnostics.append(.error(at: SourceLocation(path: path), "the registry lists no company: at least the parent company is required"))
        }
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
