/// The names narrative templates and achievement sentences may use (SPEC §4), as preformatted strings and booleans.
enum NarrativeContext {
    /// `fy`, `fy_end`, `organization`, `title` and `figures.NAME.*`.
    static func globals(config: PipelineConfig, fiscalYear: FiscalYear, figures: [FigureReport]) -> [String: Any] {
        var named: [String: Any] = [:]
        for item in figures { named[item.name] = figure(item.result) }
        return [
            "fy": String(fiscalYear.label),
            "fy_end": fiscalYear.endPhrase,
            "organization": config.disclosure.organization,
            "title": config.disclosure.title,
            "figures": named,
        ]
    }

    /// One figure's names: value, percent, numerator, denominator, zero, complete, reported, in_scope, coverage.
    static func figure(_ result: MetricResult) -> [String: Any] {
        let ratio = result.ratio
        let complete = result.coverage.isComplete
        let coverage = result.coverage
        let percent = ratio.flatMap { $0.percentText() }.map { $0 + "%" }
        // An incomplete figure never reads as complete: each value carries its coverage, or says "not reported".
        let partialPercent = percent.map { coverage.reported > 0 ? "\($0) \(ReportText.reportedLabel(coverage))" : ReportText.notReported }
        return [
            "value": complete ? result.value.text : ReportText.partial(result),
            "month": complete ? result.value.monthText : ReportText.partial(result, month: true),
            "partial_value": complete ? result.value.text : ReportText.partialBare(result),
            "percent": complete ? percent ?? "—" : partialPercent ?? ReportText.notReported,
            "numerator": complete
                ? ratio.map { $0.numerator.groupedText } ?? "—"
                : ratio.map { ReportText.partialCount($0.numerator, coverage, lowerBound: true) } ?? ReportText.partial(result),
            "denominator": complete
                ? ratio.map { $0.denominator.groupedText } ?? "—"
                : ratio.map { ReportText.partialCount($0.denominator, coverage, lowerBound: true) } ?? ReportText.partial(result),
            "zero": result.isZero,
            "nonzero": complete && !result.isZero,
            "complete": complete,
            "incomplete": !complete,
            "reported": String(result.coverage.reported),
            "in_scope": String(result.coverage.inScope),
            "coverage": ReportText.coverage(result) ?? "reported by all \(result.coverage.inScope.counted("company", "companies")) in scope",
        ]
    }
}
