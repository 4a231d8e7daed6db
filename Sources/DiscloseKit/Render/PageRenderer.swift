import Mustache

/// Renders one `Report` as the page set: `privacy.md`, `privacy.html` and `data.json`.
public struct PageRenderer {
    let project: Project

    public init(project: Project) {
        self.project = project
    }

    /// File name → contents, for one fiscal year's output folder.
    public func render(_ report: Report) throws(DiscloseError) -> [String: String] {
        let context = PageContext.make(report)
        MarkdownContentType.registerOnce()
        var pages: [String: String] = [:]
        for (output, templateName) in [("privacy.md", "privacy.md.mustache"), ("privacy.html", "privacy.html.mustache")] {
            let (text, path) = try DefaultTemplates.text(named: templateName, in: project)
            let template: MustacheTemplate
            do {
                template = try MustacheTemplate(string: text)
            } catch {
                throw .invalid(at: SourceLocation(path: path, line: 1, column: 1), "cannot read template: \(error)")
            }
            pages[output] = PageRenderer.tidy(template.render(context))
        }
        pages["data.json"] = JSONReport.make(report).serialized()
        return pages
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
