import Foundation

/// One edition's narrative: `content/*.md` of its language and the goals' achievement sentences,
/// rendered as Mustache over the report with the edition's numbers and dates.
struct EditionNarrative {
    /// One rendered section: Markdown for privacy.md, HTML for privacy.html, and the HTML with its figures tagged
    /// for privacy.xhtml (the HTML itself when the edition has no facts to tag).
    struct Section {
        var markdown: String
        var html: String
        var xhtml: String
    }

    /// Goal id → achievement sentence.
    var achievements: [String: String] = [:]
    /// Goal id → achievement sentence escaped for XML, its figures tagged (set when rendered with facts).
    var taggedAchievements: [String: String] = [:]
    /// Section key → rendered section.
    var sections: [String: Section] = [:]

    /// Renders every section and sentence; every template problem of the edition is reported in one error. With
    /// `facts`, each is rendered a second time from marked names for the XHTML page (`InlineFacts+Narrative`).
    init(report: Report, edition: Edition, project: Project, facts: InlineFacts? = nil) throws(DiscloseError) {
        var diagnostics: [Diagnostic] = []
        let globals = NarrativeContext.globals(report, edition: edition)
        var marks = FactMarks()
        let markedGlobals = facts?.marking(globals: globals, edition: edition, marks: &marks)
        do throws(DiscloseError) {
            achievements = try EditionNarrative.achievements(report, edition: edition, globals: globals)
            if let facts, let markedGlobals {
                taggedAchievements = EditionNarrative.taggedAchievements(
                    report, plain: achievements, edition: edition, facts: facts, globals: markedGlobals, marks: marks)
            }
        } catch {
            diagnostics.append(contentsOf: error.diagnostics)
        }
        let template = NarrativeTemplate(context: globals)
        // Without a figure to tag, the marked render would be the plain one again.
        let markedTemplate = marks.figures.isEmpty ? nil : markedGlobals.map { NarrativeTemplate(context: $0) }
        for section in report.sections {
            do throws(DiscloseError) {
                let relative = section.path(in: edition.language)
                guard FileManager.default.fileExists(atPath: project.path(relative)) else {
                    throw .invalid(
                        at: section.location,
                        "narrative file '\(relative)' does not exist (sections: names files relative to the project folder)")
                }
                // A file that exists but cannot be read, or is not UTF-8, is reported at its own path (and line).
                let path = project.path(relative)
                let text = try project.readText(path, kind: "narrative file", namedAt: section.location)
                var rendered = try EditionNarrative.render(text, at: path, template: template, edition: edition)
                if let markedTemplate {
                    let marked = try? EditionNarrative.render(text, at: path, template: markedTemplate, edition: edition)
                    rendered.xhtml = InlineFacts.tagged(marked?.html, marks: marks, plain: rendered.html)
                }
                if let earlier = sections[section.key] {
                    // A section of several files: each topic follows the one before it.
                    sections[section.key] = Section(
                        markdown: earlier.markdown + "\n" + rendered.markdown, html: earlier.html + rendered.html,
                        xhtml: earlier.xhtml + rendered.xhtml)
                } else {
                    sections[section.key] = rendered
                }
            } catch {
                diagnostics.append(contentsOf: error.diagnostics.isEmpty ? [.error(at: section.location, error.description)] : error.diagnostics)
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
    }

    /// Goal id → the goal's achievement sentence in `edition`'s language, figures written its way.
    static func achievements(
        _ report: Report, edition: Edition, globals: [String: Any]? = nil
    ) throws(DiscloseError) -> [String: String] {
        let globals = globals ?? NarrativeContext.globals(report, edition: edition)
        var sentences: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for goal in report.goals {
            guard let sentence = goal.goal.achievement?.texts[edition.language], let result = goal.result else { continue }
            if let unreported = edition.achievementNotReported(goal) {
                sentences[goal.goal.id] = unreported
                continue
            }
            let context = NarrativeContext.achievement(goal, result: result, globals: globals, edition: edition)
            let location = goal.goal.achievementLocations[edition.language] ?? goal.goal.location
            do throws(DiscloseError) {
                sentences[goal.goal.id] = edition.placeCounters(
                    in: try NarrativeTemplate(context: context).render(sentence, at: location, markdown: false))
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        return sentences
    }

    /// Goal id → the achievement sentence for the XHTML page: rendered again from marked names (the goal's own figure
    /// and the named figures), escaped for XML, each figure tagged; the plain sentence, escaped, where that fails.
    static func taggedAchievements(
        _ report: Report, plain: [String: String], edition: Edition, facts: InlineFacts, globals: [String: Any], marks: FactMarks
    ) -> [String: String] {
        var sentences: [String: String] = [:]
        for goal in report.goals {
            guard let sentence = plain[goal.goal.id] else { continue }
            let escaped = SVGChart.escape(sentence)
            sentences[goal.goal.id] = escaped
            guard let text = goal.goal.achievement?.texts[edition.language], let result = goal.result,
                edition.achievementNotReported(goal) == nil
            else { continue }
            var goalMarks = marks
            var context = facts.marking(
                NarrativeContext.achievement(goal, result: result, globals: globals, edition: edition), result: result,
                concept: facts.concept(of: goal), edition: edition, marks: &goalMarks)
            if goal.goal.target != nil, let target = context["target"] as? String {
                let xhtml = facts.goalText(target, concept: XBRLVocabulary.goalTarget, goal: goal)
                context["target"] = goalMarks.mark(text: SVGChart.escape(target), xhtml: xhtml)
            }
            let location = goal.goal.achievementLocations[edition.language] ?? goal.goal.location
            let marked = try? edition.placeCounters(in: NarrativeTemplate(context: context).render(text, at: location, markdown: false))
            sentences[goal.goal.id] = InlineFacts.tagged(marked.map(SVGChart.escape), marks: goalMarks, plain: escaped)
        }
        return sentences
    }

    static func render(_ text: String, at path: String, template: NarrativeTemplate, edition: Edition) throws(DiscloseError) -> Section {
        let markdown = edition.placeCounters(
            in: try template.render(text, at: SourceLocation(path: path, line: 1, column: 1), markdown: true))
        let document = try CommonMarkDocument(markdown: markdown)
        document.makeInert()
        document.placeHeadings(startingAt: 3)
        let html = document.html()
        return Section(markdown: document.commonMark(), html: html, xhtml: html)
    }
}
