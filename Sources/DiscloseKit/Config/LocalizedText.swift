/// A human text of pipeline.yaml in every language of the disclosure (`{en: …, ja: …}`), by language code.
public struct LocalizedText: Sendable, Hashable {
    /// Language code → text.
    public var texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    /// The same text in each of `languages` (a single-language project's plain string).
    public init(_ text: String, languages: [String]) {
        texts = Dictionary(uniqueKeysWithValues: languages.map { ($0, text) })
    }

    /// The text in `language`; the first language's text (by code) when missing, never a crash.
    public subscript(_ language: String) -> String {
        texts[language] ?? texts.keys.sorted().first.flatMap { texts[$0] } ?? ""
    }

    /// The languages this text is written in, sorted.
    public var languages: [String] { texts.keys.sorted() }
}
