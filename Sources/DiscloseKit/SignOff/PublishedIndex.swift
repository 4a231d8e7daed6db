import Foundation

/// `output/index.html` and `output/index.md`: every published fiscal year and edition, each marked draft or
/// final, linking to its pages and data.json, so `output/` can be served as a static site as it is.
///
/// Built from the files in the output folder alone (no clock), so the same folder always gives the same index.
public struct PublishedIndex: Sendable {
    /// One edition of one fiscal year's page.
    public struct Entry: Sendable, Equatable {
        public var fiscalYear: String
        public var edition: String
        /// The folder of the edition's pages, relative to the output folder (`FY2025/`, `FY2025/ja/`).
        public var folder: String
        public var isDraft: Bool
    }

    public var title: String
    public var entries: [Entry]
    /// The main language's words.
    public var words = SignOffWords(edition: .english)

    /// The index of `outputPath`, with `pages` standing in for what is published for `fiscalYear` when given.
    public static func make(
        outputPath: String, title: String, edition: Edition = .english, replacing fiscalYear: String? = nil,
        with pages: [String: String] = [:]
    ) -> PublishedIndex {
        let manager = FileManager.default
        var years = ((try? manager.contentsOfDirectory(atPath: outputPath)) ?? []).filter { name in
            name.count == 6 && name.hasPrefix("FY") && name.dropFirst(2).allSatisfy(\.isASCII) && Int(name.dropFirst(2)) != nil
                && !(fiscalYear == name && pages.isEmpty)
        }
        if let fiscalYear, !pages.isEmpty, !years.contains(fiscalYear) { years.append(fiscalYear) }
        var entries: [Entry] = []
        for year in years.sorted() {
            var files = pages
            if year != fiscalYear || pages.isEmpty { files = published(in: (outputPath as NSString).appendingPathComponent(year)) }
            entries += self.entries(year: year, files: files)
        }
        return PublishedIndex(title: title, entries: entries, words: SignOffWords(edition: edition))
    }

    /// The page files of one published year: `privacy.html`, `data.json` and `<lang>/privacy.html`.
    static func published(in folder: String) -> [String: String] {
        var files: [String: String] = [:]
        func read(_ relative: String) {
            if let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(relative)) {
                files[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        read("privacy.html")
        read("data.json")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() { read(name + "/privacy.html") }
        return files
    }

    /// The editions of one year: the main one (from `<html lang>`), then each language folder.
    static func entries(year: String, files: [String: String]) -> [Entry] {
        var unapprovedEditions: Set<String> = []
        var signedOff = false
        if let data = files["data.json"]?.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            signedOff = object["draft"] is Bool
            for item in object["unapproved"] as? [[String: Any]] ?? [] {
                if let edition = item["edition"] as? String { unapprovedEditions.insert(edition) }
            }
        }
        var entries: [Entry] = []
        for name in files.keys.sorted() where name == "privacy.html" || name.hasSuffix("/privacy.html") {
            let folder = String(name.dropLast("privacy.html".count))
            let edition = folder.isEmpty ? language(of: files[name] ?? "") : String(folder.dropLast())
            entries.append(
                Entry(fiscalYear: year, edition: edition, folder: year + "/" + folder,
                      isDraft: !signedOff || unapprovedEditions.contains(edition)))
        }
        return entries.sorted { ($0.folder.count, $0.edition) < ($1.folder.count, $1.edition) }
    }

    /// The `lang` of a page's `<html>` element.
    static func language(of html: String) -> String {
        guard let start = html.range(of: "<html lang=\"") else { return "en" }
        let rest = html[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) } ?? "en"
    }

    /// `index.html` and `index.md`.
    public var files: [String: String] { ["index.html": html, "index.md": markdown] }

    var html: String {
        let escape = SVGChart.escape
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"\(escape(words.edition.language))\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escape(title)) — \(words.indexHeading)</title>", "<style>",
            "body { font-family: \(words.fontFamily); line-height: 1.6; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }",
            "table { border-collapse: collapse; width: 100%; }", "caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }",
            "th, td { border: 1px solid #999; padding: 0.4rem 0.6rem; text-align: left; }", "thead th { background: #e8eef5; }",
            "a { color: #1f4e79; }", ".draft { color: #8b1a1a; font-weight: 600; }",
            "@media (max-width: 40rem) { body { padding: 0.75rem 1rem 2rem; } table, tbody, tr, th, td, caption { display: block; } "
                + "thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); } "
                + "tr { border: 1px solid #999; margin: 0 0 0.75rem; } th, td { border: none; } "
                + "td[data-label]::before { content: attr(data-label) \": \"; font-weight: 600; } }",
            "</style>", "</head>", "<body>", "<main>",
            "<h1>\(escape(title))</h1>", "<p>\(escape(words.indexIntro))</p>",
        ]
        if entries.isEmpty {
            lines.append("<p>\(escape(words.indexEmpty))</p>")
        } else {
            lines += ["<table>", "<caption>\(escape(words.indexCaption))</caption>", "<thead>"]
            lines.append("<tr>" + words.indexColumns.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr>")
            lines += ["</thead>", "<tbody>"]
            for entry in entries {
                let state = entry.isDraft
                    ? "<span class=\"draft\">\(words.stateDraft)</span>" : words.stateFinal
                let label = words.indexColumns.map { " data-label=\"\(escape($0))\"" } + Array(repeating: "", count: 6)
                lines.append(
                    "<tr><th scope=\"row\">\(escape(entry.fiscalYear))</th><td\(label[1])>\(escape(words.languageName(entry.edition)))</td>"
                        + "<td\(label[2])>\(state)</td><td\(label[3])><a href=\"\(entry.folder)privacy.html\">privacy.html</a></td>"
                        + "<td\(label[4])><a href=\"\(entry.folder)privacy.md\">privacy.md</a></td>"
                        + "<td\(label[5])><a href=\"\(entry.fiscalYear)/data.json\">data.json</a></td></tr>")
            }
            lines += ["</tbody>", "</table>"]
        }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    var markdown: String {
        let escape = MarkdownEscaping.escape
        var lines = ["# \(escape(title))", "", escape(words.indexIntro), ""]
        if entries.isEmpty {
            lines.append(escape(words.indexEmpty))
        } else {
            lines.append("| " + words.indexColumns.map(escape).joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: " --- |", count: words.indexColumns.count))
            for entry in entries {
                let state = entry.isDraft ? words.stateDraft : words.stateFinal
                lines.append(
                    "| \(escape(entry.fiscalYear)) | \(escape(words.languageName(entry.edition))) | \(state) | "
                        + "[privacy.html](\(entry.folder)privacy.html) | [privacy.md](\(entry.folder)privacy.md) | "
                        + "[data.json](\(entry.fiscalYear)/data.json) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
