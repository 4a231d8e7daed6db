import Foundation

/// `disclose diff`: every goal metric and named figure in two fiscal years side by side, with restatements flagged.
public struct YearComparison: Sendable {
    /// One compared figure.
    public struct Line: Sendable {
        public var name: String
        public var earlier: String
        public var later: String
        public var change: String
        /// What `output/FY<earlier>/data.json` published for the earlier year, when it differs from today's figure.
        public var restatedFrom: String?
    }

    public var earlierYear: Int
    public var laterYear: Int
    public var lines: [Line]
    /// True when no published data.json was found for the earlier year.
    public var nothingPublished: Bool
    /// The words: the main language's edition.
    public var edition: Edition
    /// The folder name of the earlier year (`FY2024`).
    var earlierFolder: String

    /// Compares `laterYear` with `earlierYear` over the goals of `laterYear` and the named figures.
    public static func make(
        evaluation: Pipeline.Evaluation, laterYear: Int, earlierYear: Int, publishedFolder: String, edition: Edition = .english
    ) throws(DiscloseError) -> YearComparison {
        let config = evaluation.project.config
        guard FiscalYear.supported.contains(earlierYear) else { throw DiscloseError(.usage(FiscalYear.outOfRange(earlierYear, "--against"))) }
        for year in [earlierYear, laterYear] where !evaluation.data.fiscalYears.contains(year) {
            throw DiscloseError(.usage("no data folder FY\(year): the years with data are \(evaluation.data.fiscalYears.map { "FY\($0)" }.joined(separator: ", "))"))
        }
        let published = PublishedValues(folder: publishedFolder)
        var items: [(name: String, kind: PublishedValues.Kind, reference: MetricReference)] = []
        for goal in config.goals where goal.fiscalYear == laterYear {
            if let metric = goal.metric { items.append((goal.id, .goal, metric)) }
        }
        for figure in config.figures { items.append((figure.name, .figure, figure.metric)) }
        var lines: [Line] = []
        for item in items {
            let earlier = try evaluation.evaluator.evaluate(item.reference, year: earlierYear)
            let later = try evaluation.evaluator.evaluate(item.reference, year: laterYear)
            var restated: String?
            // Incomplete figures are compared by partial value and coverage, as the restatement check of the page does.
            if let earlier, let stated = published.stated(of: item.name, kind: item.kind), !stated.same(as: PublishedValues.Stated(earlier)) {
                restated = stated.value.plainText
                if let coverage = stated.coverage {
                    restated = edition.format(
                        .partialValue,
                        ["value": restated ?? "", "reported": edition.number(coverage.reported), "in_scope": edition.companies(coverage.inScope)])
                }
            }
            lines.append(
                Line(
                    name: item.name, earlier: edition.figure(earlier), later: edition.figure(later),
                    change: change(from: earlier, to: later, edition: edition), restatedFrom: restated))
        }
        return YearComparison(
            earlierYear: earlierYear, laterYear: laterYear, lines: lines, nothingPublished: !published.found, edition: edition,
            earlierFolder: FiscalYear(earlierYear).description)
    }

    /// `+3`, `−1`, `+2.5 pt`, `no change`, or `—` when either side has no value. An incomplete side is compared by its
    /// partial value, and the change says so ("+1 (incomplete)"): the columns show each year's coverage.
    static func change(from earlier: MetricResult?, to later: MetricResult?, edition: Edition) -> String {
        guard let earlierResult = earlier, let laterResult = later else { return edition[.noValue] }
        let exact = exactChange(from: earlierResult.shownValue, to: laterResult.shownValue, edition: edition)
        guard exact != edition[.noValue], !(earlierResult.coverage.isComplete && laterResult.coverage.isComplete) else { return exact }
        return edition.format(.diffIncomplete, ["change": exact])
    }

    static func exactChange(from earlier: MetricValue?, to later: MetricValue?, edition: Edition) -> String {
        guard let earlier, let later else { return edition[.noValue] }
        switch (earlier, later) {
        case (.count(let a), .count(let b)):
            return b == a ? edition[.diffNoChange] : (b > a ? "+" : "−") + edition.number(Int((b - a).magnitude))
        case (.percent(let a), .percent(let b)):
            return points(a, b, edition: edition)
        default:
            return earlier == later ? edition[.diffNoChange] : edition[.diffChanged]
        }
    }

    /// The difference of two percentages in percentage points, rounded half-up to one decimal.
    static func points(_ a: Ratio, _ b: Ratio, edition: Edition) -> String {
        let numerator = Int128(b.numerator) * Int128(a.denominator) - Int128(a.numerator) * Int128(b.denominator)
        let denominator = Int128(a.denominator) * Int128(b.denominator)
        guard denominator != 0 else { return edition[.noValue] }
        if numerator == 0 { return edition[.diffNoChange] }
        let text = Ratio.decimalText(abs(numerator) * 100, abs(denominator), places: 1, trimZeros: false)
        return (numerator > 0 ? "+" : "−") + edition.format(.diffPoints, ["value": text])
    }

    /// Aligned text for the terminal.
    public var text: String {
        let earlierFY = edition.fiscalYear(earlierYear)
        var rows = [[edition[.diffFigure], earlierFY, edition.fiscalYear(laterYear), edition[.diffChange], edition[.diffNote]]]
        for line in lines {
            rows.append([
                line.name, line.earlier, line.later, line.change,
                line.restatedFrom.map { edition.format(.diffRestated, ["fy": earlierFY, "value": $0]) } ?? "",
            ])
        }
        var output = AlignedColumns(rows: rows).lines()
        let restated = lines.filter { $0.restatedFrom != nil }.count
        output.append("")
        output.append(
            nothingPublished
                ? edition.format(.diffNothingPublished, ["folder": earlierFolder])
                : edition.format(
                    restated == 1 ? .diffRestatedOne : .diffRestatedOther, ["count": edition.number(restated), "folder": earlierFolder]))
        return output.joined(separator: "\n") + "\n"
    }
}
