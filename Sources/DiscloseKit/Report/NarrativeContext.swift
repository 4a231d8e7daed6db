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
        return [
            "value": result.value.text,
            "month": result.value.monthText,
            "partial_value": result.partialValue.text,
            "percent": ratio.flatMap { $0.percentText() }.map { $0 + "%" } ?? "—",
            "numerator": complete ? ratio.map { $0.numerator.groupedText } ?? "—" : "—",
            "denominator": complete ? ratio.map { $0.denominator.groupedText } ?? "—" : "—",
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
