import Foundation

/// The whole flow, one way: pipeline.yaml → ingest → metrics → report → render → publish.
public struct Pipeline {
    /// What the command line asked for.
    public struct Options: Sendable {
        public var configPath: String = "pipeline.yaml"
        public var dataPath: String?
        public var fiscalYear: Int?
        public var outputPath: String?
        public var strict = false
        /// `check --company CODE`: validate that company's folder of the fiscal year alone.
        public var company: String?
        public var progress: ProgressReporter = .silent
        /// Threads that parse data files and run the report's metric queries (nil: one per core); the output is the same for any number.
        public var parsingThreads: Int?
        /// The privacy guard's refusals name the kind of personal data and where it is, never the value (for what
        /// a command prints: `build`, `approve`, `evidence`); the library's callers get the value to act on.
        public var redactsRefusals = false
        /// The editions languages are looked up in (the built-in ones unless a test adds its own).
        public var editions: [Edition] = Edition.builtIn
        /// For commands that print rather than publish (`explain`, `status`, `diff`, `check`):
        /// personal data in the diagnostics a failed validation throws is redacted, the evaluation
        /// carries the data's person ids for redacting what the command prints, and rendering in
        /// memory does not refuse a page the privacy guard would refuse (nothing is written).
        public var redactsPersonalData = false

        public init() {}
    }

    /// A validated, evaluated project; its store (internal: the command line never sees it) is removed
    /// when the last evaluation holding it goes.
    public struct Evaluation {
        public var project: Project
        let store: DisclosureStore
        public var data: IngestedData
        public var fiscalYear: FiscalYear
        public var evaluator: MetricEvaluator
        /// The data's person ids, when `Options.redactsPersonalData` is set (else empty).
        public var personIDs = PersonIDSet()

        /// Hides personal data in what a command prints: patterns, person ids, minus `allow_list:`.
        public var redactor: Redactor { Redactor(personIDs: personIDs, allowed: project.config.allowList) }
    }

    /// The outcome of ingesting and validating: data plus every diagnostic (not thrown, so `check` can print a table).
    public struct Validation {
        public var project: Project
        let store: DisclosureStore
        public var data: IngestedData
        public var fiscalYear: FiscalYear

        /// Hides personal data in what `check` prints: patterns, the data's person ids, minus `allow_list:`.
        public func redactor() throws(DiscloseError) -> Redactor {
            try store.redactor(allowed: project.config.allowList)
        }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Loads the config and ingests every data file; never throws for bad data, only for bad config or I/O.
    public func validate() throws(DiscloseError) -> Validation {
        try checkFiscalYear()
        let project = try Project.load(configPath: options.configPath)
        if let refusal = OutputPlacement(project: project, outputFlag: options.outputPath, dataFlag: options.dataPath).problem() {
            throw refusal
        }
        _ = try PageRenderer.editions(for: project.config, among: options.editions)
        let clashes = XBRLVocabulary.clashes(in: project.config)
        if !clashes.isEmpty { throw .invalid(clashes) }
        let store = try DisclosureStore.create()
        options.progress.report("reading \(options.dataPath ?? project.dataPath)")
        let fiscalYear = project.fiscalYear(options.fiscalYear)
        var ingestor = Ingestor(
            project: project, store: store, dataPath: options.dataPath, fiscalYear: fiscalYear.label, progress: options.progress,
            parsingThreads: options.parsingThreads)
        ingestor.onlyCompany = options.company
        var data = try ingestor.run()
        if let code = options.company {
            try Pipeline.requireCompany(code, in: data, fiscalYear: fiscalYear)
            data.companies = data.companies.filter { $0.code == code }
        } else {
            data.diagnostics = (data.diagnostics + ScopeCheck(config: project.config, companies: data.companies, fiscalYear: fiscalYear).problems())
                .sorted()
        }
        return Validation(project: project, store: store, data: data, fiscalYear: fiscalYear)
    }

    /// `--fy` outside `FiscalYear.supported` is a usage error, before anything is read or written.
    func checkFiscalYear() throws(DiscloseError) {
        if let year = options.fiscalYear, !FiscalYear.supported.contains(year) {
            throw DiscloseError(.usage(FiscalYear.outOfRange(year, "--fy")))
        }
    }

