/// A chart of the report in one edition's words: what the SVG draws and the table beside it states.
struct EditionChart {
    /// One bar: its label, the value as text, its length, its target and its status.
    struct Bar {
        /// The label drawn (a goal's short `label:` when it has one); the SVG wraps or shortens it.
        var label: String
        /// The value as the data table states it.
        var valueText: String
        /// The value as drawn beside the bar or above the column (short: a percentage rather than "3 of 8 (37.5%)").
        var drawnValue: String
        /// The line drawn under a judged bar: status in words and the gap to the target.
        var note: String?
        /// 0 … 1 of the full axis.
        var length: Ratio
        var marker: Ratio?
        var markerText: String?
        /// `met`, `not-met`, …: the bar's colour class; nil: unjudged.
        var statusClass: String?
        /// The result the bar shows, and the goal whose metric it is (the XHTML page tags the table's cells with them).
        var result: MetricResult
        var goal: String?
        /// What the table's value cell states of `result`.
        var shows: Shows
    }

    /// What a bar's table cell states of its result.
    enum Shows {
        /// The figure whole, as a key figure's cell without its counter: "3 of 8 (37.5%)", "16" (a trend's year).
        case figure
        /// Its percentage only: "100.0%" (a goal against its target).
        case percent
        /// A population's share with its numerator and denominator: "52.5% (63 of 120)".
        case population
    }

    var id: String
    var title: String
    /// A sentence that says what the chart shows (the SVG `<desc>`).
    var summary: String
    /// Header of the value column in the text equivalent.
    var valueHeader: String
    var bars: [Bar]
    /// The goal a trend belongs to (its id), nil for other charts.
    var trendGoal: String?
    /// Under a trend panel: the axis in words.
    var axisNote: String = ""

    var hasMarkers: Bool { bars.contains { $0.marker != nil } }

    init(chart: ChartData, report: Report, edition: Edition) {
        let fy = ["fy": edition.fiscalYear(chart.fiscalYear)]
        id = chart.id
        switch chart.kind {
        case .goalsAgainstTargets:
            title = edition.format(.chartGoalsTitle, fy)
            summary = edition.format(.chartGoalsSummary, fy)
            valueHeader = edition[.chartGoalsValue]
        case .trend(let goal):
            trendGoal = goal
            title = EditionChart.goalLabel(goal, report: report, edition: edition)
            var years = fy
            if let first = chart.bars.first?.result.fiscalYear, let last = chart.bars.last?.result.fiscalYear {
                years["first"] = edition.fiscalYear(first)
                years["last"] = edition.fiscalYear(last)
            }
            summary = edition.format(.chartTrendSummary, years)
            valueHeader = edition[.chartTrendValue]
            axisNote = chart.countAxis.map { edition.format(.chartCountAxis, ["max": edition.number($0)]) } ?? edition[.chartPercentAxis]
        case .completionByPopulation(let goal):
            var words = fy
            words["goal"] = EditionChart.goalLabel(goal, report: report, edition: edition)
            title = edition.format(.chartTrainingTitle, words)
            summary = edition.format(.chartTrainingSummary, words)
            valueHeader = edition[.chartTrainingValue]
        }
        let isTrend = trendGoal != nil
        bars = chart.bars.map { bar in
            var label: String
            var value = edition.figure(bar.result)
            var drawn = value
            var shows = Shows.figure
            switch bar.subject {
            case .goal(let id):
                label = EditionChart.goalLabel(id, report: report, edition: edition)
                value = edition.percent(bar.result.ratio)
                drawn = value
                shows = .percent
            case .fiscalYear(let year):
                label = edition.fiscalYear(year)
                if isTrend, bar.result.kind == .countOfScope { drawn = edition.percent(bar.result.ratio) }
            case .population(let population):
                label = EditionChart.populationWord(population).map { edition[$0] } ?? population
                drawn = value
                if let ratio = bar.result.ratio {
                    shows = .population
                    value = edition.format(
                        .chartTrainingBar,
                        ["value": value, "numerator": edition.number(ratio.numerator), "denominator": edition.number(ratio.denominator)])
                }
            }
            let markerText = bar.target.map { edition.target($0, unit: bar.result.unit) }
            return Bar(
                label: label, valueText: value, drawnValue: drawn,
                note: EditionChart.note(bar, markerText: markerText.map(EditionChart.unbroken), edition: edition), length: bar.length,
                marker: bar.marker, markerText: markerText, statusClass: bar.status?.classID, result: bar.result, goal: chart.goal(of: bar),
                shows: shows)
        }
    }

    /// "✗ not met: 0.7 pt short of the target (>= 95%)", "✓ met: target >= 90%"; nil for an unjudged bar.
    static func note(_ bar: ChartData.Bar, markerText: String?, edition: Edition) -> String? {
        guard let status = bar.status, let target = bar.target, let markerText, let ratio = bar.result.ratio else { return nil }
        let statusText = edition.format(.chartBarStatus, ["value": "", "symbol": status.symbol, "status": edition.status(status)])
            .trimming(" ")
        guard status == .notMet, target.comparison != .atMost, target.comparison != .less else {
            return edition.format(.chartBarReached, ["status_text": statusText, "target": markerText])
        }
        // The gap in percentage points: target − result, rounded half-up to one decimal.
        var scale: Int128 = 1
        for _ in 0..<target.scale { scale *= 10 }
        let numerator = Int128(target.mantissa) * Int128(ratio.denominator) - Int128(ratio.numerator) * 100 * scale
        let denominator = Int128(ratio.denominator) * scale
        guard numerator > 0, denominator > 0 else {
            return edition.format(.chartBarReached, ["status_text": statusText, "target": markerText])
        }
        let points = Ratio.decimalText(numerator, denominator, places: 1, trimZeros: false)
        return edition.format(.chartBarShort, ["status_text": statusText, "points": points, "target": markerText])
    }

    /// `text` with its spaces made non-breaking, so the SVG's line breaking keeps it whole ("95% or more").
    static func unbroken(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "\u{00A0}")
    }

    /// A goal's chart label: its `label:` when given, else its text.
    static func goalLabel(_ id: String, report: Report, edition: Edition) -> String {
        guard let goal = report.goals.first(where: { $0.goal.id == id })?.goal else { return id }
        return goal.label?[edition.language] ?? goal.text[edition.language]
    }

    static func populationWord(_ population: String) -> Word? {
        switch population {
        case "officer": return .populationOfficer
        case "employee": return .populationEmployee
        case "dispatched": return .populationDispatched
        default: return nil
        }
    }
}
