import Foundation

/// Evaluates goals, figures and narrative for one fiscal year into the one `Report` every renderer reads.
public struct ReportBuilder {
    let project: Project
    let evaluator: MetricEvaluator
    let data: IngestedData
    let fiscalYear: FiscalYear

    public init(project: Project, evaluator: MetricEvaluator, data: IngestedData, fiscalYear: FiscalYear) {
        self.project = project
        self.evaluator = evaluator
        self.data = data
        self.fiscalYear = fiscalYear
    }

    /// Builds the report; every template problem is reported in one error.
    public func build() throws(DiscloseError) -> Report {
        let config = project.config
        var diagnostics: [Diagnostic] = []
        var figures: [FigureReport] = []
        for figure in config.figures {
            guard let result = try evaluator.evaluate(figure.metric, year: fiscalYear.label) else {
                diagnostics.append(.error(at: figure.location, "no data folder FY\(fiscalYear.label) for figure '\(figure.name)'"))
                continue
            }
            figures.append(
                FigureReport(
                    name: figure.name, label: figure.label, result: result, valueText: ReportText.figure(result), anchor: "figure-\(figure.name)"))
        }
        let globals = NarrativeContext.globals(config: config, fiscalYear: fiscalYear, figures: figures)
        let goals = try goalReports(year: fiscalYear.label, globals: globals, diagnostics: &diagnostics)
        let nextGoals = try goalReports(year: fiscalYear.label + 1, globals: globals, diagnostics: &diagnostics)
        var sections: [NarrativeReport] = []
        let narrative = NarrativeTemplate(context: globals)
        for section in config.sections {
            do throws(DiscloseError) {
                sections.append(try narrativeSection(section, template: narrative))
            } catch {
                diagnostics.append(contentsOf: error.diagnostics.isEmpty ? [.error(at: section.location, error.description)] : error.diagnostics)
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        let charts = ChartBuilder(evaluator: evaluator, years: data.fiscalYears, fiscalYear: fiscalYear)
        var chartList = [charts.goalsAgainstTargets(goals)].compactMap { $0 }
        chartList += try charts.trends(goals)
        if let training = try charts.completionByPopulation(goals) { chartList.append(training) }
        return Report(
            title: config.disclosure.title, organization: config.disclosure.organization,
            language: config.disclosure.language, fiscalYear: fiscalYear, scopeNote: config.disclosure.scopeNote,
            mediumTerm: config.mediumTerm.map {
                MediumTermReport(periodText: ReportText.period($0.from, $0.to), from: $0.from, to: $0.to, goals: $0.goals)
            },
            goals: goals, nextGoals: nextGoals, sections: sections, figures: figures,
            standards: ReportText.standards(goals: goals, figures: figures), charts: chartList,
            diagnostics: data.diagnostics.filter { !data.unpublished.contains($0) }.map(projectRelative), missing: data.missing,
            unpublished: data.unpublished)
    }

    /// A diagnostic whose path is relative to the project folder, so data.json is the same on every machine
    /// and from every working folder: a file of the data folder read (even one given as `--data /abs/path`)
    /// is named under `paths.data`, anything else in the project relative to it, anything outside by its name alone.
    func projectRelative(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.location.path = PublishedPath(project: project, dataFolder: data.dataFolder).path(for: diagnostic.location.path)
        return copy
    }

    func goalReports(year: Int, globals: [String: Any], diagnostics: inout [Diagnostic]) throws(DiscloseError) -> [GoalReport] {
        var reports: [GoalReport] = []
        for goal in project.config.goals where goal.fiscalYear == year {
            var result: MetricResult?
            var prior: MetricResult?
            var base: MetricResult?
            if let metric = goal.metric, year == fiscalYear.label {
                result = try evaluator.evaluate(metric, year: year)
                prior = try evaluator.evaluate(metric, year: year - 1)
                if let baseYear = goal.baseYear { base = try evaluator.evaluate(metric, year: baseYear) }
            }
            let status = GoalStatus.judge(result, target: goal.target)
            var achievement: String?
            if let sentence = goal.achievement, let result {
                var context = globals.merging(NarrativeContext.figure(result)) { _, new in new }
                context["met"] = status == .met
                context["not_met"] = status == .notMet
                context["target"] = goal.target?.text ?? "—"
                do throws(DiscloseError) {
                    achievement = try NarrativeTemplate(context: context).render(
                        sentence, at: goal.achievementLocation ?? goal.location, markdown: false)
                } catch {
                    diagnostics.append(contentsOf: error.diagnostics)
                }
            }
            reports.append(
                GoalReport(
                    goal: goal, result: result, prior: prior, base: base, status: status, achievement: achievement,
                    resultText: result.map(ReportText.figure) ?? "—", priorText: prior.map(ReportText.figure) ?? "—",
                    baseText: base.map(ReportText.figure), targetText: goal.target?.text ?? "—",
                    coverageText: result.flatMap(ReportText.coverage), anchor: "goal-\(goal.id)"))
        }
        return reports
    }

    func narrativeSection(_ section: NarrativeSection, template: NarrativeTemplate) throws(DiscloseError) -> NarrativeReport {
        let path = project.path(section.path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw .invalid(at: section.location, "narrative file '\(section.path)' does not exist (sections: names files relative to the project folder)")
        }
        // A file that exists but cannot be read, or is not UTF-8, is reported at its own path (and line).
        let text = try project.readText(path, kind: "narrative file", namedAt: section.location)
        let markdown = try template.render(text, at: SourceLocation(path: path, line: 1, column: 1), markdown: true)
        let document = try CommonMarkDocument(markdown: markdown)
        document.makeInert()
        document.placeHeadings(startingAt: 3)
        return NarrativeReport(
            key: section.key, heading: ReportText.sectionHeading(section.key), markdown: document.commonMark(),
            html: document.html())
    }
}