    /// `check --company CODE` names a company of the registry consolidated at the fiscal year's end (unless the
    /// registry itself could not be read, which its own errors say).
    static func requireCompany(_ code: String, in data: IngestedData, fiscalYear: FiscalYear) throws(DiscloseError) {
        guard !data.companies.isEmpty else { return }
        guard let company = data.companies.first(where: { $0.code == code }) else {
            throw DiscloseError(
                .usage("'\(code)' is not a company in companies.csv" + Suggestion.hint(for: code, in: data.companies.map(\.code))))
        }
        guard company.isConsolidated(on: fiscalYear.end) else {
            throw DiscloseError(.usage("'\(code)' is not consolidated at the end of \(fiscalYear) (\(fiscalYear.end)): it sends no files for it"))
        }
    }

    /// Validates and stops on any error (or warning, with `strict`).
    public func evaluate() throws(DiscloseError) -> Evaluation {
        let validation = try validate()
        let data = validation.data
        guard data.isValid(strict: options.strict) else {
            var diagnostics = data.diagnostics(strict: options.strict)
            if options.redactsPersonalData || options.redactsRefusals,
                let redactor = try? validation.store.redactor(allowed: validation.project.config.allowList)
            {
                diagnostics = diagnostics.map(redactor.redact)
            }
            throw .invalid(diagnostics)
        }
        if !data.fiscalYears.contains(validation.fiscalYear.label) {
            throw .invalid(
                at: SourceLocation(path: options.dataPath ?? validation.project.dataPath),
                "no data folder for \(validation.fiscalYear): expected \(validation.fiscalYear)/ with one folder per company")
        }
        let config = validation.project.config.disclosure
        var evaluator = MetricEvaluator(
            store: validation.store, data: data, homeCountry: config.homeCountry, startMonth: config.fiscalYearStartMonth)
        evaluator.sqlSeconds = validation.project.config.limits.sqlSeconds
        evaluator.queryThreads = max(1, options.parsingThreads ?? ProcessInfo.processInfo.activeProcessorCount)
        var evaluation = Evaluation(
            project: validation.project, store: validation.store, data: data, fiscalYear: validation.fiscalYear,
            evaluator: evaluator)
        if options.redactsPersonalData { evaluation.personIDs = try validation.store.personIDs() }
        return evaluation
    }

    /// Evaluates every goal, figure and narrative section into the report.
    public func report() throws(DiscloseError) -> (report: Report, evaluation: Evaluation) {
        let evaluation = try evaluate()
        let prior = FiscalYear(evaluation.fiscalYear.label - 1, startMonth: evaluation.fiscalYear.startMonth)
        let report = try ReportBuilder(
            project: evaluation.project, evaluator: evaluation.evaluator, data: evaluation.data,
            fiscalYear: evaluation.fiscalYear, strict: options.strict,
            publishedPriorFolder: publisher(for: evaluation.project).folder(for: prior)
        ).build()
        return (report, evaluation)
    }

    /// Evaluates and renders the page set in memory, marked as a draft unless every part is approved.
    public func render() throws(DiscloseError) -> (report: Report, pages: [String: String], evaluation: Evaluation) {
        let rendered = try renderSigned()
        return (rendered.report, rendered.pages, rendered.evaluation)
    }

    /// `render()` with the sign-off state it marked the pages by.
    public func renderSigned() throws(DiscloseError) -> (report: Report, pages: [String: String], evaluation: Evaluation, signOff: SignOff) {
        let (report, evaluation) = try report()
        let signed = try pageSet(for: report, evaluation: evaluation)
        return (signed.report, signed.pages.contents, evaluation, signed.signOff)
    }

    /// A page set with its sign-off: the report (with the renderer's warnings for the team added), the pages as
    /// published (draft marks included), and how each part stands.
    public struct SignedPages {
        public var report: Report
        public var pages: PageSet
        public var signOff: SignOff
    }

