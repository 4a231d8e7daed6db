/// A character encoding a data file may be read in (`encodings:` in pipeline.yaml).
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    /// Windows code page 932, what Excel in Japan saves as "CSV" (Shift_JIS with Microsoft's extensions).
    case cp932

    /// Spellings accepted in pipeline.yaml, by encoding.
    static let aliases: [String: TextEncoding] = [
        "utf-8": .utf8, "utf8": .utf8, "cp932": .cp932, "shift_jis": .cp932, "shift-jis": .cp932, "sjis": .cp932,
        "windows-31j": .cp932, "ms932": .cp932,
    ]

    /// The encoding a pipeline.yaml spelling names, case-insensitively; nil when unknown.
    init?(name: String) {
        guard let encoding = Self.aliases[name.lowercased()] else { return nil }
        self = encoding
    }

    /// The name as iconv and messages spell it.
    var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .cp932: return "CP932"
        }
    }
}
