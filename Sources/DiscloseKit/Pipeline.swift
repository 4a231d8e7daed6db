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
        public var progress: ProgressReporter = .silent

        public init() {}
    }

    /// A validated, evaluated project with its store still open.
    public struct Evaluation {
        public var project: Project
        public var store: DisclosureStore
        public var data: IngestedData
        public var fiscalYear: FiscalYear
        public var evaluator: MetricEvaluator
    }

    /// The outcome of ingesting and validating: data plus every diagnostic (not thrown, so `check` can print a table).
    public struct Validation {
        public var project: Project
        public var store: DisclosureStore
        public var data: IngestedData
        public var fiscalYear: FiscalYear
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Loads the config and ingests every data file; never throws for bad data, only for bad config or I/O.
    public func validate() throws(DiscloseError) -> Validation {
        if let year = options.fiscalYear, !FiscalYear.supported.contains(year) {
            throw DiscloseError(
                .usage("--fy \(year) is out of range: fiscal years run from \(FiscalYear.supported.lowerBound) to \(FiscalYear.supported.upperBound)"))
        }
        let project = try Project.load(configPath: options.configPath)
        if let refusal = OutputPlacement(project: project, outputFlag: options.outputPath, dataFlag: options.dataPath).problem() {
            throw refusal
        }
        let store = try DisclosureStore.create()
        do throws(DiscloseError) {
            options.progress.report("reading \(options.dataPath ?? project.dataPath)")
            let fiscalYear = project.fiscalYear(options.fiscalYear)
            var data = try Ingestor(
                project: project, store: store, dataPath: options.dataPath, fiscalYear: fiscalYear.label, progress: options.progress
            ).run()
            data.diagnostics = (data.diagnostics + ScopeCheck(config: project.config, companies: data.companies, fiscalYear: fiscalYear).problems())
                .sorted()
            return Validation(project: project, store: store, data: data, fiscalYear: fiscalYear)
        } catch {
            store.close()
            throw error
        }
    }

    /// Validates and stops on any error (or warning, with `strict`).
    public func evaluate() throws(DiscloseError) -> Evaluation {
        let validation = try validate()
        let data = validation.data
        guard data.isValid(strict: options.strict) else {
            validation.store.close()
            throw .invalid(options.strict ? data.diagnostics.map { Diagnostic(.error, at: $0.location, $0.message) } : data.diagnostics)
        }
        if !data.fiscalYears.contains(validation.fiscalYear.label) {
            validation.store.close()
            throw .invalid(
                at: SourceLocation(path: options.dataPath ?? validation.project.dataPath),
                "no data folder for \(validation.fiscalYear): expected \(validation.fiscalYear)/ with one folder per company")
        }
        let config = validation.project.config.disclosure
        let evaluator = MetricEvaluator(
            store: validation.store, data: data, homeCountry: config.homeCountry, startMonth: config.fiscalYearStartMonth)
        return Evaluation(
            project: validation.project, store: validation.store, data: data, fiscalYear: validation.fiscalYear,
            evaluator: evaluator)
    }

    /// Evaluates every goal, figure and narrative section into the report.
    public func report() throws(DiscloseError) -> (report: Report, evaluation: Evaluation) {
        let evaluation = try evaluate()
        do throws(DiscloseError) {
            let report = try ReportBuilder(
                project: evaluation.project, evaluator: evaluation.evaluator, data: evaluation.data,
                fiscalYear: evaluation.fiscalYear
            ).build()
            return (report, evaluation)
        } catch {
            evaluation.store.close()
            throw error
        }
    }

    /// Evaluates and renders the page set in memory, marked as a draft unless every part is approved.
    public func render() throws(DiscloseError) -> (report: Report, pages: [String: String], evaluation: Evaluation) {
        let rendered = try renderSigned()
        return (rendered.report, rendered.pages, rendered.evaluation)
    }

    /// `render()` with the sign-off state it marked the pages by.
    public func renderSigned() throws(DiscloseError) -> (report: Report, pages: [String: String], evaluation: Evaluation, signOff: SignOff) {
        let (report, evaluation) = try report()
        defer { evaluation.store.close() }
        let rendered = try PageRenderer(project: evaluation.project).render(report)
        let signOff = SignOff(
            parts: PagePart.parts(of: rendered, report: report),
            approvals: try Approvals.load(path: evaluation.project.approvalsPath), fiscalYear: report.fiscalYear.label)
        let pages = DraftMarking.apply(signOff, to: rendered, report: report, mainLanguage: report.language)
        let guardian = PrivacyGuard(
            store: evaluation.store, project: evaluation.project, allowed: Set(evaluation.project.config.allowList),
            outputFolder: publisher(for: evaluation.project).folder(for: evaluation.fiscalYear))
        let leaks = try guardian.problems(in: pages)
        if !leaks.isEmpty { throw .invalid(leaks) }
        return (report, pages, evaluation, signOff)
    }

    /// The output folder: `--out`, or `paths.output` of the project.
    public func publisher(for project: Project) -> Publisher {
        Publisher(outputPath: options.outputPath ?? project.path(project.config.paths.output))
    }

    /// Builds and publishes, then rewrites the output folder's index; returns the folder written and the report.
    /// With `final`, refuses (writing nothing) while any part of the page is not approved as it stands.
    public func build(final: Bool = false) throws(DiscloseError) -> (folder: String, report: Report, signOff: SignOff) {
        let (report, pages, evaluation, signOff) = try renderSigned()
        if final, signOff.isDraft { throw DiscloseError(.notApproved(signOff.refusal())) }
        let publisher = publisher(for: evaluation.project)
        options.progress.report("writing \(publisher.folder(for: evaluation.fiscalYear))")
        let title = evaluation.project.indexTitle
        try publisher.publish(pages, fiscalYear: evaluation.fiscalYear, progress: options.progress) {
            PublishedIndex.make(outputPath: publisher.outputPath, title: title).files
        }
        return (publisher.folder(for: evaluation.fiscalYear), report, signOff)
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
        let (report, rendered, evaluation) = try render()
        let publisher = publisher(for: evaluation.project)
        let folder = publisher.folder(for: evaluation.fiscalYear)
        var published = publisher.published(fiscalYear: evaluation.fiscalYear)
        var pages = rendered
        let index = PublishedIndex.make(
            outputPath: publisher.outputPath, title: evaluation.project.indexTitle,
            replacing: evaluation.fiscalYear.description, with: rendered)
        for (name, text) in index.files {
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
        return OutputCheck(folder: folder, diff: diff, warnings: report.shownDiagnostics)
    }
}
