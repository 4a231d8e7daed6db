/// Words a partial value already carries ("at least", "so far", "or earlier"; 「少なくとも」, 「以前」), written again
/// around it in a template: "at least {{figures.x.partial_value}}" would read "at least at least 2".
extension FigureGuards {
    /// The edition's qualifiers of a partial value: the words before and after `{value}` in its bound forms.
    static func qualifiers(_ edition: Edition) -> (before: [String], after: [String]) {
        var before: [String] = []
        var after: [String] = []
        for word in [Word.partialAtLeast, .partialSoFar, .partialOrEarlier] {
            let pattern = edition[word]
            guard let range = pattern.range(of: "{value}") else { continue }
            let prefix = pattern[..<range.lowerBound].trimming(" ")
            let suffix = pattern[range.upperBound...].trimming(" ")
            if !prefix.isEmpty { before.append(prefix) }
            if !suffix.isEmpty { after.append(suffix) }
        }
        return (before, after)
    }

    /// Each `partial_value` tag (of a named figure, or an achievement's own) with a qualifier written right before
    /// or after it, and the message saying what to write instead.
    static func repeatedQualifiers(
        _ template: String, tags: [TemplateNames.Tag], edition: Edition
    ) -> [(tag: TemplateNames.Tag, message: String)] {
        let (before, after) = qualifiers(edition)
        guard !before.isEmpty || !after.isEmpty else { return [] }
        let characters = Array(template)
        var found: [(TemplateNames.Tag, String)] = []
        for tag in tags where tag.sigil == nil || tag.sigil == "&" {
            guard tag.name == "partial_value" || split(tag.name)?.1 == "partial_value" else { continue }
            let preceding = String(characters[..<min(tag.start, characters.count)]).trimming(" ").lowercased()
            let following = String(characters[min(tag.end, characters.count)...]).drop { $0 == " " }.lowercased()
            let repeated = before.first { preceding.hasSuffix($0.lowercased()) } ?? after.first { following.hasPrefix($0.lowercased()) }
            guard let repeated else { continue }
            found.append(
                (
                    tag,
                    "'\(repeated)' is written around {{\(tag.name)}}, which already says it when the figure is incomplete "
                        + "(and would be wrong when it is complete): write {{\(tag.name)}} alone"
                ))
        }
        return found
    }
}
