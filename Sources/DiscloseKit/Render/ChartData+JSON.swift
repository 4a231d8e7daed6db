/// data.json's names for chart kinds.
extension ChartData.Kind {
    /// The kind as data.json names it.
    var jsonValue: String {
        switch self {
        case .goalsAgainstTargets: return "goals_against_targets"
        case .trend: return "trend"
        case .completionByPopulation: return "completion_by_population"
        }
    }
}
