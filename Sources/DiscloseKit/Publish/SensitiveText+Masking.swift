extension SensitiveText {
    /// `text` with every e-mail address, phone number and Individual Number replaced by `[withheld: KIND]`,
    /// for names taken from the file system (folder names) before they are shown anywhere.
    static func masked(_ text: String) -> String {
        let matches = scan(text)
        guard !matches.isEmpty else { return text }
        var characters = Array(text)
        for match in matches.reversed() {
            let start = match.column - 1
            let end = min(characters.count, start + match.text.count)
            guard start >= 0, start < end else { continue }
            characters.replaceSubrange(start..<end, with: Array("[withheld: \(match.kind.rawValue)]"))
        }
        return String(characters)
    }
}
