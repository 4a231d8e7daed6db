/// The charts of data.json: every number a chart or its data table shows, as the metric results behind the bars.
extension JSONReport {
    /// One chart: its id (the page's), kind, fiscal year, goal (trends and by-population charts) and bars in order.
    static func chart(_ chart: ChartData) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(chart.id),
            "kind": .string(chart.kind.jsonValue),
            "fiscal_year": .int(chart.fiscalYear),
            "bars": .array(chart.bars.map { bar(_: $0, of: chart) }),
        ]
        if let goal = chart.kind.goal { members["goal"] = .string(goal) }
        return .object(members)
    }

    /// One bar: `metric(_:)` of its result, the result's own fiscal year (a trend's bars span years), the goal it
    /// shows, its population (by-population charts) and its target text where it has one.
    static func bar(_ bar: ChartData.Bar, of chart: ChartData) -> JSONValue {
        guard case .object(var members) = metric(bar.result) else { return metric(bar.result) }
        members["fiscal_year"] = .int(bar.result.fiscalYear)
        if let goal = chart.goal(of: bar) { members["goal"] = .string(goal) }
        if case .population(let population) = bar.subject { members["population"] = .string(population) }
        if let target = bar.target { members["target"] = .string(target.text) }
        return .object(members)
    }
}
