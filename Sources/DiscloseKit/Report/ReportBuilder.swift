/// Evaluates goals and figures for one fiscal year into the one language-neutral `Report` every edition reads.
public struct ReportBuilder {
    let project: Project
    var evaluator: MetricEvaluator
    let data: IngestedData
    let fiscalYear: FiscalYear
    /// Warnings (an incomplete figure stated without a guard, a guarded statement left out) become errors.
    let strict: Bool
    /// The values published for the prior fiscal year (its `data.json`), to flag restated prior-year figures.
    let published: PublishedValues?

    /// `publishedPriorFolder`: the prior year's output folder (`output/FY2024`); nil: no restatement check.
    public init(
        project: Project, evaluator: MetricEvaluator, data: IngestedData, fiscalYear: FiscalYear, strict: Bool = false,
        publishedPriorFolder: String? = nil
    ) {
        self.project = project
        self.evaluator = evaluator
        self.data = data
        self.fiscalYear = fiscalYear
        self.strict = strict
        self.published = publishedPriorFolder.map { PublishedValues(folder: $0) }
    }

    /// Builds the report; every problem is reported in one error.
    ///
    /// The metric queries of the whole report run first, several at once (`MetricEvaluator.prefetch`).
    public func build() throws(DiscloseError) -> Report {
        var builder = self
        builder.evaluator.prefetch(evaluations())
        return try builder.assemble()
    }

    /// Every metric evaluation the report makes: figures, each goal's metric in its years, population charts.
    func evaluations() -> [(reference: MetricReference, year: Int)] {
        // A figure's prior year only when a published prior data.json may show it restated.
        let figureYears = published?.found == true ? [fiscalYear.label, fiscalYear.label - 1] : [fiscalYear.label]
        var requests = project.config.figures.flatMap { figure in figureYears.map { (reference: figure.metric, year: $0) } }
        for goal in project.config.goals where goal.fiscalYear == fiscalYear.label {
            guard let metric = goal.metric else { continue }
            requests += years(of: goal).map { (metric, $0) }
            requests += ChartBuilder.populationReferences(of: goal).map { ($0.reference, fiscalYear.label) }
        }
        return requests
    }

    /// The years a goal of the disclosed year is evaluated in: every year with data, the prior year, its base year.
    func years(of goal: Goal) -> [Int] {
        var years = Set(data.fiscalYears)
        years.insert(fiscalYear.label - 1)
        if let baseYear = goal.baseYear { years.insert(baseYear) }
        return years.sorted()
    }

    private func assemble() throws(DiscloseError) -> Report {
        let config = project.config
        var diagnostics: [Diagnostic] = []
        var figures: [FigureReport] = []
        for figure in config.figures {
            guard let result = try evaluator.evaluate(figure.metric, year: fiscalYear.label) else {
                diagnostics.append(.error(at: figure.location, "no data folder FY\(fiscalYear.label) for figure '\(figure.name)'"))
                continue
            }
            let prior = try published?.found == true ? evaluator.evaluate(figure.metric, year: fiscalYear.label - 1) : nil
            figures.append(
                FigureReport(
                    name: figure.name, label: figure.label, result: result, anchor: "figure-\(figure.name)",
                    restatement: restatement(of: figure.name, kind: .figure, prior: prior)))
        }
        let warnings = contentWarnings(figures)
        if strict { diagnostics += warnings.map(\.asError) }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        let goals = try goalReports(year: fiscalYear.label)
        let achievementWarnings = FigureGuards.achievementWarnings(goals, figures: figures, languages: config.disclosure.languages)
        if strict, !achievementWarnings.isEmpty { throw .invalid(achievementWarnings.map(\.asError)) }
        let nextGoals = try goalReports(year: fiscalYear.label + 1)
        let charts = ChartBuilder(evaluator: evaluator, fiscalYear: fiscalYear)
        var chartList = [charts.goalsAgainstTargets(goals)].compactMap { $0 }
        chartList += charts.trends(goals)
        chartList += try charts.completionByPopulation(goals)
        var report = Report(
            title: config.disclosure.title, organization: config.disclosure.organization,
            languages: config.disclosure.languages, fiscalYear: fiscalYear, scopeNote: config.disclosure.scopeNote,
            mediumTerm: config.mediumTerm, goals: goals, nextGoals: nextGoals, sections: config.sections, figures: figures,
            standards: standards(goals: goals, figures: figures, language: config.disclosure.mainLanguage), charts: chartList,
            diagnostics: data.diagnostics.filter { !data.unpublished.contains($0) && isRecordProblem($0) }.map(projectRelative).sorted(),
            missing: data.missing,
            unpublished: data.unpublished
                + (data.diagnostics.filter { !data.unpublished.contains($0) && !isRecordProblem($0) } + warnings + achievementWarnings)
                .map(projectRelative))
        report.texts = TranslatedText.all(in: project)
        report.readAs = data.readAs
        report.unpublished += restatementWarnings(figures: figures, goals: goals).map(projectRelative)
        return report
    }

    /// Where `content/*.md` (every language's) states an incomplete figure unguarded, or loses a guarded statement
    /// to one (`FigureGuards`). A file that cannot be read is left to the narrative, which reports it.
    func contentWarnings(_ figures: [FigureReport]) -> [Diagnostic] {
        let coverage = Dictionary(figures.map { ($0.name, $0.result.coverage) }) { first, _ in first }
        var warnings: [Diagnostic] = []
        for section in project.config.sections {
            for language in project.config.disclosure.languages {
                let path = project.path(section.path(in: language))
                guard let text = try? project.readText(path, kind: "narrative file") else { continue }
                warnings += FigureGuards.check(
                    text, coverage: coverage, at: SourceLocation(path: path, line: 1, column: 1),
                    edition: Edition.builtIn.first { $0.language == language })
            }
        }
        return Array(Set(warnings))
    }

