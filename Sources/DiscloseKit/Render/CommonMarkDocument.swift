import CCmark
import Foundation

/// A parsed CommonMark document; the single owner of its `cmark_node` tree.
final class CommonMarkDocument {
    private let root: OpaquePointer

    /// Parses Markdown text; raw HTML is not passed through (cmark's safe default).
    init(markdown: String) throws(DiscloseError) {
        let length = markdown.utf8.count
        let parsed = markdown.withCString { cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }
        guard let parsed else { throw DiscloseError(.fileSystem("cmark could not parse the narrative")) }
        root = parsed
    }

    deinit {
        cmark_node_free(root)
    }

    /// Levels of every heading, in document order.
    var headingLevels: [Int] {
        var levels: [Int] = []
        walkHeadings { levels.append(Int(cmark_node_get_heading_level($0))) }
        return levels
    }

    /// Every heading's level and text as a reader sees it (the text of its inline content, code spans
    /// included, markup and raw HTML left out), in document order.
    var headings: [(level: Int, text: String)] {
        var found: [(level: Int, text: String)] = []
        walkHeadings { heading in
            var text = ""
            CommonMarkDocument.walk(heading) { node in
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    break
                }
            }
            found.append((Int(cmark_node_get_heading_level(heading)), text))
        }
        return found
    }

    /// Moves every heading so that the shallowest one sits at `level` (capped at 6).
    func placeHeadings(startingAt level: Int) {
        guard let shallowest = headingLevels.min() else { return }
        let shift = level - shallowest
        walkHeadings { node in
            let current = Int(cmark_node_get_heading_level(node))
            cmark_node_set_heading_level(node, Int32(min(6, max(1, current + shift))))
        }
    }

    /// Turns raw HTML into literal text and empties script-bearing link targets, so neither page
    /// passes markup or `javascript:` links through from narrative files.
    func makeInert() {
        var nodes: [OpaquePointer] = []
        walk { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { nodes.append(node) }
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node),
                CommonMarkDocument.isUnsafe(String(cString: url))
            {
                cmark_node_set_url(node, "")
            }
        }
        for node in nodes {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            guard let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            let trimmed = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            cmark_node_set_literal(text, trimmed)
            var replacement = text
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
                cmark_node_append_child(paragraph, text)
                replacement = paragraph
            }
            if cmark_node_replace(node, replacement) == 1 {
                cmark_node_free(node)
            } else {
                cmark_node_free(replacement)
            }
        }
    }

    /// `javascript:`, `vbscript:`, `file:` and `data:` targets (case and spaces ignored).
    static func isUnsafe(_ url: String) -> Bool {
        let scheme = url.lowercased().filter { !$0.isWhitespace && !$0.isNewline && $0 != "\0" }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { scheme.hasPrefix($0) }
    }

    /// The document as HTML. A line break inside a paragraph next to Japanese (or other wide) text is
    /// dropped rather than shown as a space: sentences stay one per line in the Markdown, and read
    /// "ました。国内では" on the page.
    func html() -> String {
        CommonMarkDocument.joiningWideLines(render { cmark_render_html(root, CMARK_OPT_DEFAULT) })
    }

    /// `text` without the newlines that have a wide character (CJK, full-width punctuation) on either side.
    static func joiningWideLines(_ text: String) -> String {
        var result = ""
        var previous: Character?
        var pendingNewline = false
        for character in text {
            if character == "\n" {
                if pendingNewline { result.append("\n") }
                pendingNewline = true
                continue
            }
            if pendingNewline {
                let joins = [previous, character].contains { $0.map(isWide) ?? false }
                    && previous != ">" && character != "<"
                if !joins { result.append("\n") }
                pendingNewline = false
            }
            result.append(character)
            previous = character
        }
        if pendingNewline { result.append("\n") }
        return result
    }

    /// True for East Asian wide and full-width characters (kana, kanji, hangul, full-width punctuation).
    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// The document as CommonMark text (no hard wrapping).
    func commonMark() -> String {
        CommonMarkDocument.outdentingLists(render { cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0) })
    }

    /// cmark writes a top-level bullet item as `  - item`, its lines after the first four spaces in; Markdown linters
    /// (and the page's own lists) start them at the margin: `- item`, two spaces in. Fenced code is left as it is.
    static func outdentingLists(_ markdown: String) -> String {
        var lines: [Substring] = []
        var inItem = false
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                lines.append(line)
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            }
            if line.hasPrefix("  - ") || line.hasPrefix("  * ") {
                inItem = true
                lines.append(line.dropFirst(2))
            } else if inItem, line.hasPrefix("  ") {
                lines.append(line.dropFirst(2))
            } else {
                if !line.isEmpty { inItem = false }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    private func render(_ body: () -> UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer = body() else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private func walkHeadings(_ visit: (OpaquePointer) -> Void) {
        walk { node in
            if cmark_node_get_type(node) == CMARK_NODE_HEADING { visit(node) }
        }
    }

    /// Visits every node once, on entry, in document order.
    private func walk(_ visit: (OpaquePointer) -> Void) {
        CommonMarkDocument.walk(root, visit)
    }

    /// Visits `node` and every node under it once, on entry, in document order.
    private static func walk(_ node: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            visit(node)
        }
    }
}
