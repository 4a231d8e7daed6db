import Mustache

/// One edition's templates of one format, ready to render: the page's frame and its partials (each the project's
/// override when there is one), every partial wrapped so that what it renders is known as its own part.
struct PageTemplateSet {
    let format: PageFormat
    /// Where each template came from (a project file, or `<built-in …>`), by template name (`privacy`, `head`, …).
    private(set) var origins: [String: String] = [:]
    private var library = MustacheLibrary()

    init(format: PageFormat, edition: Edition, project: Project, markers: PartMarkers, frame: String = "privacy") throws(DiscloseError) {
        self.format = format
        self.frame = frame
        var diagnostics: [Diagnostic] = []
        for name in [frame] + PageTemplates.partials {
            let fileName = PageTemplates.fileName(name, format: format)
            let (text, path) = try PageTemplates.text(named: fileName, edition: edition, in: project)
            if text.isEmpty, PageTemplates.isBuiltIn(path) { continue }
            origins[name] = path
            let origin = SourceLocation(path: path, line: 0, column: 0)
            var problems = TemplateSections.check(text, at: origin)
            problems += Self.unknownPartials(in: text, at: origin)
            guard problems.isEmpty else {
                diagnostics += problems
                continue
            }
            // A partial's template is wrapped in its part's marks (the wrapper's first line is its own, so the file's
            // line 1 is line 2 of what is parsed). swift-mustache renders a partial as HTML unless it says otherwise:
            // a Markdown partial is told so first.
            var wrapped: String
            if name == frame {
                wrapped = text
            } else if name == PageTemplates.goalRow {
                wrapped = "{{{goal_part_open}}}\n" + text + "{{{goal_part_close}}}"
            } else {
                wrapped = markers.wrap(text, as: name)
            }
            if name != frame, format == .markdown { wrapped = "{{% CONTENT_TYPE: MARKDOWN}}" + wrapped }
            do {
                library.register(try MustacheTemplate(string: wrapped), named: name)
            } catch {
                let shift = name == frame ? 0 : 1
                var problem = TemplateSections.parserProblem(error, at: SourceLocation(path: path, line: 0, column: 0))
                problem.location.line = max(1, problem.location.line - shift)
                diagnostics.append(problem)
            }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
    }

    /// The template that is the page itself (`privacy`, or `index` for the output folder's index).
    let frame: String

    /// The frame rendered with `context`, its partials' marks in place.
    func render(_ context: [String: Any]) -> String {
        library.render(context, withTemplate: frame) ?? ""
    }

    /// Located errors for the draft marks a rendering did not show: a page whose templates leave out
    /// `{{{draft_banner}}}` (or, in HTML, `{{{robots_meta}}}`) could never say it is a draft.
    func missingMarks(_ shown: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var required = [(DraftMarks.bannerMark, "draft_banner", "header", "right after the page's opening, before its title")]
        if format != .markdown {
            required.append((DraftMarks.robotsMark, "robots_meta", "head", "in <head>"))
        }
        for (mark, placeholder, partial, place) in required where !shown.contains(mark) {
            let path = origins[partial].flatMap { PageTemplates.isBuiltIn($0) ? nil : $0 } ?? origins[frame] ?? frame
            diagnostics.append(
                .error(
                    at: SourceLocation(path: path, line: 1, column: 1),
                    "the page never shows {{{\(placeholder)}}}, so a draft could not say it is one: write it \(place) "
                        + "(`disclose templates export DIR` shows where the built-in templates put it)"))
        }
        return diagnostics
    }

    /// Warnings for the sections and shell parts a page frame does not include as partials: whatever the frame
    /// writes in their place is approved with the frame as one part, not on its own.
    func missingParts(_ present: Set<String>) -> [Diagnostic] {
        guard let path = origins[frame], !PageTemplates.isBuiltIn(path) else { return [] }
        let expected = ["header", "governance", "strategy", "metrics", "initiatives", "standards", "footer"]
        return expected.filter { !present.contains($0) }.map { name in
            .warning(
                at: SourceLocation(path: path, line: 1, column: 1),
                "the page has no part '\(name)': include it with {{> \(name)}} (and edit \(PageTemplates.fileName(name, format: format)) "
                    + "for its markup) so it is approved on its own; what this template writes in its place is approved with the page frame")
        }
    }

    /// Located errors for `{{> name}}` naming no partial a page has.
    static func unknownPartials(in template: String, at origin: SourceLocation) -> [Diagnostic] {
        TemplateNames.tags(in: template).filter { $0.sigil == ">" && !PageTemplates.partials.contains($0.name) }.map { tag in
            .error(
                at: TemplateSections.location(of: tag, from: origin),
                "'{{> \(tag.name)}}' names no partial of the page (partials: \(PageTemplates.partials.joined(separator: ", ")))"
                    + Suggestion.hint(for: tag.name, in: PageTemplates.partials))
        }
    }
}
