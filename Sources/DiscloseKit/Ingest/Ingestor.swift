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
    /// Threads that parse and validate files while this one stores rows; the store and diagnostics are the
    /// same for any number.
    let parsingThreads: Int
    /// `check --company CODE`: read that company's folder of the disclosed year alone, and report only on it.
    public var onlyCompany: String?

    public init(
        project: Project, store: DisclosureStore, dataPath: String? = nil, fiscalYear: Int? = nil,
        progress: ProgressReporter = .silent, parsingThreads: Int? = nil
    ) {
        self.project = project
        self.store = store
        self.dataPath = dataPath ?? project.dataPath
        self.fiscalYear = fiscalYear
        self.progress = progress
        self.parsingThreads = max(1, parsingThreads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Loads everything in one transaction; returns what was found, diagnostics included.
    ///
    /// Parsing threads read and validate the files while this one stores their rows.
    public func run() throws(DiscloseError) -> IngestedData {
        try store.transaction { () throws(DiscloseError) -> IngestedData in
            var diagnostics: [Diagnostic] = []
            var budget = ProblemBudget()
            guard DataFolderLayout.isDirectory(dataPath) else {
                throw .invalid(at: SourceLocation(path: dataPath), "data folder not found (name it with --data or paths.data in pipeline.yaml)")
            }
            let registryPath = (dataPath as NSString).appendingPathComponent("companies.csv")
            var registry = RegistryOutcome()
            let companies = try loadRegistry(path: registryPath, outcome: &registry, diagnostics: &diagnostics, budget: &budget)
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
                    followsFromRegistry: { registryOutcome.mayHold($0) }, threads: parsingThreads),
                diagnostics: &diagnostics, ignored: &ignored)
            var plan: [PlannedFile] = []
            var missing: [MissingDataset] = []
            var earlierYearGaps: Set<Diagnostic> = []
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
                            if let fiscalYear, year < fiscalYear {
                                // Read only for the Prior FY and trend columns: a warning even with --strict.
                                let gap = Diagnostic.warning(
                                    at: SourceLocation(path: path),
                                    "missing file: \(company.code) did not report \(spec.name) for FY\(year), an earlier year "
                                        + "(its figures in the Prior FY and trend columns read as not reported; a warning even with --strict)",
                                    rule: .missingFile)
                                earlierYearGaps.insert(gap)
                                diagnostics.append(gap)
                            } else {
                                diagnostics.append(Self.missingFile(company: company.code, dataset: spec.name, fiscalYear: year, at: path))
                            }
                        }
                    }
                }
            }
            var readAs = registry.readAs
            let files = try load(
                plan, firstFileID: Int64(registry.files + 1), readAs: &readAs, diagnostics: &diagnostics, budget: &budget)
            diagnostics += budget.trailers
            let submissions = Set(plan.map { Submission(fiscalYear: $0.fiscalYear ?? 0, company: $0.company ?? "", dataset: $0.spec.name) })
            var rowCounts: [Submission: Int] = [:]
            for file in files {
                if let company = file.company, let year = file.fiscalYear {
                    rowCounts[Submission(fiscalYear: year, company: company, dataset: file.dataset)] = file.rows
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
                dataFolder: dataPath, carriedForward: CarriedRegisters.find(in: plan, year: fiscalYear, within: dataPath),
                earlierYearGaps: earlierYearGaps)
        }
    }

    /// Parses the planned files on the parsing threads and stores their rows on this one, in plan order;
    /// returns the files read (also stored in the `files` table).
    ///
    /// A unit of work is one company's folder for one year, so a ledger and the reviews checked against it are
    /// parsed by the same thread; small files travel to the writer together, a unit at a time.
    func load(
        _ plan: [PlannedFile], firstFileID: Int64, readAs: inout [String: TextEncoding], diagnostics: inout [Diagnostic],
        budget: inout ProblemBudget
    ) throws(DiscloseError) -> [FileRecord] {
        var units: [Range<Int>] = []
        var start = 0
        for index in plan.indices where index + 1 == plan.count
            || plan[index + 1].company != plan[start].company || plan[index + 1].fiscalYear != plan[start].fiscalYear
        {
            units.append(start..<index + 1)
            start = index + 1
        }
        let queue = BatchQueue(units: units.count)
        let parser = FileParser(
            courses: Set(project.config.courses.map(\.code)), maxRows: project.config.limits.maxRowsPerFile,
            encodings: project.config.encodings, root: dataPath, trustedFolders: true)
        let progress = self.progress
        let done = DispatchGroup()
        for _ in 0..<min(parsingThreads, max(1, units.count)) {
            done.enter()
            let thread = Thread { [units] in
                defer { done.leave() }
                while let unit = queue.claim() {
                    var ready: [ParsedBatch] = []
                    var rows = 0
                    var referenced: [String: ReferencedKeys] = [:]
                    var open = true
                    let folder = units[unit].first.map { SmallFile.openFolder((plan[$0].path as NSString).deletingLastPathComponent) } ?? -1
                    defer { if folder >= 0 { close(folder) } }
                    for index in units[unit] where open {
                        let file = plan[index]
                        let keys = parser.parse(
                            file, index: index, referenced: file.spec.referencedDataset.flatMap { referenced[$0] },
                            progress: progress, folder: folder
                        ) { batch in
                            rows += batch.rows.count
                            ready.append(batch)
                            guard rows >= FileParser.batchSize else { return true }
                            open = queue.publish(ready, of: unit, finished: false)
                            (ready, rows) = ([], 0)
                            return open
                        }
                        if file.spec.referencedKey != nil { referenced[file.spec.name] = keys }
                    }
                    guard open, queue.publish(ready, of: unit, finished: true) else { return }
                }
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        var writer = RowWriter(store: store, firstFileID: firstFileID)
        writer.budget = budget
        defer { budget = writer.budget }
        do {
            while let batches = queue.take() {
                for batch in batches {
                    if let encoding = batch.readAs, batch.isLast { readAs[plan[batch.file].path] = encoding }
                    try writer.write(batch, plan: plan, diagnostics: &diagnostics)
                }
            }
            done.wait()
            return try writer.finish()
        } catch {
            queue.cancel()
            done.wait()
            throw error
        }
    }

    /// Reads `companies.csv` into the store and checks the group's shape.
    func loadRegistry(
        path: String, outcome: inout RegistryOutcome, diagnostics: inout [Diagnostic], budget: inout ProblemBudget
    ) throws(DiscloseError) -> [Company] {
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.append(.error(at: SourceLocation(path: path), "missing file: the group registry companies.csv is required"))
            outcome.fileRejected = true
            return []
        }
        let file = PlannedFile(spec: DatasetCatalog.companies, path: path, company: nil, fiscalYear: nil)
        let parser = FileParser(
            courses: [], maxRows: project.config.limits.maxRowsPerFile, encodings: project.config.encodings, root: dataPath)
        var writer = RowWriter(store: store)
        writer.budget = budget
        defer { budget = writer.budget }
        var rows: [(company: Company, line: Int, parentColumn: Int)] = []
        let registry = DatasetCatalog.companies
        let parentPosition = registry.position(of: "parent_code")
        var failure: DiscloseError?
        // Each batch is stored as it is parsed, so a registry of a million bad lines is never held whole.
        _ = parser.parse(file, index: 0, referenced: nil, progress: progress) { batch in
            do throws(DiscloseError) {
                try storeRegistry(batch)
            } catch {
                failure = error
                return false
            }
            return true
        }
        if let failure { throw failure }
        func storeRegistry(_ batch: ParsedBatch) throws(DiscloseError) {
            if batch.fileRejected { outcome.fileRejected = true }
            if let encoding = batch.readAs { outcome.readAs[path] = encoding }
            for index in batch.rows.indices where batch.rows[index].valueStart < 0 {
                outcome.rejectedCodes.formUnion(batch.keyParts(of: index))
            }
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
        outcome.files = try writer.finish().count
        return rows.map(\.company).sorted { $0.code < $1.code }
    }
}

/// What reading the registry left behind besides companies: which codes may be missing only because their row
/// (or the whole file) was rejected, and the encoding it was read in.
struct RegistryOutcome {
    var fileRejected = false
    var rejectedCodes: Set<String> = []
    var readAs: [String: TextEncoding] = [:]
    /// Files read for the registry (0 or 1), so the data files' ids follow.
    var files = 0

    /// True when `code` may name a company whose registry row was rejected.
    func mayHold(_ code: String) -> Bool {
        fileRejected || rejectedCodes.contains(code)
    }
}
