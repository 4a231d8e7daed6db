/// One part of the page that a person approves, in one edition (language): the page's frame, its head, header,
/// contents and footer, a section (`governance`, `metrics`, …) or one goal's row (`goal:web-training`).
///
/// Parts are made while rendering (`PageSet`), never found again in rendered text. Its texts are what the part
/// holds in each format of the page; the digest covers every format, so an edit to any view changes it.
public struct PagePart: Sendable, Hashable {
    /// The edition's language code (`en`, `ja`).
    public var edition: String
    /// `page`, `head`, `header`, `contents`, a section key, `footer`, or `goal:<goal id>`.
    public var key: String
    /// What the page calls it: the section heading, the goal's text, the edition's word for a part of the shell.
    public var name: String
    /// The part's text per format (a part a format lacks, like the HTML head in Markdown, is empty there).
    public var texts: [PageFormat: String]

    public init(edition: String, key: String, name: String, texts: [PageFormat: String]) {
        self.edition = edition
        self.key = key
        self.name = name
        self.texts = texts
    }

    public var markdown: String { texts[.markdown] ?? "" }
    public var html: String { texts[.html] ?? "" }
    public var xhtml: String { texts[.xhtml] ?? "" }

    /// SHA-256 of the Markdown text, one NUL byte, the HTML text, one NUL byte, then the XHTML (inline XBRL) text.
    public var sha256: String {
        SHA256.hex(of: markdown + "\u{0}" + html + "\u{0}" + xhtml)
    }

    /// True for a goal's row.
    public var isGoal: Bool { key.hasPrefix(PagePart.goalPrefix) }

    static let goalPrefix = "goal:"
}
