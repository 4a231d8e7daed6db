import Foundation

/// One human text of a disclosure in every language: what data.json records, so `check` can tell a text
/// changed in one language and not in the others since the last build.
public struct TranslatedText: Sendable, Equatable {
    /// What the text belongs to: `disclosure`, `goal 'web-training'`, `section 'governance'`.
    public var owner: String
    /// Which text of it: `text`, `achievement`, `label`, `title`, `file`.
    public var field: String
    public var location: SourceLocation
    /// Language → the text; for a section, `sha256:` and the digest of its file.
    public var texts: [String: String]

    /// Every human text of the project's pipeline.yaml and sections, in file order.
    /// Empty for a one-language disclosure: there is nothing to keep in step.
    public static func all(in project: Project) -> [TranslatedText] {
        let config = project.config
        guard config.disclosure.languages.count > 1 else { return [] }
        let top = SourceLocation(path: config.path, line: 1, column: 1)
        var list: [TranslatedText] = [
            TranslatedText(owner: "disclosure", field: "title", location: top, texts: config.disclosure.title.texts),
            TranslatedText(owner: "disclosure", field: "organization", location: top, texts: config.disclosure.organization.texts),
        ]
        if let note = config.disclosure.scopeNote {
            list.append(TranslatedText(owner: "disclosure", field: "scope_note", location: top, texts: note.texts))
        }
        for course in config.courses {
            list.append(TranslatedText(owner: "course '\(course.code)'", field: "title", location: top, texts: course.title.texts))
        }
        for goal in config.mediumTerm?.goals ?? [] {
            list.append(TranslatedText(owner: "medium-term goal '\(goal.id)'", field: "title", location: top, texts: goal.title.texts))
        }
        for figure in config.figures {
            list.append(TranslatedText(owner: "figure '\(figure.name)'", field: "label", location: figure.location, texts: figure.label.texts))
        }
        for goal in config.goals {
            list.append(TranslatedText(owner: "goal '\(goal.id)'", field: "text", location: goal.location, texts: goal.text.texts))
            if let achievement = goal.achievement {
                list.append(
                    TranslatedText(owner: "goal '\(goal.id)'", field: "achievement", location: goal.location, texts: achievement.texts))
            }
        }
        for section in config.sections {
            var digests: [String: String] = [:]
            for (language, path) in section.paths {
                // Read as the build reads it: never opens what is not a regular file inside the project (a FIFO would block).
                let text = try? project.readText(project.path(path), kind: "narrative file")
                digests[language] = text.map { "sha256:" + SHA256.hex(of: $0) } ?? "unreadable"
            }
            list.append(TranslatedText(owner: section.owner, field: "file", location: section.location, texts: digests))
        }
        return list
    }

    /// Warnings for texts changed since `published` in some languages and not in others:
    /// "goal 'web-training': en text changed, ja text did not".
    public static func drift(_ current: [TranslatedText], since published: [TranslatedText]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in current {
            guard let before = published.first(where: { $0.owner == text.owner && $0.field == text.field }) else { continue }
            let languages = text.texts.keys.sorted().filter { before.texts[$0] != nil }
            let changed = languages.filter { before.texts[$0] != text.texts[$0] }
            let unchanged = languages.filter { before.texts[$0] == text.texts[$0] }
            guard !changed.isEmpty, !unchanged.isEmpty else { continue }
            let field = text.field
            diagnostics.append(
                .warning(
                    at: text.location,
                    "\(text.owner): \(changed.map { "\($0) \(field)" }.joined(separator: ", ")) changed, "
                        + "\(unchanged.map { "\($0) \(field)" }.joined(separator: ", ")) did not (since the last build's data.json)"))
        }
        return diagnostics
    }

    /// The texts data.json recorded (`texts` of a multi-language disclosure); empty when none was published.
    public static func published(inFolder folder: String) -> [TranslatedText] {
        let path = (folder as NSString).appendingPathComponent("data.json")
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let owners = object["texts"] as? [String: Any]
        else { return [] }
        var list: [TranslatedText] = []
        for (owner, fields) in owners {
            for (field, texts) in fields as? [String: Any] ?? [:] {
                guard let texts = texts as? [String: String] else { continue }
                list.append(TranslatedText(owner: owner, field: field, location: SourceLocation(path: path), texts: texts))
            }
        }
        return list
    }
}
