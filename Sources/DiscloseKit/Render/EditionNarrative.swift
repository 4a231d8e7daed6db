import Foundation

/// One edition's narrative: `content/*.md` of its language and the goals' achievement sentences,
/// rendered as Mustache over the report with the edition's numbers and dates.
struct EditionNarrative {
    /// One rendered section: Markdown for privacy.md and HTML for privacy.html.
    struct Section {
        var markdown: String
        var html: String
    }

    /// Goal id → achievement sentence.
    var achievements: [String: String] = [:]
    /// Section key → rendered section.
    var sections: [String: Section] = [:]

    /// Renders every section and sentence; every template problem of the edition is reported in one error.
    init(report: Report, edition: Edition, project: Project) throws(DiscloseError) {
        var diagnostics: [Diagnostic] = []
        let globals = NarrativeContext.globals(report, edition: edition)
        do throws(DiscloseError) {
            achievements = try EditionNarrative.achievements(report, edition: edition, globals: globals)
        } catch {
            diagnostics.append(contentsOf: error.diagnostics)
        }
        let template = NarrativeTemplate(context: globals)
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
                let rendered = try EditionNarrative.render(text, at: path, template: template, edition: edition)
                if let earlier = sections[section.key] {
                    // A section of several files: each topic follows the one before it.
                    sections[section.key] = Section(
                        markdown: earlier.markdown + "\n" + rendered.markdown, html: earlier.html + rendered.html)
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

    static func render(_ text: String, at path: String, template: NarrativeTemplate, edition: Edition) throws(DiscloseError) -> Section {
        let markdown = edition.placeCounters(
            in: try template.render(text, at: SourceLocation(path: path, line: 1, column: 1), markdown: true))
        let document = try CommonMarkDocument(markdown: markdown)
        document.makeInert()
        document.placeHeadings(startingAt: 3)
        return Section(markdown: document.commonMark(), html: document.html())
    }
}