    /// The page set of an evaluated report: rendered, judged part by part against approvals.yaml, rendered again
    /// with draft marks when any part is pending, and passed by the privacy guard.
    func pageSet(for report: Report, evaluation: Evaluation, guarding: Bool = true) throws(DiscloseError) -> SignedPages {
        let renderer = PageRenderer(project: evaluation.project, editions: options.editions)
        var pages = try renderer.pageSet(report)
        let approvals = try Approvals.load(project: evaluation.project)
        let signOff = SignOff(parts: pages.parts, approvals: approvals, fiscalYear: report.fiscalYear.label)
        if signOff.isDraft { pages = try renderer.pageSet(report, marks: signOff.marks(editions: options.editions)) }
        pages.data = signOff.dataJSON(JSONReport.make(report, editions: options.editions)).serialized()
        var report = report
        report.unpublished += pages.warnings
        if guarding, !options.redactsPersonalData {
            let leaks = try guardian(for: evaluation).problems(in: pages.contents)
            if !leaks.isEmpty { throw .invalid(leaks.map { $0.with(rule: .personalData) }) }
        }
        return SignedPages(report: report, pages: pages, signOff: signOff)
    }

    /// The privacy guard over what this project publishes (paths named inside the fiscal year's output folder).
    func guardian(for evaluation: Evaluation, outputFolder: String? = nil) -> PrivacyGuard {
        var guardian = PrivacyGuard(
            store: evaluation.store, project: evaluation.project, allowed: Set(evaluation.project.config.allowList),
            outputFolder: outputFolder ?? publisher(for: evaluation.project).folder(for: evaluation.fiscalYear))
        guardian.redactsValues = options.redactsRefusals
        return guardian
    }

    /// The output folder: `--out`, or `paths.output` of the project.
    public func publisher(for project: Project) -> Publisher {
        Publisher(outputPath: options.outputPath ?? project.path(project.config.paths.output))
    }

    /// The output folder's index and record of what is published, once `pages` are: the record's other years, and
    /// this year's editions as `signOff` leaves them; passed by the privacy guard like the pages.
    func indexFiles(
        _ pages: PageSet, signOff: SignOff, evaluation: Evaluation, publisher: Publisher, guarding: Bool = true
    ) throws(DiscloseError) -> [String: String] {
        let year = evaluation.fiscalYear.label
        let entries = PublishedIndex.entries(
            of: pages, fiscalYear: year, mainLanguage: evaluation.project.config.disclosure.mainLanguage, signOff: signOff)
        let files = try PublishedIndex.load(outputPath: publisher.outputPath).replacing(fiscalYear: year, with: entries)
            .files(project: evaluation.project)
        if guarding, !options.redactsPersonalData {
            let leaks = try guardian(for: evaluation, outputFolder: publisher.outputPath).problems(in: files)
            if !leaks.isEmpty { throw .invalid(leaks.map { $0.with(rule: .personalData) }) }
        }
        return files
    }

    /// Builds and publishes, then rewrites the output folder's index; returns the folder written and the report.
    /// With `final`, refuses (writing nothing) while any part of the page is not approved as it stands.
    public func build(final: Bool = false) throws(DiscloseError) -> (folder: String, report: Report, signOff: SignOff) {
        let (report, evaluation) = try report()
        let signed = try pageSet(for: report, evaluation: evaluation, guarding: false)
        let signOff = signed.signOff
        let publisher = publisher(for: evaluation.project)
        let index = try guardedIndex(signed, evaluation: evaluation, publisher: publisher)
        if final, signOff.isDraft {
            let redactor = try evaluation.store.redactor(allowed: evaluation.project.config.allowList)
            throw DiscloseError(.notApproved(redactor.redact(signOff.refusal())))
        }
        options.progress.report("writing \(publisher.folder(for: evaluation.fiscalYear))")
        // The index is made again under the output lock, from the record as it stands then, so two builds of
        // different years never drop each other's entry. Only the other years' checked entries can differ from
        // the index just scanned, and they carry no text of the project's.
        try publisher.publish(signed.pages.contents, fiscalYear: evaluation.fiscalYear, progress: options.progress) {
            (try? indexFiles(signed.pages, signOff: signOff, evaluation: evaluation, publisher: publisher, guarding: false)) ?? index
        }
        var shown = signed.report
        if final { shown.unpublished += signOff.orphanWarnings }
        return (publisher.folder(for: evaluation.fiscalYear), shown, signOff)
    }

