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
    /// Each built-in metric's rule in this language, by metric id (`disclose explain`, the evidence pack); a metric
    /// missing here is explained in the metric catalog's own (English) words.
    public var rules: [String: String]

    public init(
        language: String, words: [Word: String], templates: [String: String] = PageTemplates.all, rules: [String: String] = [:]
    ) {
        self.language = language
        self.words = words
        self.templates = templates
        self.rules = rules
    }

    /// The rule of built-in metric `id` in this edition's words (nil for a `sql:` metric).
    public func rule(_ id: String) -> String? {
        rules[id] ?? MetricCatalog.all[id]?.rule
    }

    /// A company scope in words: "major overseas subsidiaries", "海外の主要な子会社".
    public func scope(_ scope: CompanyScope) -> String {
        let region = scope.region.map {
            $0.map { self[$0 == .domestic ? .scopeDomestic : .scopeOverseas] }.joined(separator: self[.scopeOr])
        } ?? ""
        let major = scope.major.map { self[$0 ? .scopeMajor : .scopeNonMajor] } ?? ""
        let relationship = scope.relationship.map {
            $0.map { kind -> String in
                switch kind {
                case .parent: return self[.scopeParent]
                case .subsidiary: return self[.scopeSubsidiaries]
                case .subSubsidiary: return self[.scopeSubSubsidiaries]
                }
            }.joined(separator: self[.scopeAnd])
        } ?? self[.scopeGroupCompanies]
        let codes = scope.company.map { format(.scopeCompanies, ["codes": $0.joined(separator: ", ")]) } ?? ""
        let text = format(.scopePattern, ["region": region, "major": major, "relationship": relationship, "companies": codes])
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
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
