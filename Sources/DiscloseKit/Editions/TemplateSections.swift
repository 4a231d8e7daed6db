import Mustache

/// Checks that a Mustache template's sections open and close in order, in plain words at the tag's place.
///
/// Runs before swift-mustache parses the template, whose own errors name neither the file nor the tag.
enum TemplateSections {
    /// Located errors for unclosed tags, sections never closed, closed twice or closed out of order.
    static func check(_ template: String, at origin: SourceLocation, firstLineColumnOffset: Int = 0) -> [Diagnostic] {
        func location(_ tag: TemplateNames.Tag) -> SourceLocation {
            TemplateSections.location(of: tag, from: origin, firstLineColumnOffset: firstLineColumnOffset)
        }
        var diagnostics: [Diagnostic] = []
        var open: [TemplateNames.Tag] = []
        let tags = TemplateNames.tags(in: template)
        if let last = tags.last, !tagIsClosed(template, last) {
            diagnostics.append(.error(at: location(last), "tag '{{\(last.name.prefix(40))' opened here is never closed with '}}'"))
        }
        for tag in tags {
            switch tag.sigil {
            case "#", "^":
                open.append(tag)
            case "/":
                if let index = open.lastIndex(where: { $0.name == tag.name }) {
                    for skipped in open[(index + 1)...].reversed() {
                        diagnostics.append(
                            .error(
                                at: location(skipped),
                                "section '\(skipped.name)' opened here is never closed (the section '\(tag.name)' around it closes first, at line \(location(tag).line))"))
                    }
                    open.removeSubrange(index...)
                } else {
                    diagnostics.append(
                        .error(
                            at: location(tag),
                            "'{{/\(tag.name)}}' closes a section that is not open"
                                + (open.last.map { "; the open section is '\($0.name)' (line \(location($0).line))" } ?? "")))
                }
            default: continue
            }
        }
        for tag in open {
            diagnostics.append(.error(at: location(tag), "section '\(tag.name)' opened here is never closed; add {{/\(tag.name)}}"))
        }
        return diagnostics
    }

    /// Where `tag` is in the real file: its template starts at `origin` (line 0: the file's start), its first line
    /// shifted by `firstLineColumnOffset` columns.
    static func location(of tag: TemplateNames.Tag, from origin: SourceLocation, firstLineColumnOffset: Int = 0) -> SourceLocation {
        SourceLocation(
            path: origin.path, line: origin.line == 0 ? tag.line : origin.line + tag.line - 1,
            column: tag.line == 1 ? tag.column + firstLineColumnOffset : tag.column)
    }

    /// True when the text after the tag's `{{` holds a `}}`.
    static func tagIsClosed(_ template: String, _ tag: TemplateNames.Tag) -> Bool {
        var line = 1
        var rest = Substring(template)
        while line < tag.line, let newline = rest.firstIndex(of: "\n") {
            rest = rest[rest.index(after: newline)...]
            line += 1
        }
        let start = rest.index(rest.startIndex, offsetBy: max(0, tag.column - 1), limitedBy: rest.endIndex) ?? rest.endIndex
        return rest[start...].dropFirst(2).contains("}}")
    }
}

extension TemplateSections {
    /// swift-mustache's own parse error, located in the real file and said in words.
    static func parserProblem(_ error: any Error, at origin: SourceLocation, pragmaLength: Int = 0) -> Diagnostic {
        guard let failure = error as? MustacheTemplate.ParserError else {
            return .error(at: origin, "the template cannot be read as Mustache")
        }
        let line = failure.context.lineNumber
        let column = max(1, failure.context.columnNumber + (line == 1 ? 1 - pragmaLength : 1))
        let location = SourceLocation(
            path: origin.path, line: origin.line == 0 ? line : origin.line + line - 1, column: column)
        let words: String
        switch failure.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: words = "this closing tag does not match the section that is open"
        case .unfinishedName?: words = "this tag's name is not finished: close it with '}}'"
        case .expectedSectionEnd?: words = "a section is never closed"
        case .invalidSetDelimiter?, .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            words = "this tag is not one narrative templates support"
        default: words = "this is not valid Mustache"
        }
        return .error(at: location, words)
    }
}