    /// The output index for `signed`, after one pass of the privacy guard over everything a build writes (the
    /// pages of every edition, data.json and the index), so the inputs that can reach them are scanned once.
    func guardedIndex(_ signed: SignedPages, evaluation: Evaluation, publisher: Publisher) throws(DiscloseError) -> [String: String] {
        let index = try indexFiles(signed.pages, signOff: signed.signOff, evaluation: evaluation, publisher: publisher, guarding: false)
        if !options.redactsPersonalData {
            let leaks = try guardian(for: evaluation).problems(
                in: [(publisher.folder(for: evaluation.fiscalYear), signed.pages.contents), (publisher.outputPath, index)])
            if !leaks.isEmpty { throw .invalid(leaks) }
        }
        return index
    }
}

extension Pipeline {
    /// What `build --check` found: the folder compared, a unified diff (empty when current) and warnings.
    public struct OutputCheck {
        public var folder: String
        public var diff: String
        public var warnings: [Diagnostic]
    }

    /// Renders in memory and compares with the published files; writes nothing.
    public func checkOutput() throws(DiscloseError) -> OutputCheck {
        let (report, evaluation) = try report()
        let signed = try pageSet(for: report, evaluation: evaluation, guarding: false)
        let publisher = publisher(for: evaluation.project)
        let folder = publisher.folder(for: evaluation.fiscalYear)
        var published = publisher.published(fiscalYear: evaluation.fiscalYear)
        var pages = signed.pages.contents
        let index = try guardedIndex(signed, evaluation: evaluation, publisher: publisher)
        for (name, text) in index {
            pages["../" + name] = text
            published["../" + name] = publisher.publishedIndex(name)
        }
        var diff = ""
        for name in Set(pages.keys).union(published.keys).sorted() {
            let path = name.hasPrefix("../") ? publisher.outputPath + "/" + name.dropFirst(3) : folder + "/" + name
            diff += UnifiedDiff.make(
                old: published[name] ?? "", new: pages[name] ?? "",
                oldName: published[name] == nil ? "/dev/null" : "a/" + path,
                newName: pages[name] == nil ? "/dev/null" : "b/" + path)
        }
        return OutputCheck(folder: folder, diff: diff, warnings: signed.report.shownDiagnostics)
    }
}

extension Pipeline {
    /// The project and its registry alone (no dataset is read); refuses a registry with errors.
    public func registry() throws(DiscloseError) -> (project: Project, companies: [Company], dataPath: String) {
        try checkFiscalYear()
        let project = try Project.load(configPath: options.configPath)
        let dataPath = options.dataPath ?? project.dataPath
        guard DataFolderLayout.isDirectory(dataPath) else {
            throw .invalid(at: SourceLocation(path: dataPath), "data folder not found (name it with --data or paths.data in pipeline.yaml)")
        }
        let store = try DisclosureStore.create()
        let ingestor = Ingestor(project: project, store: store, dataPath: dataPath, progress: options.progress)
        var outcome = RegistryOutcome()
        var diagnostics: [Diagnostic] = []
        var budget = ProblemBudget()
        let companies = try store.transaction { () throws(DiscloseError) -> [Company] in
            try ingestor.loadRegistry(
                path: (dataPath as NSString).appendingPathComponent("companies.csv"), outcome: &outcome, diagnostics: &diagnostics,
                budget: &budget)
        }
        diagnostics += budget.trailers
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalid(diagnostics) }
        return (project, companies, dataPath)
    }

    /// `disclose new-year N`: starts `data/FY<N>/` from the registry and FY N−1's registers.
    public func startYear(_ year: Int) throws(DiscloseError) -> NewYear.Outcome {
        let (project, companies, dataPath) = try registry()
        return try NewYear.start(
            year, companies: companies, dataPath: dataPath, startMonth: project.config.disclosure.fiscalYearStartMonth)
    }
}
