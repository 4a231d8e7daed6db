/// A hint for the usual cause of a YAML syntax error: an unquoted value starting with a YAML indicator.
enum YAMLSyntaxHint {
    /// Characters that cannot start a plain (unquoted) value: `>= 90%` starts a folded block, `*x` an alias.
    static let indicators: Set<Character> = [">", "|", "*", "&", "!", "%", "@", "`"]

    /// "; quote it: target: \">= 90%\" (…)" for the first such value on `line` (1-based) or the line before it, else "".
    static func hint(in bytes: [UInt8], line: Int) -> String {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for number in [line, line - 1] where number >= 1 && number <= lines.count {
            if let suggestion = quoted(String(lines[number - 1])) {
                return "; quote it: \(suggestion.text) (line \(number): a value starting with '\(suggestion.indicator)' must be quoted)"
            }
        }
        return ""
    }

    /// The line rewritten with its value quoted, when the value after `key:` or `- ` starts with an indicator.
    static func quoted(_ line: String) -> (indicator: Character, text: String)? {
        let trimmed = line.hasSuffix("\r") ? String(line.dropLast()) : line
        let body = trimmed.drop { $0 == " " }
        var prefix: Substring
        var value: Substring
        if body.hasPrefix("- ") {
            prefix = body.prefix(2)
            value = body.dropFirst(2)
        } else if let colon = body.range(of: ": ") {
            prefix = body[..<colon.upperBound]
            value = body[colon.upperBound...]
        } else {
            return nil
        }
        let leading = value.prefix { $0 == " " }
        value = value.dropFirst(leading.count)
        prefix += leading
        guard let first = value.first, indicators.contains(first) else { return nil }
        let comment = value.range(of: " #")
        let scalar = comment.map { value[..<$0.lowerBound] } ?? value
        let escaped = scalar.trimmingTrailingSpaces.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return (first, "\(prefix.trimmingLeadingSpaces)\"\(escaped)\"")
    }
}

extension Substring {
    var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
    var trimmingTrailingSpaces: String { String(self).trimmingTrailingSpaces }
}
