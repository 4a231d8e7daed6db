import Foundation

/// Refuses to publish a page set that carries an e-mail address, a phone number, an Individual
/// Number or a person_id from the data, naming the output line and, where it can, the source.
struct PrivacyGuard {
    let store: DisclosureStore
    let project: Project
    /// Strings pipeline.yaml admits on purpose (`allow_list:`), such as the contact desk's address.
    let allowed: Set<String>
    /// Where the output would be written, for the diagnostics' paths.
    let outputFolder: String

    /// Person ids shorter than this are not matched (they would match ordinary words and numbers).
    static let shortestPersonID = 4

    /// Located errors for everything the pages must not carry; empty when they are clean.
    func problems(in pages: [String: String]) throws(DiscloseError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var tokens: [String: [SourceLocation]] = [:]
        for name in pages.keys.sorted() {
            let path = (outputFolder as NSString).appendingPathComponent(name)
            for (offset, line) in (pages[name] ?? "").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let text = String(line)
                for match in SensitiveText.scan(text) where !allowed.contains(match.text) {
                    let location = SourceLocation(path: path, line: offset + 1, column: match.column)
                    diagnostics.append(.error(at: location, "refusing to publish \(match.kind.rawValue) '\(match.text)'\(source(of: match.text))"))
                }
                for (token, column) in Self.words(text) where token.count >= Self.shortestPersonID && !allowed.contains(token) {
                    tokens[token, default: []].append(SourceLocation(path: path, line: offset + 1, column: column))
                }
            }
        }
        for (id, row) in try personIDs(among: Set(tokens.keys)) {
            for location in tokens[id] ?? [] {
                diagnostics.append(.error(at: location, "refusing to publish a person_id '\(id)' (from \(row))"))
            }
        }
        return diagnostics.sorted()
    }

    /// Words made of letters, digits, `-`, `_` and `.`, with their 1-based columns.
    static func words(_ line: String) -> [(String, Int)] {
        var words: [(String, Int)] = []
        var current = ""
        var start = 0
        for (index, character) in line.enumerated() {
            if character.isLetter || character.isNumber || "-_.".contains(character) {
                if current.isEmpty { start = index + 1 }
                current.append(character)
            } else if !current.isEmpty {
                words.append((current, start))
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        return words.map { word, column in
            var trimmed = word
            while trimmed.last == "." || trimmed.last == "-" { trimmed.removeLast() }
            return (trimmed, column)
        }
    }

    /// The person ids among `candidates`, each with the data row it first came from.
    func personIDs(among candidates: Set<String>) throws(DiscloseError) -> [(String, String)] {
        guard !candidates.isEmpty else { return [] }
        let database = store.database
        try database.execute("CREATE TEMP TABLE IF NOT EXISTS output_words (word TEXT PRIMARY KEY); DELETE FROM output_words;")
        let insert = try database.prepare("INSERT OR IGNORE INTO output_words (word) VALUES (?)")
        for word in candidates.sorted() {
            try insert.bind([.text(word)])
            try insert.run()
        }
        var found: [String: String] = [:]
        for table in ["training", "appointments"] {
            let rows = try database.rows(
                """
                SELECT t.person_id, f.path, MIN(t.line) FROM \(table) t JOIN files f ON f.id = t.file_id
                WHERE t.person_id IN (SELECT word FROM output_words) GROUP BY t.person_id, f.path ORDER BY t.person_id, f.path
                """)
            for row in rows {
                if let id = row[0].text, let path = row[1].text, found[id] == nil {
                    found[id] = "\(path):\(row[2].integer ?? 0)"
                }
            }
        }
        return found.sorted { $0.key < $1.key }
    }

    /// " (from content/x.md:3)" when the text appears in pipeline.yaml, a narrative file or the registry.
    func source(of text: String) -> String {
        var candidates = [project.config.path] + project.config.sections.flatMap { $0.allPaths.map(project.path) }
        candidates.append((project.dataPath as NSString).appendingPathComponent("companies.csv"))
        for path in candidates {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let content = String(decoding: data, as: UTF8.self)
            for (offset, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(text) {
                return " (from \(path):\(offset + 1))"
            }
        }
        return ""
    }
}
