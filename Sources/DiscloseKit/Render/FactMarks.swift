/// Marks that stand in for tagged figures while narrative is rendered for the XHTML page: the template inserts a mark
/// where it names a figure's number, Markdown keeps it as text, and `resolve` puts the tagged figure in its place.
///
/// A mark is two private-use characters around the figure's index, so neither Markdown nor Mustache escaping
/// changes it, and it never reaches a page: `resolve` fails on a mark it cannot read.
struct FactMarks {
    static let open: Character = "\u{F8F3}"
    static let close: Character = "\u{F8F4}"
    static let encodedOpen = "%EF%A3%B3"
    static let encodedClose = "%EF%A3%B4"

    /// Each mark's figure: its text as the untagged page writes it (escaped for XML) and its tagged XHTML.
    private(set) var figures: [(text: String, xhtml: String)] = []

    /// The mark for one figure, registered.
    mutating func mark(text: String, xhtml: String) -> String {
        figures.append((text, xhtml))
        return String(FactMarks.open) + String(figures.count - 1) + String(FactMarks.close)
    }

    /// `markup` with every mark replaced: by the tagged figure in text, by the figure's text inside a tag (an
    /// attribute's value cannot hold markup). nil when a mark is broken or unknown, or a mark character is left.
    func resolve(_ markup: String) -> String? {
        var result = ""
        var insideTag = false
        // A link's address percent-encodes the marks' UTF-8 (cmark's href escaping); inside a tag they are marks too.
        var rest = Substring(
            markup.replacingOccurrences(of: FactMarks.encodedOpen, with: String(FactMarks.open))
                .replacingOccurrences(of: FactMarks.encodedClose, with: String(FactMarks.close)))
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case FactMarks.open:
                guard let close = rest.firstIndex(of: FactMarks.close), let index = Int(rest[..<close]), figures.indices.contains(index)
                else { return nil }
                result += insideTag ? figures[index].text : figures[index].xhtml
                rest = rest[rest.index(after: close)...]
            case FactMarks.close:
                return nil
            default:
                if character == "<" { insideTag = true } else if character == ">" { insideTag = false }
                result.append(character)
            }
        }
        return result
    }
}
