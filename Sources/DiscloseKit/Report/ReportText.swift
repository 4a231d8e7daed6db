/// The wording of figures, periods and coverage on the page, decided once for every renderer.
enum ReportText {
    /// A result as a table cell or in running text: the value, or the partial value labelled with its coverage.
    static func figure(_ result: MetricResult) -> String {
        guard let value = result.value else {
            if result.coverage.inScope == 0 { return "— (no companies in scope)" }
            return partial(result)
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

    /// "not reported" when no company in scope reported, else the partial value labelled with its coverage:
    /// "at least 2 (39 of 40 companies reported)"; a percentage is over the companies that reported.
    static func partial(_ result: MetricResult, month: Bool = false) -> String {
        let bare = partialBare(result, month: month)
        return bare == notReported || bare == noCompanyInScope ? bare : "\(bare) \(reportedLabel(result.coverage))"
    }

    /// The partial value alone, as a bound where it is one: "at least 2", "2005-10-01 or earlier", "94.3%",
    /// or "not reported".
    static func partialBare(_ result: MetricResult, month: Bool = false) -> String {
        let coverage = result.coverage
        if coverage.inScope == 0 { return noCompanyInScope }
        guard coverage.reported > 0, let value = result.partialValue else { return notReported }
        switch value {
        case .count(let count):
            let bound = count == 0 ? "0 so far" : "at least \(count.groupedText)"
            if result.kind == .countOfScope { return "\(bound) of \(coverage.inScope.groupedText)" }
            return bound
        case .percent: return value.text
        case .date: return "\(month ? Optional(value).monthText : value.text) or earlier"
        case .undefined: return "no value"
        }
    }

    /// The words for a figure no company in scope reported.
    static let notReported = "not reported"
    /// The words for a figure whose scope holds no company at fiscal year end.
    static let noCompanyInScope = "no company in scope"

    /// "(39 of 40 companies reported)"
    static func reportedLabel(_ coverage: Coverage) -> String {
        "(\(coverage.reported) of \(coverage.inScope.counted("company", "companies")) reported)"
    }

    /// A partial ratio's part, labelled: "at least 120 (39 of 40 companies reported)", or "not reported".
    static func partialCount(_ count: Int?, _ coverage: Coverage, lowerBound: Bool) -> String {
        guard coverage.reported > 0, let count else { return notReported }
        return (lowerBound ? "at least " : "") + "\(count.groupedText) \(reportedLabel(coverage))"
    }

    /// The warning for a value of an incomplete figure stated in running text without a guard.
    static func unguardedFigure(_ figure: String, _ coverage: Coverage) -> String {
        "figure '\(figure)' covers \(coverage.reported) of \(coverage.inScope.counted("company", "companies")); guard it with "
            + "{{#figures.\(figure).complete}} or state the coverage with {{figures.\(figure).coverage}}"
    }

    /// The warning for a statement left out of the page because its figure is incomplete.
    static func guardedStatementLeftOut(_ figure: String, tag: String, field: String, _ coverage: Coverage) -> String {
        "figure '\(figure)' covers \(coverage.reported) of \(coverage.inScope.counted("company", "companies")): "
            + "the statement guarded by {{\(tag)figures.\(figure).\(field)}} is left out of the page"
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
