/// Finds every `{{name}}` in a Mustache template so unknown names become located errors, not empty strings.
enum TemplateNames {
    /// One tag of a template.
    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
        /// Character offsets of the tag in the template: its `{{` and just past its `}}`.
        var start = 0
        var end = 0
    }

    /// Every tag outside comments and pragmas, with 1-based line and column of its `{{`.
    static func tags(in template: String) -> [Tag] {
        var tags: [Tag] = []
        let characters = Array(template)
        var index = 0
        var line = 1
        var column = 1
        while index < characters.count {
            if characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" {
                let startLine = line
                let startColumn = column
                var end = index + 2
                while end + 1 < characters.count, !(characters[end] == "}" && characters[end + 1] == "}") { end += 1 }
                var body = String(characters[(index + 2)..<min(end, characters.count)])
                var consumed = end + 2
                if body.hasPrefix("{") {
                    body.removeFirst()
                    if consumed < characters.count, characters[consumed] == "}" { consumed += 1 }
                    body = "&" + body
                }
                body = body.trimming(" ")
                let sigil = body.first.flatMap { "#^/&>!%=".contains($0) ? $0 : nil }
                if sigil != nil { body.removeFirst() }
                tags.append(
                    Tag(sigil: sigil, name: body.trimming(" "), line: startLine, column: startColumn, start: index,
                        end: min(consumed, characters.count)))
                for character in characters[index..<min(consumed, characters.count)] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = consumed
                continue
            }
            if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return tags
    }

    /// Located errors for every tag naming something not in `known`.
    static func check(
        _ template: String, known: Set<String>, at origin: SourceLocation, firstLineColumnOffset: Int = 0
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tag in tags(in: template) {
            if tag.sigil == "!" || tag.sigil == "%" || tag.sigil == "/" { continue }
            let line = origin.line == 0 ? tag.line : origin.line + tag.line - 1
            let column = tag.line == 1 ? tag.column + firstLineColumnOffset : tag.column
            let location = SourceLocation(path: origin.path, line: line, column: column)
            if tag.sigil == ">" || tag.sigil == "=" {
                diagnostics.append(.error(at: location, "partials and delimiter changes are not supported in narrative templates"))
            } else if !known.contains(tag.name), let example = known.sorted().first(where: { $0.hasPrefix(tag.name + ".") }) {
                diagnostics.append(.error(at: location, "'\(tag.name)' is a group of names, not a value: name one value, such as '\(example)'"))
            } else if !known.contains(tag.name) {
                diagnostics.append(
                    .error(at: location, "unknown name '\(tag.name)' in template" + Suggestion.hint(for: tag.name, in: known.sorted())))
            }
        }
        return diagnostics
    }
}