    /// True for a problem in the records (a file of the data folder), which data.json publishes because it bears on a
    /// figure; problems in pipeline.yaml, `content/` or `templates/` are for the team and never published.
    func isRecordProblem(_ diagnostic: Diagnostic) -> Bool {
        let folder = data.dataFolder.isEmpty ? project.dataPath : data.dataFolder
        let path = diagnostic.location.path
        if FolderBoundary.contains(folder, path) { return true }
        return FolderBoundary.contains(FolderBoundary.resolvedPath(folder), FolderBoundary.resolvedPath(path))
    }

    /// A diagnostic whose path is relative to the project folder, so data.json is the same on every machine
    /// and from every working folder: a file of the data folder read (even one given as `--data /abs/path`)
    /// is named under `paths.data`, anything else in the project relative to it, anything outside by its name alone.
    func projectRelative(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.location.path = PublishedPath(project: project, dataFolder: data.dataFolder).path(for: diagnostic.location.path)
        return copy
    }

    /// The goals of `year`; those of the disclosed year with their metric in every fiscal year with data.
    func goalReports(year: Int) throws(DiscloseError) -> [GoalReport] {
        var reports: [GoalReport] = []
        for goal in project.config.goals where goal.fiscalYear == year {
            var known: [Int: MetricResult] = [:]
            if let metric = goal.metric, year == fiscalYear.label {
                for other in years(of: goal) {
                    if let result = try evaluator.evaluate(metric, year: other) { known[other] = result }
                }
            }
            let result = known[year]
            reports.append(
                GoalReport(
                    goal: goal, result: result, prior: known[year - 1], base: goal.baseYear.flatMap { known[$0] },
                    years: data.fiscalYears.sorted().compactMap { known[$0] },
                    status: GoalStatus.judge(result, target: goal.target), anchor: "goal-\(goal.id)",
                    restatement: restatement(of: goal.id, kind: .goal, prior: known[year - 1])))
        }
        return reports
    }

    /// The prior-year value's restatement: set when the prior year's published data.json states another value
    /// for the goal (`goals[].value`) or named figure (`metrics[].value`) of that id.
    func restatement(of id: String, kind: PublishedValues.Kind, prior: MetricResult?) -> Restatement? {
        // An incomplete figure is compared by its partial value and coverage: a changed partial value is a restatement.
        guard let published, let prior, let stated = published.stated(of: id, kind: kind), !stated.same(as: PublishedValues.Stated(prior))
        else { return nil }
        let isPercent: Bool
        if case .percent = prior.shownValue { isPercent = true } else { isPercent = false }
        var restatement = Restatement(
            fiscalYear: fiscalYear.label - 1, published: stated.value.plainText, publishedValue: stated.value, restated: prior,
            isPercent: isPercent, reason: project.config.restatements[id])
        restatement.publishedCoverage = stated.coverage.map { Coverage(inScope: $0.inScope, reported: $0.reported, missingCompanies: []) }
        return restatement
    }

    /// A located warning for each `restatements:` reason whose figure or goal was not restated: the prior year's
    /// data.json published the very value computed now (compared as exact decimals), or published none.
    func restatementWarnings(figures: [FigureReport], goals: [GoalReport]) -> [Diagnostic] {
        guard published?.found == true else { return [] }
        let restated = Set(figures.filter { $0.restatement != nil }.map(\.name) + goals.filter { $0.restatement != nil }.map(\.goal.id))
        return project.config.restatements.keys.sorted().filter { !restated.contains($0) }.map { key in
            .warning(
                at: project.config.restatementLocations[key] ?? SourceLocation(path: project.config.path),
                "restatement '\(key)' gives a reason, but FY\(fiscalYear.label - 1)'s value was not restated: the published "
                    + "data.json states what the records give now; remove the reason, or it reads as a change that did not happen", rule: .restatement)
        }
    }

    /// Standards index rows: each tagged figure and goal metric once (a goal measuring the very datum a figure
    /// states is not listed again), by code, then label in the main language.
    func standards(goals: [GoalReport], figures: [FigureReport], language: String) -> [StandardsEntry] {
        var entries: [StandardsEntry] = []
        var listed: Set<Datum> = []
        let datum = { (reference: MetricReference) in
            Datum(id: reference.id, sql: reference.sql, scope: JSONValue(scope: reference.scope), filter: reference.filter)
        }
        let named = Dictionary(project.config.figures.map { ($0.name, $0.metric) }, uniquingKeysWith: { first, _ in first })
        for figure in figures {
            guard let tag = figure.result.tag else { continue }
            if let reference = named[figure.name], !listed.insert(datum(reference)).inserted { continue }
            entries.append(StandardsEntry(code: tag, label: figure.label, result: figure.result, anchor: figure.anchor))
        }
        for goal in goals {
            guard let result = goal.result, let tag = result.tag else { continue }
            if let reference = goal.goal.metric, !listed.insert(datum(reference)).inserted { continue }
            entries.append(StandardsEntry(code: tag, label: goal.goal.text, result: result, anchor: goal.anchor))
        }
        return entries.sorted { ($0.code, $0.label[language]) < ($1.code, $1.label[language]) }
    }
}

/// What a figure or goal states, for telling two rows of the standards index that state the same datum.
private struct Datum: Hashable {
    var id: String
    var sql: String?
    var scope: JSONValue
    var filter: [String: [String]]
}
