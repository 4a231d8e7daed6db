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
    /// The report's inline XBRL facts: what the XHTML page's cells are tagged with (nil: no `*_ix` keys).
    var facts: InlineFacts? = nil

    var language: String { edition.language }

    func make() -> [String: Any] {
        let fy = report.fiscalYear
        var context: [String: Any] = [
            "title": report.title[language],
            "organization": report.organization[language],
            "language": language,
            "words": words(),
            "html_words": htmlWordsKeepingDates(),
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
            "figures": report.figures.map(figure),
            "figure_groups": figureGroups(),
            "standards": report.standards.map { entry -> [String: Any] in
                [
                    "code": entry.code, "label": entry.label[language], "value": cell(entry.result), "anchor": entry.anchor,
                    "row_id": PageContext.standardsRowID(entry.anchor), "code_words": PageContext.words(of: entry.code),
                    "value_ix": tagged(entry.result, concept: standardsConcept(entry)),
                ]
            },
            "standards_slug": MarkdownContents.slug(edition[.headingStandards]),
            "has_standards": !report.standards.isEmpty,
            "has_figures": !report.figures.isEmpty,
            "charts": editionCharts.filter { $0.trendGoal == nil }.map(chart),
            "has_charts": !report.charts.isEmpty,
            "data_href": dataHref,
            "alternates": alternates.map { ["language": $0.language, "href": $0.href, "href_xhtml": $0.href.hasSuffix(".html") ? String($0.href.dropLast(5)) + ".xhtml" : $0.href] },
            "other_editions": alternates.filter { $0.language != language }.map {
                [
                    "language": $0.language, "href": $0.href, "href_markdown": markdownPath($0.href), "label": $0.label,
                    "href_xhtml": $0.href.hasSuffix(".html") ? String($0.href.dropLast(5)) + ".xhtml" : $0.href,
                ]
            },
        ]
        context["ix_header"] = facts?.header ?? ""
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
            context[key + "_xhtml"] = section?.xhtml ?? ""
            context["has_" + key] = section != nil
        }
        return context
    }

    /// A key figure's row: its label, value, and the standards index row that answers for its datum, if any.
    func figure(_ figure: FigureReport) -> [String: Any] {
        let standard = figure.result.tag.flatMap { tag in
            report.standards.first { $0.anchor == figure.anchor } ?? report.standards.first { $0.code == tag }
        }
        return [
            "name": figure.label[language], "value": cell(figure.result), "anchor": figure.anchor,
            // A single value (a count, a percentage, a date) never breaks; "8 of 8 (100.0%)" may, between its words.
            "is_token": figure.result.value != nil && figure.result.kind != .countOfScope,
            "restated": figure.restatement.map { restatement($0, showingNow: true) } ?? "",
            "has_restated": figure.restatement != nil,
            "standard": standard?.code ?? "", "standard_anchor": standard.map { PageContext.standardsRowID($0.anchor) } ?? "",
            "has_standard": standard != nil,
            "value_ix": tagged(figure.result, concept: facts?.concept(of: figure)),
        ]
    }

    /// The key figures grouped by the reference page's topics, in its order; each group is a table of its own.
    func figureGroups() -> [[String: Any]] {
        FigureTopic.allCases.compactMap { topic -> [String: Any]? in
            let members = report.figures.filter { FigureTopic.of($0.result.reference) == topic }
            guard !members.isEmpty else { return nil }
            return ["title": edition[topic.word], "id": "figures-" + topic.rawValue, "figures": members.map(figure)]
        }
    }

    /// A figure as a table cell shows it: a complete count carries its counter in an edition that writes one
    /// (「16社」, 「0件」), as its target does; narrative keeps the bare number, which content follows with its own.
    func cell(_ result: MetricResult) -> String {
        guard edition.placesCounters, result.kind == .count, case .count(let count)? = result.value else {
            return edition.figure(result)
        }
        return edition.count(count, unit: result.unit)
    }

    /// A figure as the XHTML page's cell writes it, tagged (empty without facts).
    func tagged(_ result: MetricResult, concept: String?) -> String {
        guard let facts, let concept else { return "" }
        return facts.cell(result, concept: concept, edition: edition, counter: true)
    }

    /// A chart table's value cell for the XHTML page, tagged as the figure it shows (the bar's goal's concept): a
    /// goal's result as its percentage, a year's figure whole, a population's share with its numerator and denominator.
    func tagged(_ bar: EditionChart.Bar) -> String {
        let plain = SVGChart.escape(bar.valueText)
        guard let facts, let concept = bar.goal.flatMap(facts.concept(ofGoal:)) else { return plain }
        let xhtml: String?
        switch bar.shows {
        case .population: xhtml = facts.populationBar(bar.result, concept: concept, edition: edition)
        case .figure: xhtml = facts.cell(bar.result, concept: concept, edition: edition, counter: false)
        case .percent: xhtml = facts.tagged(bar.result, .percent, concept: concept, edition: edition)
        }
        return InlineFacts.same(xhtml, as: plain)
    }

    /// A chart table's target cell for the XHTML page: the goal's target fact when it reads as the goal's row does.
    func taggedTarget(_ bar: EditionChart.Bar) -> String {
        let text = bar.markerText ?? edition[.noValue]
        guard let facts, let markerText = bar.markerText, let goal = report.goals.first(where: { $0.goal.id == bar.goal }),
            markerText == edition.target(of: goal)
        else { return SVGChart.escape(text) }
        return facts.goalText(markerText, concept: XBRLVocabulary.goalTarget, goal: goal)
    }

    /// The concept of a standards index row: its figure's, else its goal's (matched by anchor).
    func standardsConcept(_ entry: StandardsEntry) -> String? {
        guard let facts else { return nil }
        if let figure = report.figures.first(where: { $0.anchor == entry.anchor }) { return facts.concept(of: figure) }
        if let goal = report.goals.first(where: { $0.anchor == entry.anchor }) { return facts.concept(of: goal) }
        return entry.result.reference.sql == nil ? XBRLVocabulary.prefix + ":" + XBRLVocabulary.concept(metric: entry.result.reference.id) : nil
    }

    /// A code's words, each kept whole on a line ("SASB", "TC-SI-220a.4"): a line may break between them only.
    static func words(of code: String) -> [[String: Any]] {
        let words = code.split(separator: " ").map(String.init)
        return words.enumerated().map { ["word": $1, "last": $0 == words.count - 1] }
    }

    /// The element id of a standards index row, from the anchor of the figure or goal it lists.
    static func standardsRowID(_ anchor: String) -> String { "standard-" + anchor }

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

    /// The words for an HTML template (escaped as `htmlWords`), with the fiscal year's first and last days each in a
    /// span that never breaks across lines ("1 April 2025", never "1 April / 2025" or "2025- / 04-01").
    func htmlWordsKeepingDates() -> [String: String] {
        var words = PageContext.htmlWords(words())
        let fy = report.fiscalYear
        var values = [
            "fy": edition.fiscalYear(fy.label), "prior_fy": edition.fiscalYear(fy.label - 1),
            "next_fy": edition.fiscalYear(fy.label + 1), "year": String(fy.label),
            "title": report.title[language], "organization": report.organization[language],
        ].mapValues(SVGChart.escape)
        values["from"] = PageContext.token(SVGChart.escape(edition.date(fy.start)))
        values["to"] = PageContext.token(SVGChart.escape(edition.date(fy.end)))
        for word in Word.allCases where word != .fontFamily && word != .extraStyle {
            let pattern = edition[word]
            guard pattern.contains("{from}") || pattern.contains("{to}") else { continue }
            words[word.rawValue] = Edition.fill(SVGChart.escape(pattern), values)
        }
        return words
    }

    /// HTML that keeps `html` on one line.
    static func token(_ html: String) -> String { "<span class=\"token\">" + html + "</span>" }

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
        let panels = SVGChart.panelDocuments(trends)
        return [
            "title": title,
            "summary": summary,
            "svg": SVGChart.panelRow(panels),
            "images": facts == nil ? [] : zip(trends, panels).map { trend, svg in
                ["src": SVGChart.dataURI(SVGChart.image(svg)), "alt": trend.title]
            },
            "years": years.map { ["year": $0] },
            "rows": trends.map { trend -> [String: Any] in
                let values = years.map { year -> [String: Any] in
                    guard let bar = trend.bars.first(where: { $0.label == year }) else {
                        return ["value": edition[.noValue], "value_ix": SVGChart.escape(edition[.noValue])]
                    }
                    return ["value": bar.valueText, "value_ix": tagged(bar)]
                }
                return ["label": trend.title, "anchor": "goal-\(trend.trendGoal ?? "")", "values": values]
            },
        ]
    }

    /// The link to the page's data.json: beside the main edition's page, one folder up from the others.
    var dataHref: String { language == report.languages.first ? "data.json" : "../data.json" }

    func chart(_ chart: EditionChart) -> [String: Any] {
        let svg = SVGChart.svg(chart)
        return [
            "id": chart.id,
            "title": chart.title,
            "summary": chart.summary,
            "svg": svg,
            "svg_src": facts == nil ? "" : SVGChart.dataURI(SVGChart.image(svg)),
            "value_header": chart.valueHeader,
            "has_markers": chart.hasMarkers,
            "bars": chart.bars.map { bar -> [String: Any] in
                [
                    "label": bar.label, "value": bar.valueText, "target": bar.markerText ?? edition[.noValue],
                    "value_ix": tagged(bar), "target_ix": taggedTarget(bar),
                ]
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
            "target": edition.target(of: goal),
            "result": goal.result.map(cell) ?? edition[.noValue],
            "prior": goal.prior.map(cell) ?? edition[.noValue],
            "base": goal.base.map { edition.figure($0) } ?? "",
            "base_year": goal.goal.baseYear.map { edition.fiscalYearValue($0) } ?? "",
            "has_base": goal.base != nil,
            "status": edition.status(goal.status),
            "status_class": goal.status.classID,
            "status_symbol": goal.status.symbol,
            "result_ix": goal.result.map { tagged($0, concept: facts?.concept(of: goal)) } ?? SVGChart.escape(edition[.noValue]),
            "prior_ix": goal.prior.map { tagged($0, concept: facts?.concept(of: goal)) } ?? SVGChart.escape(edition[.noValue]),
            "status_ix": facts?.goalText(edition.status(goal.status), concept: XBRLVocabulary.goalStatus, goal: goal) ?? "",
            "target_ix": goal.goal.target == nil
                ? SVGChart.escape(edition.target(nil))
                : facts?.goalText(edition.target(of: goal), concept: XBRLVocabulary.goalTarget, goal: goal) ?? "",
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
            narrative.achievements[goal.goal.id].map {
                [
                    "text": $0, "anchor": goal.progressAnchor, "goal_anchor": goal.anchor,
                    "text_ix": narrative.taggedAchievements[goal.goal.id] ?? SVGChart.escape($0),
                ]
            }
        }
        return [
            "title": title,
            "goals": goals.map(goal),
            "achievements": achievements,
            "has_achievements": !achievements.isEmpty,
        ]
    }
}
