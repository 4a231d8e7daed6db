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

    /// Explains a goal id, a named figure or a built-in metric id (over the parent company).
    public static func make(
        _ name: String, report: Report, evaluation: Pipeline.Evaluation
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
            title = "Goal \(name) (FY\(match.goal.fiscalYear)): \(match.goal.text)"
        } else if let figure = config.figures.first(where: { $0.name == name }) {
            reference = figure.metric
            title = "Figure \(name)"
        } else if MetricCatalog.all[name] != nil {
            reference = MetricReference(
                id: name, scope: .parentOnly, filter: [:], sql: nil, unit: nil, location: SourceLocation(path: config.path))
            title = "Metric \(name)"
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
            let datasets = definition?.datasets ?? []
            var files: [(path: String, rows: Int)] = []
            for dataset in datasets {
                if let first = try evaluation.store.files(of: dataset, company: company.code, fiscalYear: year).first {
                    files.append(first)
                }
            }
            let missing = datasets.filter { !evaluation.data.submitted($0, by: company.code, in: year) }
            lines.append(
                CompanyLine(
                    code: company.code, name: company.name, figure: missing.isEmpty ? own.map(ReportText.figure) ?? "—" : "—",
                    files: files, missing: missing))
        }
        return Explanation(
            title: title, rule: definition?.rule ?? "a sql: metric defined in pipeline.yaml",
            scopeText: reference.scope.summary, result: result, goal: goal, companies: lines)
    }

    /// The explanation as terminal text.
    public var text: String {
        var lines = [title]
        lines.append("Metric: \(result.reference.id) — \(rule)")
        if !result.reference.filter.isEmpty {
            lines.append(
                "Filter: " + result.reference.filter.keys.sorted().map { "\($0) in [\(result.reference.filter[$0, default: []].joined(separator: ", "))]" }
                    .joined(separator: "; "))
        }
        lines.append("Scope: \(scopeText) consolidated at FY end (\(result.companies.count.counted("company", "companies")))")
        var verdict = "Result: \(ReportText.figure(result))"
        if let goal {
            verdict += "   Target: \(goal.targetText)   Status: \(goal.status.rawValue)   Prior FY: \(goal.priorText)"
        }
        lines.append(verdict)
        let coverage = result.coverage
        lines.append(
            "Coverage: \(coverage.reported) of \(coverage.inScope.counted("company", "companies")) sent every dataset read"
                + (coverage.missingCompanies.isEmpty ? "" : "; not reported: \(coverage.missingCompanies.joined(separator: ", "))"))
        lines.append("")
        lines.append("Companies:")
        for company in companies {
            lines.append("  \(company.code)  \(company.name)  figure: \(company.figure)")
            for file in company.files { lines.append("      \(file.path)  (\(file.rows.counted("row")))") }
            for dataset in company.missing { lines.append("      did not report \(dataset)") }
        }
        lines.append("")
        lines.append("SQL:")
        lines.append("  " + result.sql)
        return lines.joined(separator: "\n") + "\n"
    }
}
