/// What `disclose explain` says about one figure: rule, scope, coverage, per-company inputs and the SQL.
///
/// Only counts, codes, names and file paths are shown: never a row's contents, so no person id or
/// incident summary can appear.
public struct Explanation: Sendable {
    /// One company of the scope and what it contributed.
    public struct CompanyLine: Sendable {
        public var code: String
        public var name: String
        /// The figure over this company alone ("—" when it did not report).
        public var figure: String
        public var files: [(path: String, rows: Int)]
        public var missing: [String]
    }

    public var title: String
    public var rule: String
    public var scopeText: String
    public var result: MetricResult
    public var goal: GoalReport?
    public var companies: [CompanyLine]
    /// The words: the main language's edition.
    public var edition: Edition

    /// Explains a goal id, a named figure or a built-in metric id (over the parent company).
    public static func make(
        _ name: String, report: Report, evaluation: Pipeline.Evaluation, edition: Edition = .english
    ) throws(DiscloseError) -> Explanation {
        let config = evaluation.project.config
        let year = evaluation.fiscalYear.label
        var goal: GoalReport?
        var reference: MetricReference
        var title: String
        if let match = report.goals.first(where: { $0.goal.id == name }) {
            guard let metric = match.goal.metric else {
                throw DiscloseError(.usage("goal '\(name)' has no metric: it is a text-only goal"))
            }
            goal = match
            reference = metric
            title = edition.format(
                .explainGoal,
                ["id": name, "fy": edition.fiscalYear(match.goal.fiscalYear), "text": match.goal.text[edition.language]])
        } else if let figure = config.figures.first(where: { $0.name == name }) {
            reference = figure.metric
            title = edition.format(.explainFigure, ["name": name])
        } else if MetricCatalog.all[name] != nil {
            reference = MetricReference(
                id: name, scope: .parentOnly, filter: [:], sql: nil, unit: nil, location: SourceLocation(path: config.path))
            title = edition.format(.explainMetric, ["name": name])
        } else {
            let known = report.goals.map(\.goal.id) + config.figures.map(\.name)
            let ranked = Suggestion.ranked(name, among: known)
            throw DiscloseError(
                .usage(
                    "'\(name)' is not a goal of FY\(year), a figure or a metric"
                        + Suggestion.hint(for: name, in: known + MetricCatalog.ids)
                        + (ranked.isEmpty ? "" : "\ngoals and figures, closest first: " + ranked.joined(separator: ", "))
                        + "\nbuilt-in metrics: " + MetricCatalog.ids.joined(separator: ", ")))
        }
        guard let result = try evaluation.evaluator.evaluate(reference, year: year) else {
            throw DiscloseError(.fileSystem("no data folder for FY\(year)"))
        }
        let definition = MetricCatalog.all[reference.id]
        var lines: [CompanyLine] = []
        for company in evaluation.evaluator.companies(in: reference.scope, fiscalYear: evaluation.fiscalYear) {
            var alone = reference
            alone.scope = CompanyScope(company: [company.code])
            let own = try evaluation.evaluator.evaluate(alone, year: year)
            let datasets = definition?.datasets ?? result.inputs.map(\.dataset)
            var files: [(path: String, rows: Int)] = []
            for dataset in datasets {
                if let first = try evaluation.store.files(of: dataset, company: company.code, fiscalYear: year).first {
                    files.append(first)
                }
            }
            let missing = datasets.filter { !evaluation.data.submitted($0, by: company.code, in: year) }
            lines.append(
                CompanyLine(
                    code: company.code, name: company.name, figure: missing.isEmpty ? edition.figure(own) : edition[.noValue],
                    files: files, missing: missing))
        }
        return Explanation(
            title: title, rule: edition.rule(reference.id) ?? edition[.explainSQLRule],
            scopeText: edition.scope(reference.scope), result: result, goal: goal, companies: lines, edition: edition)
    }

    /// The explanation as terminal text.
    public var text: String {
        var lines = [title]
        lines.append(edition.format(.explainMetricLine, ["id": result.reference.id, "rule": rule]))
        if !result.reference.filter.isEmpty {
            let filters = result.reference.filter.keys.sorted().map {
                edition.format(.explainFilterItem, ["column": $0, "values": result.reference.filter[$0, default: []].joined(separator: ", ")])
            }
            lines.append(edition.format(.explainFilter, ["filters": filters.joined(separator: "; ")]))
        }
        if result.reference.sql != nil {
            let datasets = result.inputs.map(\.dataset)
            lines.append(edition.format(.explainDatasets, ["datasets": datasets.isEmpty ? edition[.noValue] : edition.list(datasets)]))
        }
        lines.append(edition.format(.explainScope, ["scope": scopeText, "companies": edition.companies(result.companies.count)]))
        var verdict = edition.format(.explainResult, ["result": edition.figure(result)])
        if let goal {
            verdict += edition.format(
                .explainVerdict,
                ["target": edition.target(goal.goal.target), "status": edition.status(goal.status), "prior": edition.figure(goal.prior)])
        }
        lines.append(verdict)
        let coverage = result.coverage
        lines.append(
            edition.format(.explainCoverage, ["reported": edition.number(coverage.reported), "in_scope": edition.companies(coverage.inScope)])
                + (coverage.missingCompanies.isEmpty
                    ? "" : edition.format(.explainNotReported, ["missing": edition.list(coverage.missingCompanies)])))
        lines.append("")
        lines.append(edition[.explainCompanies])
        for company in companies {
            lines.append(edition.format(.explainCompany, ["code": company.code, "name": company.name, "figure": company.figure]))
            for file in company.files { lines.append("      \(file.path)  (\(edition.rows(file.rows)))") }
            for dataset in company.missing { lines.append(edition.format(.explainDidNotReport, ["dataset": dataset])) }
        }
        lines.append("")
        lines.append(edition[.explainSQL])
        lines.append("  " + result.sql)
        return lines.joined(separator: "\n") + "\n"
    }
}
