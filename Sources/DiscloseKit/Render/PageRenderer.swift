import Mustache

/// Renders one `Report` as the page set: `privacy.md`, `privacy.html` and `privacy.xhtml` (inline XBRL) per edition,
/// each as typed parts, and one `data.json`.
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

    /// File name (relative to the fiscal year's folder) → contents, unmarked (as a fully approved page reads).
    public func render(_ report: Report) throws(DiscloseError) -> [String: String] {
        try pageSet(report).contents
    }

    /// The page set with every file's parts; `marks` names the pending parts of a draft (nil: no draft marks).
    public func pageSet(_ report: Report, marks: DraftMarks? = nil) throws(DiscloseError) -> PageSet {
        let languages = try PageRenderer.editions(for: project.config, among: editions)
        let main = project.config.disclosure.mainLanguage
        MarkdownContentType.registerOnce()
        let markers = PartMarkers()
        var files: [PageFile] = []
        var names: [String: [String: String]] = [:]
        var diagnostics: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var templateFiles: Set<String> = []
        let facts = InlineFacts(report: report, entity: project.config.disclosure.entity)
        for edition in languages {
            let folder = PageRenderer.folder(for: edition.language, main: main)
            do throws(DiscloseError) {
                let narrative = try EditionNarrative(report: report, edition: edition, project: project, facts: facts)
                let alternates = languages.count < 2 ? [] : languages.map { other in
                    (language: other.language, href: PageRenderer.relativePath(from: folder, to: PageRenderer.folder(for: other.language, main: main)) + "privacy.html",
                     label: other.format(.otherEdition, ["language": other[.languageName]]))
                }
                var context = PageContext(
                    report: report, edition: edition, narrative: narrative, alternates: alternates, markers: markers, facts: facts
                ).make()
                let words = context["words"] as? [String: String] ?? [:]
                let pending = marks?.names[edition.language] ?? []
                for format in [PageFormat.markdown, .html, .xhtml] {
                    let templates = try PageTemplateSet(format: format, edition: edition, project: project, markers: markers)
                    templateFiles.formUnion(templates.origins.values.filter { !PageTemplates.isBuiltIn($0) })
                    context["words"] = format == .markdown ? words : (context["html_words"] as? [String: String] ?? PageContext.htmlWords(words))
                    context["draft_banner"] = markers.inline(DraftMarks.bannerMark, DraftMarks.banner(pending, format: format, edition: edition))
                    context["robots_meta"] = markers.inline(DraftMarks.robotsMark, pending.isEmpty ? "" : DraftMarks.robotsMeta(format))
                    var rendered = templates.render(context)
                    if format == .markdown {
                        // The contents link to the anchors the rendered headings get: render, read them, render again.
                        let plain = markers.spans(of: rendered).spans.map(\.text).joined()
                        let contents = try MarkdownContents(markdown: plain, contentsHeading: edition[.headingContents])
                        context["contents"] = contents.context
                        rendered = templates.render(context)
                        context["contents"] = nil
                    }
                    let outcome = markers.spans(of: rendered)
                    diagnostics += templates.missingMarks(outcome.inlineMarks)
                    let file = PageFile(path: folder + format.fileName, edition: edition.language, format: format, spans: outcome.spans)
                    warnings += templates.missingParts(Set(file.partIDs))
                    files.append(file)
                }
                names[edition.language] = PageRenderer.partNames(report, edition: edition)
            } catch {
                diagnostics.append(contentsOf: error.diagnostics.isEmpty ? [.error(at: SourceLocation(path: project.config.path), error.description)] : error.diagnostics)
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics.sorted()) }
        return PageSet(
            files: files, names: names, data: JSONReport.make(report, editions: editions).serialized(),
            warnings: Array(Set(warnings)).sorted(), templateFiles: templateFiles.sorted())
    }

    /// What each part is called in `edition`: sections by their headings, goal rows by the goal's text, the shell's
    /// parts by the edition's words for them.
    static func partNames(_ report: Report, edition: Edition) -> [String: String] {
        var names: [String: String] = [
            PageSet.framePart: edition[.partPage], "head": edition[.partHead], "header": edition[.partHeader],
            "contents": edition[.headingContents], "footer": edition[.partFooter],
            "governance": edition[.headingGovernance], "strategy": edition[.headingStrategy],
            "metrics": edition[.headingMetrics], "initiatives": edition[.headingInitiatives],
            "standards": edition[.headingStandards],
        ]
        for goal in report.goals { names[PagePart.goalPrefix + goal.goal.id] = goal.goal.text[edition.language] }
        return names
    }

    /// The path from one edition's folder to another's: "" → "ja/" is "ja/", "ja/" → "" is "../", "ja/" → "ja/" is "".
    static func relativePath(from: String, to: String) -> String {
        if from == to { return "" }
        return from.isEmpty ? to : "../" + to
    }
}
