/// Goal and figure scopes checked against the registry before anything is evaluated: a company code the
/// registry does not know is an error, and a scope that selects no company consolidated at the end of the
/// disclosed year is a warning (its figures are withheld and its goals are `insufficient data`).
struct ScopeCheck {
    let config: PipelineConfig
    let companies: [Company]
    let fiscalYear: FiscalYear

    func problems() -> [Diagnostic] {
        guard !companies.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let codes = companies.map(\.code)
        var named: [(what: String, metric: MetricReference, evaluated: Bool)] = config.figures.map {
            ("figure '\($0.name)'", $0.metric, true)
        }
        for goal in config.goals {
            if let metric = goal.metric { named.append(("goal '\(goal.id)'", metric, goal.fiscalYear == fiscalYear.label)) }
        }
        for (what, metric, evaluated) in named {
            let unknown = (metric.scope.company ?? []).filter { !codes.contains($0) }
            for code in unknown {
                diagnostics.append(
                    .error(
                        at: metric.location,
                        "\(what): company '\(code)' in its scope is not in companies.csv" + Suggestion.hint(for: code, in: codes), rule: .scope))
            }
            guard evaluated, unknown.isEmpty else { continue }
            let home = config.disclosure.homeCountry
            if !companies.contains(where: { $0.isConsolidated(on: fiscalYear.end) && metric.scope.includes($0, homeCountry: home) }) {
                diagnostics.append(
                    .warning(
                        at: metric.location,
                        "\(what): no company of its scope (\(metric.scope.summary)) is consolidated at the end of \(fiscalYear); "
                            + "it is shown as insufficient data, with no value", rule: .scope))
            }
        }
        return diagnostics
    }
}
