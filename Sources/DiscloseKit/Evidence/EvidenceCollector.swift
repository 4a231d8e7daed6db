import Foundation

/// Gathers the evidence of each figure from the open store: per-company results, files, digests and line numbers.
struct EvidenceCollector {
    let evaluation: Pipeline.Evaluation
    /// File digests, computed once per file.
    var digests: [String: String] = [:]
    /// The words of the figures: the main language's edition.
    let edition: Edition

    /// Per-company evidence of a metric and year, shared by the figures that show the same result.
    var companyEvidence: [MetricKey: (contributions: [EvidencePack.Contribution], selection: String)] = [:]

    /// A metric reference evaluated for one year.
    struct MetricKey: Hashable {
        var reference: MetricReference
        var year: Int
    }

    /// Has the store index its rows by company first: the pack asks per-company questions (see `indexRowsByCompany`).
    init(evaluation: Pipeline.Evaluation, edition: Edition) throws(DiscloseError) {
        self.evaluation = evaluation
        self.edition = edition
        try evaluation.store.indexRowsByCompany()
    }

    var store: DisclosureStore { evaluation.store }

    /// A path as stored (relative to the working directory) made relative to the project folder.
    func relative(_ path: String) -> String {
        let root = evaluation.project.root
        guard root != "." else { return path.hasPrefix("./") ? String(path.dropFirst(2)) : path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    mutating func digest(_ path: String) throws(DiscloseError) -> String {
        if let known = digests[path] { return known }
        let value = try InputFile.sha256(path, within: nil, kind: "data file")
        digests[path] = value
        return value
    }

    /// The same metric for the year before, when that year has data.
    func prior(of result: MetricResult) throws(DiscloseError) -> MetricResult? {
        try evaluation.evaluator.evaluate(result.reference, year: result.fiscalYear - 1)
    }

    /// The evidence of one published figure.
    mutating func figure(
        id: String, kind: String, anchor: String, label: String, published: String, result: MetricResult, prior: MetricResult?
    ) throws(DiscloseError) -> EvidencePack.Figure {
        let reference = result.reference
        let fiscalYear = FiscalYear(result.fiscalYear, startMonth: evaluation.fiscalYear.startMonth)
        let definition = MetricCatalog.all[reference.id]
        var parameters: [(name: String, value: String)] = []
        if reference.sql != nil {
            parameters = [
                (":fiscal_year", String(fiscalYear.label)), (":fy_start", fiscalYear.start.description),
                (":fy_end", fiscalYear.end.description), ("scope_companies(code)", result.companies.joined(separator: ", ")),
            ]
        }
        // A `sql:` figure's datasets are the tables SQLite reported the query reading (its coverage used the same).
        let datasets = definition?.datasets ?? result.inputs.map(\.dataset)
        let key = MetricKey(reference: reference, year: fiscalYear.label)
        let known: (contributions: [EvidencePack.Contribution], selection: String)
        if let cached = companyEvidence[key] {
            known = cached
        } else {
            known = try contributions(result, fiscalYear: fiscalYear, datasets: datasets)
            companyEvidence[key] = known
        }
        let rule = edition.rule(reference.id) ?? "a sql: metric defined in \(relative(reference.location.path)) at line \(reference.location.line)"
        return EvidencePack.Figure(
            id: id, kind: kind, anchor: anchor, label: label, published: published, result: result, rule: rule,
            rowSelection: known.selection, parameters: parameters, contributions: known.contributions, prior: prior,
            statementShown: nil)
    }

    /// Each company's own figure, files, digests and line numbers, and how the lines were chosen.
    mutating func contributions(_ result: MetricResult, fiscalYear: FiscalYear, datasets: [String]) throws(DiscloseError)
        -> (contributions: [EvidencePack.Contribution], selection: String)
    {
        let reference = result.reference
        var contributions: [EvidencePack.Contribution] = []
        var selection = "matching"
        for code in result.companies {
            var alone = reference
            alone.scope = CompanyScope(company: [code])
            let own = try evaluation.evaluator.evaluate(alone, year: fiscalYear.label)
            let missing = datasets.filter { !evaluation.data.submitted($0, by: code, in: fiscalYear.label) }
            let used = try rowsUsed(reference, company: code, fiscalYear: fiscalYear, datasets: datasets)
            if !used.matching { selection = "read" }
            var files: [EvidencePack.InputFile] = []
            for dataset in datasets {
                for (path, rows) in try store.files(of: dataset, company: code, fiscalYear: fiscalYear.label) {
                    let lines = used.lines[dataset] ?? []
                    files.append(
                        EvidencePack.InputFile(
                            path: relative(path), sha256: try digest(path), rows: rows,
                            lines: Self.ranges(lines), rowsUsed: lines.count))
                }
            }
            var contribution = EvidencePack.Contribution(
                code: code, name: evaluation.data.companies.first { $0.code == code }?.name ?? code,
                text: missing.isEmpty ? edition.figure(own) : edition[.notReported], files: files, missing: missing)
            if missing.isEmpty, let own {
                if let ratio = own.ratio {
                    contribution.numerator = ratio.numerator
                    contribution.denominator = ratio.denominator
                } else if case .count(let count) = own.value {
                    contribution.count = count
                }
            }
            contributions.append(contribution)
        }
        return (contributions, selection)
    }

    /// Line numbers of the rows a company's figure used, per dataset. For a metric that declares the rows of one
    /// table it computes from, those rows (`matching`); for one that joins or groups, every row of the company
    /// and year (`read`), as for a `sql:` metric.
    func rowsUsed(_ reference: MetricReference, company: String, fiscalYear: FiscalYear, datasets: [String]) throws(DiscloseError)
        -> (lines: [String: [Int]], matching: Bool)
    {
        var lines: [String: [Int]] = [:]
        if reference.sql == nil, let definition = MetricCatalog.all[reference.id],
            let selection = definition.rows(definition.query(fiscalYear, companies: [company], filter: reference.filter)),
            datasets.contains(selection.table)
        {
            lines[selection.table] = try store.lines(of: selection)
            for dataset in datasets where dataset != selection.table { lines[dataset] = try allLines(dataset, company, fiscalYear.label) }
            return (lines, true)
        }
        for dataset in datasets { lines[dataset] = try allLines(dataset, company, fiscalYear.label) }
        return (lines, false)
    }

    func allLines(_ dataset: String, _ company: String, _ year: Int) throws(DiscloseError) -> [Int] {
        try store.lines(of: dataset, company: company, fiscalYear: year)
    }

    /// `[2, 3, 4, 7]` → `["2-4", "7"]`.
    static func ranges(_ lines: [Int]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end + 1 < lines.count, lines[end + 1] == lines[end] + 1 { end += 1 }
            result.append(end == index ? String(lines[index]) : "\(lines[index])-\(lines[end])")
            index = end + 1
        }
        return result
    }

    /// Digests of pipeline.yaml, the narrative files, the template files the rendering read, approvals.yaml, every data
    /// file read, and the page set: each opened only as the build opens it (a regular file inside the project; a link
    /// leading out, a FIFO or a device is a located error, never a hang). Nothing else of `templates/` is opened.
    mutating func manifest(pages: [String: String], templateFiles: [String], outputFolder: String) throws(DiscloseError) -> EvidencePack.Manifest {
        let project = evaluation.project
        let configPath = project.config.path
        var content: [EvidencePack.Digest] = []
        var contentPaths = project.config.sections.flatMap { $0.allPaths.map(project.path) }.filter { path in
            var info = stat()
            return lstat(path, &info) == 0
        }
        contentPaths += templateFiles
        var info = stat()
        if lstat(project.approvalsPath, &info) == 0 { contentPaths.append(project.approvalsPath) }
        for path in Set(contentPaths).sorted() {
            content.append(EvidencePack.Digest(path: relative(path), sha256: try InputFile.sha256(path, within: project.root, kind: "project file")))
        }
        var inputs: [EvidencePack.Digest] = []
        for path in try store.paths() {
            inputs.append(EvidencePack.Digest(path: relative(path), sha256: try digest(path)))
        }
        let outputs = pages.keys.sorted().map { name in
            EvidencePack.Digest(path: relative((outputFolder as NSString).appendingPathComponent(name)), sha256: SHA256.hex(of: pages[name] ?? ""))
        }
        return EvidencePack.Manifest(
            discloseVersion: DiscloseVersion.current,
            pipeline: EvidencePack.Digest(path: relative(configPath), sha256: try InputFile.sha256(configPath, within: nil, kind: "pipeline.yaml")),
            content: content.sorted { $0.path < $1.path }, inputs: inputs.sorted { $0.path < $1.path }, outputs: outputs)
    }
}
