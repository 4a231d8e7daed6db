/// Decides the charts of the page from evaluated results: goals against targets, trends, completion by population.
struct ChartBuilder {
    let evaluator: MetricEvaluator
    let fiscalYear: FiscalYear

    /// The training populations of the completion chart, in chart order.
    static let populations = ["officer", "employee", "dispatched"]

    /// Percentage goals: the result against the target.
    func goalsAgainstTargets(_ goals: [GoalReport]) -> ChartData? {
        var bars: [ChartData.Bar] = []
        for goal in goals {
            guard let result = goal.result, let ratio = result.ratio, !ratio.isUndefined, let target = goal.goal.target,
                target.isPercent, result.value != nil
            else { continue }
            var scale = 100
            for _ in 0..<target.scale { scale *= 10 }
            bars.append(
                ChartData.Bar(
                    subject: .goal(goal.goal.id), result: result, length: ratio.clampedToUnit,
                    marker: Ratio(target.mantissa, scale).clampedToUnit, target: target))
        }
        guard !bars.isEmpty else { return nil }
        return ChartData(kind: .goalsAgainstTargets, fiscalYear: fiscalYear.label, bars: bars)
    }

    /// One chart per goal metric with more than one year of data: the years already evaluated in the report.
    func trends(_ goals: [GoalReport]) -> [ChartData] {
        var charts: [ChartData] = []
        for goal in goals where goal.goal.metric != nil && goal.result != nil && goal.years.count > 1 {
            let counts = goal.years.compactMap { result -> Int? in
                if case .count(let count) = result.shownValue { return count }
                return nil
            }
            let largest = max(1, counts.max() ?? 1)
            let bars = goal.years.map { result -> ChartData.Bar in
                let length: Ratio
                switch result.shownValue {
                case .count(let count) where result.kind != .countOfScope: length = Ratio(count, largest)
                default: length = (result.ratio ?? Ratio(0, 1)).clampedToUnit
                }
                return ChartData.Bar(subject: .fiscalYear(result.fiscalYear), result: result, length: length, marker: nil, target: nil)
            }
            charts.append(ChartData(kind: .trend(goal: goal.goal.id), fiscalYear: fiscalYear.label, bars: bars))
        }
        return charts
    }

    /// Training completion by population, over the first training goal's scope and filters (else the parent's).
    func completionByPopulation(_ goals: [GoalReport]) throws(DiscloseError) -> ChartData? {
        let base =
            goals.compactMap(\.goal.metric).first { $0.id == "training_completion" }
            ?? MetricReference(
                id: "training_completion", scope: .parentOnly, filter: [:], sql: nil, unit: nil,
                location: SourceLocation(path: "pipeline.yaml"))
        var bars: [ChartData.Bar] = []
        for population in Self.populations {
            var reference = base
            reference.filter["population"] = [population]
            guard let result = try evaluator.evaluate(reference, year: fiscalYear.label), let ratio = result.ratio,
                ratio.denominator > 0
            else { continue }
            bars.append(
                ChartData.Bar(subject: .population(population), result: result, length: ratio.clampedToUnit, marker: nil, target: nil))
        }
        guard !bars.isEmpty else { return nil }
        return ChartData(kind: .completionByPopulation, fiscalYear: fiscalYear.label, bars: bars)
    }
}
