/// Achievement sentences: an inverted section over the goal's status (`{{^met}}`, `{{^not_met}}`) or its figure's
/// (`{{^zero}}`, `{{^nonzero}}`) is left out of the page while the goal is not judged or its figure incomplete.
extension FigureGuards {
    /// Located warnings for every achievement sentence of `goals`, in every language: sections left out, values of
    /// incomplete named figures stated unguarded, and qualifiers repeated around a partial value.
    static func achievementWarnings(_ goals: [GoalReport], figures: [FigureReport], languages: [String]) -> [Diagnostic] {
        let coverage = Dictionary(figures.map { ($0.name, $0.result.coverage) }) { first, _ in first }
        var warnings: [Diagnostic] = []
        for goal in goals {
            guard let achievement = goal.goal.achievement, let result = goal.result else { continue }
            for language in languages {
                guard let text = achievement.texts[language] else { continue }
                let origin = goal.goal.achievementLocations[language] ?? goal.goal.location
                let offset = max(0, origin.column)
                let edition = Edition.builtIn.first { $0.language == language }
                warnings += check(text, coverage: coverage, at: origin, firstLineColumnOffset: offset, edition: edition)
                warnings += ownSections(text, goal: goal, result: result, at: origin, firstLineColumnOffset: offset)
            }
        }
        return Array(Set(warnings)).sorted()
    }

    /// The goal's own status sections left out: `^met`/`^not_met` of a goal not judged, `^zero`/`^nonzero` (and
    /// `#zero`, `#nonzero`, `#complete`, `^incomplete`) of an incomplete figure, unless the sentence also says what
    /// is known in that case (`{{#incomplete}}` or `{{^complete}}`).
    static func ownSections(
        _ text: String, goal: GoalReport, result: MetricResult, at origin: SourceLocation, firstLineColumnOffset: Int
    ) -> [Diagnostic] {
        let tags = TemplateNames.tags(in: text)
        if tags.contains(where: { handlesIncomplete(sigil: $0.sigil, field: $0.name) }) { return [] }
        let complete = result.coverage.isComplete
        let judged = goal.status == .met || goal.status == .notMet
        var warnings: [Diagnostic] = []
        for tag in tags {
            let leftOut: Bool
            switch tag.name {
            case "met", "not_met": leftOut = tag.sigil == "^" && !judged
            default: leftOut = !complete && isLeftOut(sigil: tag.sigil, field: tag.name)
            }
            guard leftOut, let sigil = tag.sigil else { continue }
            let why =
                complete
                ? "goal '\(goal.goal.id)' is not judged against a target (status: reported)"
                : "goal '\(goal.goal.id)' covers \(covers(result.coverage)) (status: insufficient data)"
            warnings.append(
                .warning(
                    at: TemplateSections.location(of: tag, from: origin, firstLineColumnOffset: firstLineColumnOffset),
                    "\(why): the achievement text in {{\(sigil)\(tag.name)}} is left out; say what is known in its place with "
                        + "{{#incomplete}}…{{partial_value}}; {{coverage}}…{{/incomplete}}"))
        }
        return warnings
    }
}
