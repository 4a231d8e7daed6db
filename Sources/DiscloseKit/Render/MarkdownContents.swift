/// The table of contents of a Markdown page: its level-2 sections, each linked to the anchor that GitHub (and the
/// renderers that follow its rule) gives the heading.
///
/// The anchors come from the rendered page itself (parsed with cmark), so a project's own template, a narrative
/// heading that repeats a section's name, or markup in a heading still links to where the renderer puts it.
struct MarkdownContents {
    /// One entry: the heading's text and its anchor (without `#`).
    struct Entry: Equatable {
        let text: String
        let anchor: String
    }

    let entries: [Entry]

    /// The level-2 headings of `markdown` in order, leaving out the contents' own heading (`contentsHeading`).
    init(markdown: String, contentsHeading: String) throws(DiscloseError) {
        let headings = try CommonMarkDocument(markdown: markdown).headings
        let anchors = MarkdownContents.anchors(for: headings.map(\.text))
        entries = zip(headings, anchors).compactMap { heading, anchor in
            heading.level == 2 && heading.text != contentsHeading ? Entry(text: heading.text, anchor: anchor) : nil
        }
    }

    /// The values a Markdown template lists as `{{#contents}}[{{text}}](#{{anchor}}){{/contents}}`.
    var context: [[String: String]] {
        entries.map { ["text": $0.text, "anchor": $0.anchor] }
    }

    /// The anchors of a document's headings, in order: each heading's slug, and a repeated slug followed by
    /// `-1`, `-2`, … (skipping any suffix another heading already has), as GitHub numbers them.
    static func anchors(for headings: [String]) -> [String] {
        var used: Set<String> = []
        var repeats: [String: Int] = [:]
        return headings.map { text in
            let slug = MarkdownContents.slug(text)
            var anchor = slug
            while used.contains(anchor) {
                let count = (repeats[slug] ?? 0) + 1
                repeats[slug] = count
                anchor = "\(slug)-\(count)"
            }
            used.insert(anchor)
            return anchor
        }
    }

    /// GitHub's heading slug: lower-cased, every character but letters, marks, digits, `_`, `-` and the ASCII
    /// space removed (punctuation, symbols, full-width spaces and punctuation too), then each space made `-`.
    /// Kana and kanji stay as they are: `### 進捗・成果と課題` is `#進捗成果と課題`.
    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
            } else if scalar == "-" || isWordCharacter(scalar) {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug
    }

    /// Ruby's `\p{Word}`, which GitHub's rule keeps: alphabetic, marks, decimal digits, connector punctuation.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.isJoinControl { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
