import Foundation

/// Turns a `Report` into the dictionary page templates read: preformatted strings and explicit booleans only.
enum PageContext {
    static func make(_ report: Report) -> [String: Any] {
        let fy = report.fiscalYear
        var context: [String: Any] = [
            "title": report.title,
            "organization": report.organization,
            "language": report.language,
            "fy": String(fy.label),
            "next_fy": String(fy.label + 1),
            "prior_fy": String(fy.label - 1),
            "fy_end": fy.endPhrase,
            "period_from": fy.start.description,
            "period_to": fy.end.description,
            "scope_note": report.scopeNote,
            "goals": report.goals.map(goal),
            "has_goals": !report.goals.isEmpty,
            "has_achievements": report.goals.contains { $0.achievement != nil },
            "groups": groups(report.goals, report.mediumTerm),
            "next_groups": groups(report.nextGoals, report.mediumTerm),
            "has_next_goals": !report.nextGoals.isEmpty,
            "figures": report.figures.map { ["name": $0.label, "value": $0.valueText, "anchor": $0.anchor] },
            "standards": report.standards.map {
                ["code": $0.code, "label": $0.label, "value": $0.valueText, "anchor": $0.anchor]
            },
            "has_standards": !report.standards.isEmpty,
            "has_figures": !report.figures.isEmpty,
            "charts": report.charts.map(chart),
            "has_charts": !report.charts.isEmpty,
        ]
        if let plan = report.mediumTerm {
            context["medium_term"] = [
                "period": plan.periodText,
                "goals": plan.goals.map { ["id": $0.id, "title": $0.title] },
            ]
        }
        context["has_medium_term"] = report.mediumTerm != nil
        for key in NarrativeSection.keys {
            let section = report.sections.first { $0.key == key }
            context[key + "_markdown"] = section?.markdown ?? ""
            context[key + "_html"] = section?.html ?? ""
            context["has_" + key] = section != nil
        }
        return context
    }

    static func chart(_ chart: BarChart) -> [String: Any] {
        [
            "id": chart.id,
            "title": chart.title,
            "summary": chart.summary,
            "svg": SVGChart.svg(chart),
            "value_header": chart.valueHeader,
            "has_markers": chart.hasMarkers,
            "bars": chart.bars.map { bar -> [String: Any] in
                ["label": bar.label, "value": bar.valueText, "target": bar.markerText ?? "—"]
            },
        ]
    }

    static func goal(_ goal: GoalReport) -> [String: Any] {
        [
            "id": goal.goal.id,
            "anchor": goal.anchor,
            "text": goal.goal.text,
            "target": goal.targetText,
            "result": goal.resultText,
            "prior": goal.priorText,
            "base": goal.baseText ?? "",
            "base_year": goal.goal.baseYear.map(String.init) ?? "",
            "has_base": goal.baseText != nil,
            "status": goal.status.rawValue,
            "status_class": goal.status.rawValue.replacingOccurrences(of: " ", with: "-"),
            "status_symbol": symbol(goal.status),
            "achievement": goal.achievement ?? "",
            "has_achievement": goal.achievement != nil,
            "coverage": goal.coverageText ?? "",
            "has_coverage": goal.coverageText != nil,
        ]
    }

    static func symbol(_ status: GoalStatus) -> String {
        switch status {
        case .met: return "✓"
        case .notMet: return "✗"
        case .insufficientData: return "?"
        case .reported: return "–"
        }
    }

    /// Goals grouped under their medium-term goal, in plan order; goals without `under` last.
    static func groups(_ goals: [GoalReport], _ plan: MediumTermReport?) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var placed: Set<String> = []
        for parent in plan?.goals ?? [] {
            let members = goals.filter { $0.goal.under == parent.id }
            guard !members.isEmpty else { continue }
            members.forEach { placed.insert($0.goal.id) }
            result.append(group(parent.title, members))
        }
        let rest = goals.filter { !placed.contains($0.goal.id) }
        if !rest.isEmpty { result.append(group("Other goals", rest)) }
        return result
    }

    static func group(_ title: String, _ goals: [GoalReport]) -> [String: Any] {
        let achievements = goals.compactMap(\.achievement)
        return [
            "title": title,
            "goals": goals.map(goal),
            "achievements": achievements.map { ["text": $0] },
            "has_achievements": !achievements.isEmpty,
        ]
    }
}
