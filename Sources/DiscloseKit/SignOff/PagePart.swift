import Foundation

/// One part of the page that a person approves: a section (`governance`, `metrics`, …) or one goal's row
/// (`goal:web-training`), in one edition (language).
///
/// Its content is what the page shows, as rendered: the section's Markdown (from its `## ` heading to the
/// next) and its HTML (`<section id="…">` to `</section>`), or the goal's `<tr id="…">` row. The digest is
/// SHA-256 of the Markdown, one NUL byte, then the HTML, so an edit to either view changes it.
public struct PagePart: Sendable, Hashable {
    /// The edition's language code (`en`, `ja`).
    public var edition: String
    /// `governance`, `strategy`, `metrics`, `initiatives`, `standards`, or `goal:<goal id>`.
    public var key: String
    /// What the page calls it: the section heading or the goal's text.
    public var name: String
    public var markdown: String
    public var html: String

    public var sha256: String {
        SHA256.hex(of: markdown + "\u{0}" + html)
    }

    /// True for a goal's row.
    public var isGoal: Bool { key.hasPrefix(PagePart.goalPrefix) }

    static let goalPrefix = "goal:"
}

extension PagePart {
    /// Every part of every edition in a rendered page set, in page order, main edition first.
    ///
    /// Pages are `privacy.md` / `privacy.html` for the main language and `<lang>/privacy.…` for the others.
    public static func parts(of pages: [String: String], mainLanguage: String, goals: [(id: String, anchor: String)]) -> [PagePart] {
        var editions: [(language: String, prefix: String)] = []
        for name in pages.keys.sorted() where name == "privacy.html" || name.hasSuffix("/privacy.html") {
            let prefix = String(name.dropLast("privacy.html".count))
            editions.append((prefix.isEmpty ? mainLanguage : String(prefix.dropLast()), prefix))
        }
        editions.sort { ($0.prefix.isEmpty ? 0 : 1, $0.language) < ($1.prefix.isEmpty ? 0 : 1, $1.language) }
        return editions.flatMap { edition in
            parts(
                html: pages[edition.prefix + "privacy.html"] ?? "", markdown: pages[edition.prefix + "privacy.md"] ?? "",
                edition: edition.language, goals: goals)
        }
    }

    /// The parts of one edition.
    static func parts(html: String, markdown: String, edition: String, goals: [(id: String, anchor: String)]) -> [PagePart] {
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        let markdownSections = markdownChunks(markdown)
        var sections: [PagePart] = []
        var index = 0
        while index < lines.count {
            guard let id = attribute("id", of: "<section", in: lines[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < lines.count, lines[end] != "</section>" { end += 1 }
            let body = lines[index..<min(end + 1, lines.count)]
            let heading = body.first { $0.contains("<h2") }.map { text(of: $0) } ?? id
            sections.append(PagePart(edition: edition, key: id, name: heading, markdown: "", html: body.joined(separator: "\n")))
            index = end + 1
        }
        // A section's Markdown is the chunk under the same heading; headings with no section (the contents) belong
        // to no part. A template whose Markdown headings differ from the HTML ones pairs them in order instead.
        var byHeading: [Substring: String] = [:]
        for chunk in markdownSections {
            let heading = chunk.split(separator: "\n", maxSplits: 1).first ?? ""
            if byHeading[heading] == nil { byHeading[heading] = chunk }
        }
        for position in sections.indices {
            if let chunk = byHeading[Substring("## " + MarkdownEscaping.escape(sections[position].name))] {
                sections[position].markdown = chunk
            } else if markdownSections.count == sections.count {
                sections[position].markdown = markdownSections[position]
            }
        }
        var rows: [PagePart] = []
        for goal in goals {
            guard let start = lines.firstIndex(where: { attribute("id", of: "<tr", in: $0) == goal.anchor }) else { continue }
            var end = start
            while end < lines.count, !lines[end].contains("</tr>") { end += 1 }
            let row = lines[start..<min(end + 1, lines.count)].joined(separator: "\n")
            let header = row.range(of: "<th").map { String(row[$0.lowerBound...]) } ?? row
            let cell = header.range(of: "<br>").map { String(header[..<$0.lowerBound]) }
                ?? header.range(of: "</th>").map { String(header[..<$0.lowerBound]) } ?? goal.id
            let name = text(of: Substring(cell))
            let cellStart = "| " + MarkdownEscaping.escape(name) + " |"
            let markdownRow = markdown.split(separator: "\n").first { $0.hasPrefix(cellStart) }
            rows.append(
                PagePart(edition: edition, key: goalPrefix + goal.id, name: name, markdown: markdownRow.map(String.init) ?? "", html: row))
        }
        return sections + rows
    }

    /// The Markdown page cut at each `## ` heading (the title and anything before the first one are no part).
    static func markdownChunks(_ markdown: String) -> [String] {
        var chunks: [[Substring]] = []
        var fenced = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { fenced.toggle() }
            if !fenced, line.hasPrefix("## ") {
                chunks.append([line])
            } else if !chunks.isEmpty {
                chunks[chunks.count - 1].append(line)
            }
        }
        return chunks.map { chunk in
            var lines = chunk
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
    }

    /// The value of `name="…"` when `line` starts with `tag`.
    static func attribute(_ name: String, of tag: String, in line: Substring) -> String? {
        guard line.hasPrefix(tag + " "), let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// The text of an HTML fragment: tags dropped, the usual entities decoded, spaces collapsed.
    static func text(of html: Substring) -> String {
        var output = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                output.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")] {
            output = output.replacingOccurrences(of: entity, with: character)
        }
        return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension PagePart {
    /// The parts of a page set rendered from `report`: its sections and its goals' rows.
    public static func parts(of pages: [String: String], report: Report) -> [PagePart] {
        parts(of: pages, mainLanguage: report.languages.first ?? "en", goals: report.goals.map { ($0.goal.id, $0.anchor) })
    }
}
