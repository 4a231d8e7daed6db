/// Decides the charts of the page from evaluated results: goals against targets, trends, completion by population.
struct ChartBuilder {
    let evaluator: MetricEvaluator
    let fiscalYear: FiscalYear

    /// The training populations of the completion chart, in chart order.
    static let populations = ["officer", "employee", "dispatched"]

    /// Percentage goals: the result against the target, each bar with its goal's status.
    func goalsAgainstTargets(_ goals: [GoalReport]) -> ChartData? {
        var bars: [ChartData.Bar] = []
        for goal in goals {
            guard let result = goal.result, let ratio = result.ratio, !ratio.isUndefined, let target = goal.goal.target,
                target.isPercent, result.value != nil
            else { continue }
            bars.append(
                ChartData.Bar(
                    subject: .goal(goal.goal.id), result: result, length: ratio.clampedToUnit,
                    marker: Self.marker(target), target: target, status: goal.status))
        }
        guard !bars.isEmpty else { return nil }
        return ChartData(kind: .goalsAgainstTargets, fiscalYear: fiscalYear.label, bars: bars)
    }

    /// Where a % target sits on a 0–100 % axis.
    static func marker(_ target: Target) -> Ratio {
        var scale = 100
        for _ in 0..<target.scale { scale *= 10 }
        return Ratio(target.mantissa, scale).clampedToUnit
    }

    /// One chart per goal metric with more than one year of data: the years already evaluated in the report.
    /// Counts sit on a count axis (a round number at or above the largest), percentages on 0–100 %.
    func trends(_ goals: [GoalReport]) -> [ChartData] {
        var charts: [ChartData] = []
        for goal in goals where goal.goal.metric != nil && goal.result != nil && goal.years.count > 1 {
            let counts = goal.years.compactMap { result -> Int? in
                if case .count(let count) = result.shownValue, result.kind != .countOfScope { return count }
                return nil
            }
            let axis = counts.isEmpty ? nil : ChartData.countAxis(for: max(1, counts.max() ?? 1))
            let bars = goal.years.map { result -> ChartData.Bar in
                let length: Ratio
                switch result.shownValue {
                case .count(let count) where result.kind != .countOfScope: length = Ratio(count, axis ?? 1).clampedToUnit
                default: length = (result.ratio ?? Ratio(0, 1)).clampedToUnit
                }
                return ChartData.Bar(subject: .fiscalYear(result.fiscalYear), result: result, length: length, marker: nil, target: nil)
            }
            charts.append(ChartData(kind: .trend(goal: goal.goal.id), fiscalYear: fiscalYear.label, bars: bars, countAxis: axis))
        }
        return charts
    }

    /// The goal's metric split by population, in chart order, when the goal names the chart (`chart: by_population`).
    static func populationReferences(of goal: Goal) -> [(population: String, reference: MetricReference)] {
        guard goal.charts.contains(.byPopulation), let base = goal.metric else { return [] }
        return populations.map { population in
            var reference = base
            reference.filter["population"] = [population]
            return (population, reference)
        }
    }

    /// Training completion by population for each goal that names the chart (`chart: by_population`): the goal's
    /// own metric, scope and filters, split by population, each bar against the goal's target.
    func completionByPopulation(_ goals: [GoalReport]) throws(DiscloseError) -> [ChartData] {
        var charts: [ChartData] = []
        for goal in goals {
            var bars: [ChartData.Bar] = []
            for (population, reference) in Self.populationReferences(of: goal.goal) {
                guard let result = try evaluator.evaluate(reference, year: fiscalYear.label), let ratio = result.ratio,
                    ratio.denominator > 0
                else { continue }
                let target = goal.goal.target.flatMap { $0.isPercent ? $0 : nil }
                bars.append(
                    ChartData.Bar(
                        subject: .population(population), result: result, length: ratio.clampedToUnit,
                        marker: target.map(Self.marker), target: target,
                        status: target.map { GoalStatus.judge(result, target: $0) }))
            }
            if !bars.isEmpty {
                charts.append(ChartData(kind: .completionByPopulation(goal: goal.goal.id), fiscalYear: fiscalYear.label, bars: bars))
            }
        }
        return charts
    }
}
