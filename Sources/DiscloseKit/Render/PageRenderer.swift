import Mustache

/// Renders one `Report` as the page set: `privacy.md` and `privacy.html` per edition, and one `data.json`.
///
/// The main language's pages sit at the top of the folder; each other language's in `<lang>/`.
public struct PageRenderer {
    let project: Project
    let editions: [Edition]

    public init(project: Project, editions: [Edition] = Edition.builtIn) {
        self.project = project
        self.editions = editions
    }

    /// The editions of the report's languages, in order; a located error for a language no edition writes.
    public static func editions(for config: PipelineConfig, among editions: [Edition]) throws(DiscloseError) -> [Edition] {
        var found: [Edition] = []
        var diagnostics: [Diagnostic] = []
        for language in config.disclosure.languages {
            if let edition = Edition.named(language, among: editions) {
                found.append(edition)
            } else {
                diagnostics.append(
                    .error(
                        at: config.disclosure.languagesLocation,
                        "no edition writes language '\(language)' (editions: \(editions.map(\.language).joined(separator: ", ")))"
                            + Suggestion.hint(for: language, in: editions.map(\.language))))
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        return found
    }

    /// The folder of `language`'s pages inside the fiscal year's folder: "" for the main language.
    public static func folder(for language: String, main: String) -> String {
        language == main ? "" : language + "/"
    }

    /// File name (relative to the fiscal year's folder) → contents.
    public func render(_ report: Report) throws(DiscloseError) -> [String: String] {
        let languages = try PageRenderer.editions(for: project.config, among: editions)
        let main = project.config.disclosure.mainLanguage
        MarkdownContentType.registerOnce()
        var pages: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for edition in languages {
            let folder = PageRenderer.folder(for: edition.language, main: main)
            do throws(DiscloseError) {
                let narrative = try EditionNarrative(report: report, edition: edition, project: project)
                let alternates = languages.count < 2 ? [] : languages.map { other in
                    (language: other.language, href: PageRenderer.relativePath(from: folder, to: PageRenderer.folder(for: other.language, main: main)) + "privacy.html",
                     label: other.format(.otherEdition, ["language": other[.languageName]]))
                }
                var context = PageContext(report: report, edition: edition, narrative: narrative, alternates: alternates).make()
                let words = context["words"] as? [String: String] ?? [:]
                for (output, templateName) in [("privacy.md", "privacy.md.mustache"), ("privacy.html", "privacy.html.mustache")] {
                    context["words"] = output.hasSuffix(".html") ? PageContext.htmlWords(words) : words
                    let (text, path) = try PageTemplates.text(named: templateName, edition: edition, in: project)
                    let template: MustacheTemplate
                    do {
                        template = try MustacheTemplate(string: text)
                    } catch {
                        throw .invalid(at: SourceLocation(path: path, line: 1, column: 1), "cannot read template: \(error)")
                    }
                    var page = template.render(context)
                    if output.hasSuffix(".md") {
                        // The contents link to the anchors the rendered headings get: render, read them, render again.
                        let contents = try MarkdownContents(markdown: page, contentsHeading: edition[.headingContents])
                        context["contents"] = contents.context
                        page = template.render(context)
                        context["contents"] = nil
                    }
                    pages[folder + output] = PageRenderer.tidy(page)
                }
            } catch {
                diagnostics.append(contentsOf: error.diagnostics.isEmpty ? [.error(at: SourceLocation(path: project.config.path), error.description)] : error.diagnostics)
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        pages["data.json"] = JSONReport.make(report).serialized()
        return pages
    }

    /// The path from one edition's folder to another's: "" → "ja/" is "ja/", "ja/" → "" is "../", "ja/" → "ja/" is "".
    static func relativePath(from: String, to: String) -> String {
        if from == to { return "" }
        return from.isEmpty ? to : "../" + to
    }

    /// Collapses runs of blank lines and ends the text with exactly one newline, so diffs stay quiet.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.last == " " ? Substring(String(line).trimmingTrailingSpaces) : line
            if trimmed.isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
