/// Decides the charts of the page from evaluated results: goals against targets, trends, completion by population.
struct ChartBuilder {
    let evaluator: MetricEvaluator
    let years: [Int]
    let fiscalYear: FiscalYear

    /// Percentage goals: the result against the target.
    func goalsAgainstTargets(_ goals: [GoalReport]) -> BarChart? {
        var bars: [BarChart.Bar] = []
        for goal in goals {
            guard let result = goal.result, let ratio = result.ratio, !ratio.isUndefined, let target = goal.goal.target,
                target.isPercent, result.value != nil
            else { continue }
            var scale = 100
            for _ in 0..<target.scale { scale *= 10 }
            bars.append(
                BarChart.Bar(
                    label: goal.goal.text, valueText: (ratio.percentText() ?? "—") + "%", length: ratio.clampedToUnit,
                    marker: Ratio(target.mantissa, scale).clampedToUnit, markerText: target.text, source: result))
        }
        guard !bars.isEmpty else { return nil }
        return BarChart(
            id: "chart-goals", title: "FY\(fiscalYear.label) goal results against their targets",
            summary: "Each bar is a goal's result as a percentage; the vertical mark is its target.", valueHeader: "Result",
            bars: bars)
    }

    /// One chart per goal metric: its value in every fiscal year present.
    func trends(_ goals: [GoalReport]) throws(DiscloseError) -> [BarChart] {
        var charts: [BarChart] = []
        for goal in goals {
            guard let metric = goal.goal.metric, goal.result != nil else { continue }
            var known: [Int: MetricResult] = [:]
            for result in [goal.result, goal.prior, goal.base].compactMap({ $0 }) { known[result.fiscalYear] = result }
            var results: [(Int, MetricResult)] = []
            for year in years {
                if let result = known[year] {
                    results.append((year, result))
                } else if let result = try evaluator.evaluate(metric, year: year) {
                    results.append((year, result))
                }
            }
            guard results.count > 1 else { continue }
            let counts = results.compactMap { pair -> Int? in
                if case .count(let count) = pair.1.shownValue { return count }
                return nil
            }
            let largest = max(1, counts.max() ?? 1)
            let bars = results.map { year, result -> BarChart.Bar in
                let length: Ratio
                switch result.shownValue {
                case .count(let count) where result.kind != .countOfScope: length = Ratio(count, largest)
                default: length = (result.ratio ?? Ratio(0, 1)).clampedToUnit
                }
                return BarChart.Bar(
                    label: "FY\(year)", valueText: ReportText.figure(result), length: length, marker: nil, markerText: nil,
                    source: result)
            }
            charts.append(
                BarChart(
                    id: "chart-trend-\(goal.goal.id)", title: "Trend: \(goal.goal.text)",
                    summary: "The goal's figure in each fiscal year with data, FY\(results[0].0) to FY\(results[results.count - 1].0).",
                    valueHeader: "Value", bars: bars))
        }
        return charts
    }

    /// Training completion by population, over the first training goal's scope and filters (else the parent's).
    func completionByPopulation(_ goals: [GoalReport]) throws(DiscloseError) -> BarChart? {
        let base =
            goals.compactMap(\.goal.metric).first { $0.id == "training_completion" }
            ?? MetricReference(
                id: "training_completion", scope: .parentOnly, filter: [:], sql: nil, unit: nil,
                location: SourceLocation(path: "pipeline.yaml"))
        var bars: [BarChart.Bar] = []
        for (population, label) in [("officer", "Officers"), ("employee", "Employees"), ("dispatched", "Dispatched workers")] {
            var reference = base
            reference.filter["population"] = [population]
            guard let result = try evaluator.evaluate(reference, year: fiscalYear.label), let ratio = result.ratio,
                ratio.denominator > 0
            else { continue }
            bars.append(
                BarChart.Bar(
                    label: label,
                    valueText: "\(ReportText.figure(result)) (\(ratio.numerator.groupedText) of \(ratio.denominator.groupedText))",
                    length: ratio.clampedToUnit, marker: nil, markerText: nil, source: result))
        }
        guard !bars.isEmpty else { return nil }
        return BarChart(
            id: "chart-training", title: "FY\(fiscalYear.label) training completion by population",
            summary: "Share of training assignments of the fiscal year completed by its end, for officers, employees and dispatched workers.",
            valueHeader: "Completion", bars: bars)
    }
}
