/// Writes YAML scalars that libyaml reads back to exactly the same text.
enum YAMLText {
    /// A plain scalar when that is unambiguous, otherwise a double-quoted one.
    static func scalar(_ text: String) -> String {
        let plainSafe = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_.:/ ".unicodeScalars.contains(scalar)
        }
        let reserved = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        if plainSafe, let first = text.unicodeScalars.first, first.properties.isAlphabetic || first.properties.numericType != nil,
            text.last != " ", !text.contains(": "), !text.hasSuffix(":"), !reserved.contains(text.lowercased())
        {
            return text
        }
        return quoted(text)
    }

    /// A double-quoted scalar with every character that could be misread escaped.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case "\u{85}": output += "\\N"
            case "\u{2028}": output += "\\L"
            case "\u{2029}": output += "\\P"
            case "\u{FEFF}": output += "\\uFEFF"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                output += "\\x" + (hex.count == 1 ? "0" : "") + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// A literal block (`|2-`, lines indented by `indent`) for multi-line text that a block keeps exactly;
    /// a double-quoted scalar otherwise. Ends with a newline.
    static func block(_ text: String, indent: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let keepsExactly = !text.isEmpty && !text.hasSuffix("\n") && lines.allSatisfy { line in
            line.last != " " && line.last != "\t"
                && line.unicodeScalars.allSatisfy { scalar in
                    scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value != 0x85
                        && scalar != "\u{2028}" && scalar != "\u{2029}" && scalar != "\u{FEFF}" && scalar != "\r")
                }
        }
        guard keepsExactly else { return quoted(text) + "\n" }
        let pad = String(repeating: " ", count: indent)
        return "|2-\n" + lines.map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n") + "\n"
    }
}
