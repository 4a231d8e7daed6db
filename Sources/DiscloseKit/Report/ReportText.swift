/// The wording of figures, periods and coverage on the page, decided once for every renderer.
enum ReportText {
    /// A result as a table cell: the value, or the partial value marked as such.
    static func figure(_ result: MetricResult) -> String {
        guard let value = result.value else {
            if result.coverage.inScope == 0 { return "— (no companies in scope)" }
            return "\(result.partialValue.text) (partial)"
        }
        if result.kind == .countOfScope, let ratio = result.ratio {
            return "\(ratio.numerator.groupedText) of \(ratio.denominator.groupedText) (\(ratio.percentText().map { $0 + "%" } ?? "—"))"
        }
        return value.text
    }

    /// "reported by 44 of 45 companies (not reported: Aoba America Inc.)" when coverage is incomplete.
    static func coverage(_ result: MetricResult) -> String? {
        let coverage = result.coverage
        guard !coverage.isComplete else { return nil }
        if coverage.inScope == 0 { return "no companies in scope: no company of the scope is consolidated at fiscal year end" }
        return "reported by \(coverage.reported) of \(coverage.inScope.counted("company", "companies")) (not reported: \(coverage.missingNames.joined(separator: ", ")))"
    }

    /// "April 2021 to March 2026"
    static func period(_ from: YearMonth, _ to: YearMonth) -> String {
        "\(FiscalYear.monthNames[from.month - 1]) \(from.year) to \(FiscalYear.monthNames[to.month - 1]) \(to.year)"
    }

    static func sectionHeading(_ key: String) -> String {
        switch key {
        case "governance": return "Governance"
        case "strategy": return "Strategy"
        default: return "Main Initiatives"
        }
    }

    /// Standards index rows: each tagged goal metric and figure, by code then label.
    static func standards(goals: [GoalReport], figures: [FigureReport]) -> [StandardsEntry] {
        var entries: [StandardsEntry] = []
        for goal in goals {
            if let result = goal.result, let tag = result.tag {
                entries.append(StandardsEntry(code: tag, label: goal.goal.text, valueText: goal.resultText, anchor: goal.anchor))
            }
        }
        for figure in figures {
            if let tag = figure.result.tag {
                entries.append(
                    StandardsEntry(
                        code: tag, label: figure.label,
                        valueText: figure.valueText, anchor: figure.anchor))
            }
        }
        return entries.sorted { ($0.code, $0.label) < ($1.code, $1.label) }
    }
}
