/// A chart of the report in one edition's words: what the SVG draws and the table beside it states.
struct EditionChart {
    /// One bar: its label, the value as text, its length and its target.
    struct Bar {
        var label: String
        var valueText: String
        /// 0 … 1 of the full axis.
        var length: Ratio
        var marker: Ratio?
        var markerText: String?
    }

    var id: String
    var title: String
    /// A sentence that says what the chart shows (the SVG `<desc>`).
    var summary: String
    /// Header of the value column in the text equivalent.
    var valueHeader: String
    var bars: [Bar]

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
            let text = report.goals.first { $0.goal.id == goal }?.goal.text[edition.language] ?? goal
            title = edition.format(.chartTrendTitle, ["goal": text])
            var years = fy
            if let first = chart.bars.first?.result.fiscalYear, let last = chart.bars.last?.result.fiscalYear {
                years["first"] = edition.fiscalYear(first)
                years["last"] = edition.fiscalYear(last)
            }
            summary = edition.format(.chartTrendSummary, years)
            valueHeader = edition[.chartTrendValue]
        case .completionByPopulation:
            title = edition.format(.chartTrainingTitle, fy)
            summary = edition.format(.chartTrainingSummary, fy)
            valueHeader = edition[.chartTrainingValue]
        }
        bars = chart.bars.map { bar in
            var label: String
            var value = edition.figure(bar.result)
            switch bar.subject {
            case .goal(let id):
                label = report.goals.first { $0.goal.id == id }?.goal.text[edition.language] ?? id
                value = edition.percent(bar.result.ratio)
            case .fiscalYear(let year):
                label = edition.fiscalYear(year)
            case .population(let population):
                label = EditionChart.populationWord(population).map { edition[$0] } ?? population
                if let ratio = bar.result.ratio {
                    value = edition.format(
                        .chartTrainingBar,
                        ["value": value, "numerator": edition.number(ratio.numerator), "denominator": edition.number(ratio.denominator)])
                }
            }
            return Bar(
                label: label, valueText: value, length: bar.length, marker: bar.marker,
                markerText: bar.target.map { edition.target($0) })
        }
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
