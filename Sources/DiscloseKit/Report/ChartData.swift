/// A bar chart as values: which chart, and each bar's subject, result and length. Editions add the words.
public struct ChartData: Sendable {
    /// Which chart this is; decides its title and summary in each edition.
    public enum Kind: Sendable, Hashable {
        /// Percentage goals: each result against its target.
        case goalsAgainstTargets
        /// One goal's figure in every fiscal year with data.
        case trend(goal: String)
        /// A training goal's completion for officers, employees and dispatched workers (`chart: by_population`).
        case completionByPopulation(goal: String)
    }

    /// What one bar stands for.
    public enum Subject: Sendable, Hashable {
        case goal(String)
        case fiscalYear(Int)
        case population(String)
    }

    /// One bar: its subject, the result it shows, its length and its target.
    public struct Bar: Sendable {
        public var subject: Subject
        public var result: MetricResult
        /// 0 … 1 of the full axis.
        public var length: Ratio
        /// Where the target sits on the axis, if the bar has one.
        public var marker: Ratio?
        public var target: Target?
        /// How the bar's goal stands against its target, when the bar is judged (goals against targets).
        public var status: GoalStatus? = nil
    }

    public var kind: Kind
    public var fiscalYear: Int
    public var bars: [Bar]
    /// The top of a count axis (a round number at or above the largest count); nil: the axis is 0–100 %.
    public var countAxis: Int? = nil

    /// Used for the SVG `id` and its `<title>`/`<desc>` ids.
    public var id: String {
        switch kind {
        case .goalsAgainstTargets: return "chart-goals"
        case .trend(let goal): return "chart-trend-\(goal)"
        case .completionByPopulation(let goal): return "chart-training-\(goal)"
        }
    }

    /// True when some bar carries a target marker.
    public var hasMarkers: Bool { bars.contains { $0.marker != nil } }
}

extension ChartData {
    /// The smallest of 5, 10, 20, 25, 50, 100, 200, 250, 500, … at or above `largest`: a count axis that does
    /// not stretch a count of 1 over the whole width.
    static func countAxis(for largest: Int) -> Int {
        var power = 1
        while true {
            for step in [5, 10, 20, 25, 50] where step * power >= largest { return step * power }
            guard power < Int.max / 100 else { return largest }
            power *= 10
        }
    }
}

extension ChartData.Kind {
    /// The goal a trend or by-population chart belongs to; nil for goals against targets (each bar has its own).
    var goal: String? {
        switch self {
        case .goalsAgainstTargets: return nil
        case .trend(let goal), .completionByPopulation(let goal): return goal
        }
    }

    /// True for a trend: the page shows trends after the other charts, as one small-multiples figure.
    var isTrend: Bool {
        if case .trend = self { return true }
        return false
    }
}

extension ChartData {
    /// The goal whose metric a bar shows: its own in goals against targets, else the chart's.
    func goal(of bar: Bar) -> String? {
        if case .goal(let id) = bar.subject { return id }
        return kind.goal
    }
}

extension Array where Element == ChartData {
    /// The charts in the order the page shows them: goals against targets and by-population charts as built, then
    /// the trends.
    var inPageOrder: [ChartData] { filter { !$0.kind.isTrend } + filter { $0.kind.isTrend } }
}

extension Ratio {
    /// The fraction clamped to 0 … 1.
    var clampedToUnit: Ratio {
        guard denominator > 0 else { return Ratio(0, 1) }
        if numerator <= 0 { return Ratio(0, 1) }
        if numerator >= denominator { return Ratio(1, 1) }
        return self
    }
}
