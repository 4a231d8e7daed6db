/// Every word of the page in one language: the words table, its formats and the page templates.
///
/// A `Report` holds values only; an edition turns them into text. Adding a language is one new
/// folder here with a words table (`Edition+<Language>.swift`) and an entry in `Edition.builtIn`.
public struct Edition: Sendable {
    /// The BCP 47 language code (`en`, `ja`): the `<html lang>`, the key of texts in pipeline.yaml.
    public var language: String
    /// Every word and format of the edition, by key.
    public var words: [Word: String]
    /// Page templates by file name; the shared built-in ones (which take every word from `words`) by default.
    public var templates: [String: String]

    public init(language: String, words: [Word: String], templates: [String: String] = PageTemplates.all) {
        self.language = language
        self.words = words
        self.templates = templates
    }

    /// The word for `key` (the key itself when the table lacks it, so a gap shows instead of vanishing).
    public subscript(_ key: Word) -> String {
        words[key] ?? key.rawValue
    }

    /// The word for `key` with every `{name}` replaced by its value.
    public func format(_ key: Word, _ values: [String: String] = [:]) -> String {
        Edition.fill(self[key], values)
    }

    /// Replaces every `{name}` of `pattern` by `values[name]`, in one pass (values are never re-read as patterns).
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        guard pattern.contains("{") else { return pattern }
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

extension Edition {
    /// The editions that ship with disclose, by language.
    public static let builtIn: [Edition] = [.english, .japanese]

    /// The built-in edition for `language`, if there is one.
    public static func named(_ language: String, among editions: [Edition] = builtIn) -> Edition? {
        editions.first { $0.language == language }
    }
}
