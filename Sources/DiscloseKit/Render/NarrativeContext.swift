/// The names narrative templates and achievement sentences may use (SPEC §4), as one edition writes them.
enum NarrativeContext {
    /// `fy`, `fy_end`, `organization`, `title` and `figures.NAME.*`.
    static func globals(_ report: Report, edition: Edition) -> [String: Any] {
        var named: [String: Any] = [:]
        for item in report.figures { named[item.name] = figure(item.result, edition: edition) }
        return [
            "fy": edition.fiscalYearValue(report.fiscalYear.label),
            "fy_end": edition.fiscalYearEnd(report.fiscalYear),
            "organization": report.organization[edition.language],
            "title": report.title[edition.language],
            "figures": named,
        ]
    }

    /// One figure's names: value, percent, numerator, denominator, zero, complete, reported, in_scope, coverage.
    static func figure(_ result: MetricResult, edition: Edition) -> [String: Any] {
        let ratio = result.ratio
        let complete = result.coverage.isComplete
        let none = edition[.noValue]
        // An incomplete figure never reads as complete: each value carries its coverage, or says "not reported";
        // marked so that a counter written after it is placed after its number, or dropped after a word.
        let slot = edition.counterSlotText
        let mark = edition.markedFigure
        let partial = mark(edition.partial(result, counterSlot: slot))
        return [
            "value": complete ? edition.value(result.value) : partial,
            "month": complete ? edition.month(result.value) : mark(edition.partial(result, month: true)),
            // A percentage over the companies that reported is no bound: it carries their coverage instead.
            "partial_value": complete
                ? edition.value(result.value)
                : isPercent(result.partialValue) ? partial : mark(edition.partialBound(result, counterSlot: slot)),
            "percent": complete ? edition.percent(ratio) : partial,
            "numerator": complete
                ? ratio.map { edition.number($0.numerator) } ?? none
                : ratio.map { mark(edition.partialPart($0.numerator, result, counterSlot: slot)) } ?? partial,
            "denominator": complete
                ? ratio.map { edition.number($0.denominator) } ?? none
                : ratio.map { mark(edition.partialPart($0.denominator, result, counterSlot: slot)) } ?? partial,
            "zero": result.isZero,
            // The number written is one (the value, or the partial value's bound): "1 incident", "at least 1 incident".
            "one": isOne(result.shownValue),
            "nonzero": complete && !result.isZero,
            "complete": complete,
            "incomplete": !complete,
            "reported": edition.number(result.coverage.reported),
            "in_scope": edition.number(result.coverage.inScope),
            "coverage": edition.coverage(result)
                ?? edition.format(.coverageComplete, ["in_scope": edition.companies(result.coverage.inScope)]),
        ]
    }

    /// True for a count of one.
    static func isOne(_ value: MetricValue?) -> Bool {
        if case .count(1) = value { return true }
        return false
    }

    /// True for a percentage value.
    static func isPercent(_ value: MetricValue?) -> Bool {
        if case .percent = value { return true }
        return false
    }

    /// An achievement sentence's names: the globals, the goal's figure, `met`, `not_met` and `target`.
    static func achievement(_ goal: GoalReport, result: MetricResult, globals: [String: Any], edition: Edition) -> [String: Any] {
        var context = globals.merging(figure(result, edition: edition)) { _, new in new }
        context["met"] = goal.status == .met
        context["not_met"] = goal.status == .notMet
        context["target"] = edition.target(goal.goal.target)
        return context
    }
}
