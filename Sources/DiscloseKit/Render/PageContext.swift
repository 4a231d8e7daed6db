import Foundation

/// Turns a `Report` into the dictionary one edition's page templates read: preformatted strings and explicit booleans only.
struct PageContext {
    let report: Report
    let edition: Edition
    let narrative: EditionNarrative
    /// Every edition of the page (language → path relative to this page); empty for a single-language disclosure.
    let alternates: [(language: String, href: String, label: String)]
    /// The marks that make each goal's row a part of the page (nil: rows are no parts of their own).
    var markers: PartMarkers? = nil

    var language: String { edition.language }

    func make() -> [String: Any] {
        let fy = report.fiscalYear
        var context: [String: Any] = [
            "title": report.title[language],
            "organization": report.organization[language],
            "language": language,
            "words": words(),
            "fy": edition.fiscalYearValue(fy.label),
            "next_fy": edition.fiscalYearValue(fy.label + 1),
            "prior_fy": edition.fiscalYearValue(fy.label - 1),
            "fy_end": edition.fiscalYearEnd(fy),
            "period_from": edition.date(fy.start),
            "period_to": edition.date(fy.end),
            "scope_note": report.scopeNote?[language] ?? edition[.scopeNoteDefault],
            "goals": report.goals.map(goal),
            "has_goals": !report.goals.isEmpty,
            "any_achievements": report.goals.contains { narrative.achievements[$0.goal.id] != nil },
            "groups": groups(report.goals),
            "next_groups": groups(report.nextGoals),
            "has_next_goals": !report.nextGoals.isEmpty,
            "figures": report.figures.map { figure -> [String: Any] in
                [
                    "name": figure.label[language], "value": edition.figure(figure.result), "anchor": figure.anchor,
                    "restated": figure.restatement.map { restatement($0, showingNow: true) } ?? "",
                    "has_restated": figure.restatement != nil,
                ]
            },
            "standards": report.standards.map {
                ["code": $0.code, "label": $0.label[language], "value": edition.figure($0.result), "anchor": $0.anchor]
            },
            "has_standards": !report.standards.isEmpty,
            "has_figures": !report.figures.isEmpty,
            "charts": editionCharts.filter { $0.trendGoal == nil }.map(chart),
            "has_charts": !report.charts.isEmpty,
            "data_href": dataHref,
            "alternates": alternates.map { ["language": $0.language, "href": $0.href] },
            "other_editions": alternates.filter { $0.language != language }.map {
                ["language": $0.language, "href": $0.href, "href_markdown": markdownPath($0.href), "label": $0.label]
            },
        ]
        if let plan = report.mediumTerm {
            let period = edition.period(plan.from, plan.to)
            context["medium_term"] = [
                "period": period,
                "goals": plan.goals.map { ["id": $0.id, "title": $0.title[language]] },
            ]
            context["period_line"] = edition.format(.mediumTermPeriod, ["period": period])
        }
        context["has_medium_term"] = report.mediumTerm != nil
        let trends = editionCharts.filter { $0.trendGoal != nil }
        context["has_trends"] = !trends.isEmpty
        if !trends.isEmpty { context["trends"] = trendBlock(trends) }
        for key in NarrativeSection.keys {
            let section = narrative.sections[key]
            context[key + "_markdown"] = section?.markdown ?? ""
            context[key + "_html"] = section?.html ?? ""
            context["has_" + key] = section != nil
        }
        return context
    }

    /// Every word of the edition, filled in for this page's fiscal year, by its table key.
    func words() -> [String: String] {
        let fy = report.fiscalYear
        let values = [
            "fy": edition.fiscalYear(fy.label), "prior_fy": edition.fiscalYear(fy.label - 1),
            "next_fy": edition.fiscalYear(fy.label + 1), "year": String(fy.label),
            "title": report.title[language], "organization": report.organization[language],
            "from": edition.date(fy.start), "to": edition.date(fy.end),
        ]
        var words: [String: String] = [:]
        for word in Word.allCases { words[word.rawValue] = edition.format(word, values) }
        return words
    }

    /// The words for an HTML template, which inserts them with triple braces: `&`, `<`, `>` and `"` escaped
    /// here, except in the words that are CSS (font_family, extra_style), which are the edition's own.
    static func htmlWords(_ words: [String: String]) -> [String: String] {
        let css: Set<String> = [Word.fontFamily.rawValue, Word.extraStyle.rawValue]
        var escaped: [String: String] = [:]
        for (key, word) in words { escaped[key] = css.contains(key) ? word : SVGChart.escape(word) }
        return escaped
    }

    /// `ja/privacy.html` → `ja/privacy.md`.
    func markdownPath(_ href: String) -> String {
        href.hasSuffix(".html") ? String(href.dropLast(5)) + ".md" : href
    }

    var editionCharts: [EditionChart] { report.charts.map { EditionChart(chart: $0, report: report, edition: edition) } }

