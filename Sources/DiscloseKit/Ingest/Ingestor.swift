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
    /// `check --company CODE`: read that company's folder of the disclosed year alone, and report only on it.
    public var onlyCompany: String?

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
            guard DataFolderLayout.isDirectory(dataPath) else {
                throw .invalid(at: SourceLocation(path: dataPath), "data folder not found (name it with --data or paths.data in pipeline.yaml)")
            }
            let registryPath = (dataPath as NSString).appendingPathComponent("companies.csv")
            var registry = RegistryOutcome()
            let companies = try loadRegistry(path: registryPath, outcome: &registry, diagnostics: &diagnostics)
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
            let registryOutcome = registry
            let layout = DataFolderLayout.scan(
                dataPath: dataPath,
                rules: DataFolderLayout.Rules(
                    companies: companies, disclosedYear: fiscalYear, startMonth: startMonth,
                    followsFromRegistry: { registryOutcome.mayHold($0) }),
                diagnostics: &diagnostics, ignored: &ignored)
            var plan: [PlannedFile] = []
            var missing: [MissingDataset] = []
            for year in layout.fiscalYears where onlyCompany == nil || year == fiscalYear {
                let fyEnd = FiscalYear(year, startMonth: project.config.disclosure.fiscalYearStartMonth).end
                for company in companies where onlyCompany == nil || company.code == onlyCompany {
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
            var readAs = registry.readAs
            try load(plan, readAs: &readAs, diagnostics: &diagnostics)
            let submissions = Set(plan.map { Submission(fiscalYear: $0.fiscalYear ?? 0, company: $0.company ?? "", dataset: $0.spec.name) })
            var rowCounts: [Submission: Int] = [:]
            for row in try store.database.rows("SELECT company, fiscal_year, dataset, rows FROM files WHERE company IS NOT NULL ORDER BY id") {
                if let company = row[0].text, let year = row[1].integer, let dataset = row[2].text, let rows = row[3].integer {
                    rowCounts[Submission(fiscalYear: Int(year), company: company, dataset: dataset)] = Int(rows)
                }
            }
            if let onlyCompany {
                // The company's own folder and the registry it is checked against; nothing about the rest of the group.
                let folder = (dataPath as NSString).appendingPathComponent("FY\(fiscalYear ?? 0)/\(onlyCompany)")
                diagnostics = diagnostics.filter {
                    $0.location.path == registryPath || $0.location.path == folder || $0.location.path.hasPrefix(folder + "/")
                }
            }
            return IngestedData(
                companies: companies, fiscalYears: layout.fiscalYears, submissions: submissions, rowCounts: rowCounts,
                missing: missing.sorted(), diagnostics: diagnostics.sorted(), readAs: readAs, unpublished: ignored.sorted(),
                dataFolder: dataPath)
        }
    }

    /// Parses the planned files on a second thread and stores their rows on this one.
    func load(_ plan: [PlannedFile], readAs: inout [String: TextEncoding], diagnostics: inout [Diagnostic]) throws(DiscloseError) {
        let queue = BatchQueue()
        let parser = FileParser(
            courses: Set(project.config.courses.map(\.code)), maxRows: project.config.limits.maxRowsPerFile,
            encodings: project.config.encodings, root: dataPath)
        let done = DispatchSemaphore(value: 0)
        let progress = self.progress
        let thread = Thread {
            var referenced: [FolderKey: [String: ReferencedKeys]] = [:]
            for (index, file) in plan.enumerated() {
                let key = FolderKey(fiscalYear: file.fiscalYear ?? 0, company: file.company ?? "")
                let forms = parser.parse(
                    file, index: index, referenced: file.spec.referencedDataset.flatMap { referenced[key]?[$0] }, progress: progress,
                    emit: queue.put)
                if file.spec.referencedKey != nil { referenced[key, default: [:]][file.spec.name] = forms }
            }
            queue.finish()
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
        var writer = RowWriter(store: store)
        do {
            while let batch = queue.take() {
                if let encoding = batch.readAs, batch.isLast { readAs[plan[batch.file].path] = encoding }
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
    func loadRegistry(path: String, outcome: inout RegistryOutcome, diagnostics: inout [Diagnostic]) throws(DiscloseError) -> [Company] {
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.append(.error(at: SourceLocation(path: path), "missing file: the group registry companies.csv is required"))
            outcome.fileRejected = true
            return []
        }
        let file = PlannedFile(spec: DatasetCatalog.companies, path: path, company: nil, fiscalYear: nil)
        let parser = FileParser(
            courses: [], maxRows: project.config.limits.maxRowsPerFile, encodings: project.config.encodings, root: dataPath)
        var writer = RowWriter(store: store)
        var rows: [(company: Company, line: Int, parentColumn: Int)] = []
        var batches: [ParsedBatch] = []
        _ = parser.parse(file, index: 0, referenced: nil, progress: progress) { batches.append($0); return true }
        let registry = DatasetCatalog.companies
        let parentPosition = registry.position(of: "parent_code")
        for batch in batches {
            if batch.fileRejected { outcome.fileRejected = true }
            if let encoding = batch.readAs { outcome.readAs[path] = encoding }
            for row in batch.rows where row.values == nil { outcome.rejectedCodes.formUnion(row.keyParts) }
            try writer.write(batch, plan: [file], diagnostics: &diagnostics) { row, values in
                func field(_ name: String) -> SQLValue { registry.position(of: name).map { values[$0] } ?? .null }
                guard let code = field("code").text, let name = field("name").text, let country = field("country").text,
                    let relationship = field("relationship").text.flatMap(CompanyScope.Relationship.init(rawValue:)),
                    let from = field("consolidated_from").text.flatMap({ Day(iso: $0) })
                else { return }
                let company = Company(
                    code: code, name: name, country: country, relationship: relationship, parentCode: field("parent_code").text,
                    major: field("major").integer == 1, consolidatedFrom: from,
                    consolidatedUntil: field("consolidated_until").text.flatMap { Day(iso: $0) })
                rows.append((company, row.line, parentPosition.flatMap { row.columns?[$0] } ?? 1))
            }
        }
        let codes = Set(rows.map(\.company.code))
        let parents = rows.filter { $0.company.relationship == .parent }
        let parentRejected = outcome.fileRejected || !outcome.rejectedCodes.isEmpty
        if rows.isEmpty, !diagnostics.contains(where: { $0.location.path == path && $0.severity == .error }) {
            diagnostics.append(.error(at: SourceLocation(path: path), "the registry lists no company: at least the parent company is required"))
        }
        if parents.isEmpty, !rows.isEmpty {
            let message = "the registry has no parent company: exactly one row must have relationship = parent"
            let location = SourceLocation(path: path, line: 1, column: 1)
            diagnostics.append(parentRejected ? .followOn(at: location, message) : .error(at: location, message))
        }
        for extra in parents.dropFirst() {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: path, line: extra.line, column: 1),
                    "a second parent company '\(extra.company.code)': exactly one is allowed (the first is at line \(parents[0].line))"))
        }
        for row in rows {
            if let parent = row.company.parentCode, !codes.contains(parent) {
                let location = SourceLocation(path: path, line: row.line, column: row.parentColumn)
                let message = "parent_code '\(parent)' is not a company in the registry"
                diagnostics.append(
                    outcome.mayHold(parent)
                        ? .followOn(at: location, message + " (its row was rejected)")
                        : .error(at: location, message + Suggestion.hint(for: parent, in: codes.sorted())))
            }
        }
        return rows.map(\.company).sorted { $0.code < $1.code }
    }
}

/// What reading the registry left behind besides companies: which codes may be missing only because their row
/// (or the whole file) was rejected, and the encoding it was read in.
struct RegistryOutcome {
    var fileRejected = false
    var rejectedCodes: Set<String> = []
    var readAs: [String: TextEncoding] = [:]

    /// True when `code` may name a company whose registry row was rejected.
    func mayHold(_ code: String) -> Bool {
        fileRejected || rejectedCodes.contains(code)
    }
}
