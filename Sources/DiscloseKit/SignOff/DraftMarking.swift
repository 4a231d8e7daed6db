/// Marks a page set as a draft: a visible banner naming the unapproved parts, `noindex` for search engines,
/// and `draft` with the list of pending parts in data.json. A fully approved page set is left as rendered.
public enum DraftMarking {
    /// The page set with draft marks for every edition that has pending parts, and data.json's sign-off fields.
    static func apply(
        _ signOff: SignOff, to pages: [String: String], report: Report, editions: [Edition] = Edition.builtIn
    ) -> [String: String] {
        let mainLanguage = report.languages.first ?? "en"
        var marked = pages
        for name in pages.keys where name == "privacy.html" || name.hasSuffix("/privacy.html") {
            let prefix = String(name.dropLast("privacy.html".count))
            let edition = prefix.isEmpty ? mainLanguage : String(prefix.dropLast())
            let words = SignOffWords(edition: Edition.named(edition, among: editions) ?? .english)
            let names = signOff.pending.filter { $0.part.edition == edition }.map { line in
                line.part.isGoal ? words.goalRow(line.part.name) : line.part.name
            }
            guard !names.isEmpty else { continue }
            marked[name] = html(pages[name] ?? "", names: names, words: words)
            if let markdown = pages[prefix + "privacy.md"] {
                marked[prefix + "privacy.md"] = self.markdown(markdown, names: names, words: words)
            }
        }
        marked["data.json"] = json(JSONReport.make(report, editions: editions), signOff).serialized()
        return marked
    }

    /// `noindex` and the banner's style in the head; the banner first in the page header.
    static func html(_ page: String, names: [String], words: SignOffWords) -> String {
        let banner = "<p class=\"draft-banner\" role=\"status\"><strong>\(SVGChart.escape(words.draftLead))</strong> \(SVGChart.escape(words.edition.list(names)))</p>"
        let head = """
            <meta name="robots" content="noindex">
            <style>
            .draft-banner { border: 3px solid #8b1a1a; background: #fff4e5; color: #1a1a1a; padding: 0.6rem 1rem; margin: 1rem 0; }
            </style>
            </head>
            """
        var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let end = lines.firstIndex(of: "</head>") { lines[end] = head }
        if let header = lines.firstIndex(where: { $0.hasPrefix("<header") }) ?? lines.firstIndex(where: { $0.hasPrefix("<body") }) {
            lines.insert(banner, at: header + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// A quoted line under the title.
    static func markdown(_ page: String, names: [String], words: SignOffWords) -> String {
        var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let text = MarkdownEscaping.escape(words.edition.list(names))
        let at = lines.firstIndex { $0.hasPrefix("# ") }.map { $0 + 1 } ?? 0
        lines.insert(contentsOf: ["", "> **\(MarkdownEscaping.escape(words.draftLead))** \(text)"], at: at)
        return lines.joined(separator: "\n")
    }

    /// data.json with `draft` and `unapproved` (edition, part, name and state of each pending part).
    public static func json(_ report: JSONValue, _ signOff: SignOff) -> JSONValue {
        guard case .object(var members) = report else { return report }
        members["draft"] = .bool(signOff.isDraft)
        members["unapproved"] = .array(
            signOff.pending.map { line in
                .object([
                    "edition": .string(line.part.edition), "part": .string(line.part.key),
                    "name": .string(line.part.name), "state": .string(line.state.rawValue),
                ])
            })
        return .object(members)
    }
}