    /// The trends as one small-multiples figure and one table: a row per goal, a column per fiscal year.
    func trendBlock(_ trends: [EditionChart]) -> [String: Any] {
        var years: [String] = []
        for trend in trends { for bar in trend.bars where !years.contains(bar.label) { years.append(bar.label) } }
        years.sort()
        let words = ["first": years.first ?? "", "last": years.last ?? ""]
        let title = edition.format(.chartTrendsTitle, words)
        let summary = edition.format(.chartTrendsSummary, words)
        return [
            "title": title,
            "summary": summary,
            "svg": SVGChart.smallMultiples(id: "chart-trends", title: title, summary: summary, panels: trends),
            "years": years.map { ["year": $0] },
            "rows": trends.map { trend -> [String: Any] in
                let values = years.map { year in trend.bars.first { $0.label == year }?.valueText ?? edition[.noValue] }
                return [
                    "label": trend.title, "anchor": "goal-\(trend.trendGoal ?? "")",
                    "values": values.map { ["value": $0] },
                ]
            },
        ]
    }

    /// The link to the page's data.json: beside the main edition's page, one folder up from the others.
    var dataHref: String { language == report.languages.first ? "data.json" : "../data.json" }

    func chart(_ chart: EditionChart) -> [String: Any] {
        [
            "id": chart.id,
            "title": chart.title,
            "summary": chart.summary,
            "svg": SVGChart.svg(chart),
            "value_header": chart.valueHeader,
            "has_markers": chart.hasMarkers,
            "bars": chart.bars.map { bar -> [String: Any] in
                ["label": bar.label, "value": bar.valueText, "target": bar.markerText ?? edition[.noValue]]
            },
        ]
    }

    func goal(_ goal: GoalReport) -> [String: Any] {
        let coverage = edition.goalCoverage(goal)
        let text = goal.goal.text[language]
        return [
            "goal_part_open": markers?.open(PagePart.goalPrefix + goal.goal.id) ?? "",
            "goal_part_close": markers?.close ?? "",
            "id": goal.goal.id,
            "anchor": goal.anchor,
            "text": text,
            "target": edition.target(goal.goal.target),
            "result": edition.figure(goal.result),
            "prior": edition.figure(goal.prior),
            "base": goal.base.map { edition.figure($0) } ?? "",
            "base_year": goal.goal.baseYear.map { edition.fiscalYearValue($0) } ?? "",
            "has_base": goal.base != nil,
            "status": edition.status(goal.status),
            "status_class": goal.status.classID,
            "status_symbol": goal.status.symbol,
            "progress_anchor": goal.progressAnchor,
            "restated": goal.restatement.map { restatement($0, showingNow: false) } ?? "",
            "has_restated": goal.restatement != nil,
            "achievement": narrative.achievements[goal.goal.id] ?? "",
            "has_achievement": narrative.achievements[goal.goal.id] != nil,
            "coverage": coverage ?? "",
            "has_coverage": coverage != nil,
            "coverage_note": coverage.map { edition.format(.coverageNote, ["goal": text, "coverage": $0]) } ?? "",
        ]
    }

    /// "restated: the FY2024 page published 93.9% (reason)" beside a prior-year value that changed; where the page
    /// shows no prior-year value (a key figure), `showingNow` states the value computed now too.
    func restatement(_ restatement: Restatement, showingNow: Bool) -> String {
        let value = edition.published(restatement, as: publishedValue(restatement))
        let year = edition.fiscalYear(restatement.fiscalYear)
        let text = showingNow
            ? edition.format(.restatedFigure, ["fy": year, "now": nowValue(restatement.restated), "value": value])
            : edition.format(.restated, ["fy": year, "value": value])
        guard let reason = restatement.reason?[language] else { return text }
        return edition.format(.restatedReason, ["restated": text, "reason": reason])
    }

    /// A restated figure's value now, a count with its unit ("3 incidents").
    func nowValue(_ result: MetricResult) -> String {
        if case .count(let count)? = result.value, result.kind == .count { return edition.count(count, unit: result.unit) }
        return edition.figure(result)
    }

    /// The value a restated figure was published with, in the edition's words and with its unit ("3 incidents",
    /// "93.9%", "2005年10月1日"), from the decimal text data.json holds.
    func publishedValue(_ restatement: Restatement) -> String {
        let text = restatement.published
        if restatement.isPercent {
            return DecimalText(text)?.percentRatio.map { edition.percent($0) } ?? edition.format(.percent, ["value": text])
        }
        if let day = Day(iso: text) { return edition.date(day) }
        if let count = Int(text) { return edition.count(count, unit: restatement.restated.unit) }
        return text
    }

    /// Goals grouped under their medium-term goal, in plan order; goals without `under` last.
    func groups(_ goals: [GoalReport]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var placed: Set<String> = []
        for parent in report.mediumTerm?.goals ?? [] {
            let members = goals.filter { $0.goal.under == parent.id }
            guard !members.isEmpty else { continue }
            members.forEach { placed.insert($0.goal.id) }
            result.append(group(parent.title[language], members))
        }
        let rest = goals.filter { !placed.contains($0.goal.id) }
        if !rest.isEmpty { result.append(group(edition[.otherGoals], rest)) }
        return result
    }

    func group(_ title: String, _ goals: [GoalReport]) -> [String: Any] {
        let achievements = goals.compactMap { goal in
            narrative.achievements[goal.goal.id].map { ["text": $0, "anchor": goal.progressAnchor, "goal_anchor": goal.anchor] }
        }
        return [
            "title": title,
            "goals": goals.map(goal),
            "achievements": achievements,
            "has_achievements": !achievements.isEmpty,
        ]
    }
}
