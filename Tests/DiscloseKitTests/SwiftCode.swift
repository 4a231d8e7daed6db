/// A small lexer for Swift source: enough to find declarations and identifier uses.
enum SwiftCode {
    struct Token {
        let text: String
        var isIdentifier: Bool { text.first.map { $0 == "_" || $0.isLetter } ?? false }
    }

    /// The code with comments and the text of string literals blanked (interpolated code is kept).
    static func strip(_ source: String) -> String {
        let bytes = Array(source.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        code(bytes, &index, &out, insideInterpolation: false)
        return String(decoding: out, as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\""), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
    private static let hash = UInt8(ascii: "#"), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
    private static let open = UInt8(ascii: "("), close = UInt8(ascii: ")"), space = UInt8(ascii: " ")

    private static func code(_ b: [UInt8], _ i: inout Int, _ out: inout [UInt8], insideInterpolation: Bool) {
        var depth = 0
        while i < b.count {
            let c = b[i]
            if c == slash, i + 1 < b.count, b[i + 1] == slash {
                while i < b.count, b[i] != newline { i += 1 }
            } else if c == slash, i + 1 < b.count, b[i + 1] == star {
                var nesting = 0
                repeat {
                    if b[i] == slash, i + 1 < b.count, b[i + 1] == star { nesting += 1; i += 2 }
                    else if b[i] == star, i + 1 < b.count, b[i + 1] == slash { nesting -= 1; i += 2 }
                    else { if b[i] == newline { out.append(newline) }; i += 1 }
                } while i < b.count && nesting > 0
                out.append(space)
            } else if c == quote || (c == hash && i + 1 < b.count && (b[i + 1] == quote || b[i + 1] == hash)) {
                var hashes = 0
                while i < b.count, b[i] == hash { hashes += 1; i += 1 }
                guard i < b.count, b[i] == quote else { continue }
                string(b, &i, &out, hashes: hashes)
            } else if insideInterpolation, c == open {
                depth += 1; out.append(c); i += 1
            } else if insideInterpolation, c == close {
                if depth == 0 { return }
                depth -= 1; out.append(c); i += 1
            } else {
                out.append(c); i += 1
            }
        }
    }

    /// Skips a string literal starting at its first quote; keeps the code of its interpolations.
    private static func string(_ b: [UInt8], _ i: inout Int, _ out: inout [UInt8], hashes: Int) {
        let multiline = i + 2 < b.count && b[i + 1] == quote && b[i + 2] == quote
        i += multiline ? 3 : 1
        out.append(space)
        func closes(at j: Int) -> Bool {
            let quotes = multiline ? 3 : 1
            guard j + quotes + hashes <= b.count else { return false }
            for k in 0..<quotes where b[j + k] != quote { return false }
            for k in 0..<hashes where b[j + quotes + k] != hash { return false }
            return true
        }
        while i < b.count {
            if closes(at: i) { i += (multiline ? 3 : 1) + hashes; return }
            if b[i] == backslash {
                var j = i + 1, count = 0
                while j < b.count, b[j] == hash, count < hashes { count += 1; j += 1 }
                if count == hashes, j < b.count, b[j] == open {
                    i = j + 1
                    out.append(space)
                    code(b, &i, &out, insideInterpolation: true)
                    out.append(space)
                    i += 1
                    continue
                }
                if hashes == 0 { i += 2; continue }
            }
            if b[i] == newline { out.append(newline) }
            i += 1
        }
    }

    /// Identifiers (backticks dropped) and single punctuation characters.
    static func tokens(_ code: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        for ch in code {
            if ch == "_" || ch.isLetter || ch.isNumber && !word.isEmpty {
                word.append(ch)
                continue
            }
            if !word.isEmpty { tokens.append(Token(text: word)); word = "" }
            if ch == "`" || ch.isWhitespace { continue }
            tokens.append(Token(text: String(ch)))
        }
        if !word.isEmpty { tokens.append(Token(text: word)) }
        return tokens
    }

    static let typeKeywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
    static let valueKeywords: Set<String> = ["func", "let", "var", "case"]

    /// Top-level names, names an extension adds to a type (non-private), and every name declared at any depth.
    static func declarations(_ tokens: [Token]) -> (topLevel: [String], extensionMembers: [String], all: [String]) {
        var topLevel: [String] = [], members: [String] = [], all: [String] = []
        var depth = 0
        var extensionDepth: Int?  // depth of the body of the extension we are in
        var pendingExtension = false
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "{":
                depth += 1
                if pendingExtension { extensionDepth = depth; pendingExtension = false }
            case "}":
                if depth == extensionDepth { extensionDepth = nil }
                depth -= 1
            case "extension" where depth == 0:
                pendingExtension = true
            default:
                let keyword = token.text
                guard typeKeywords.contains(keyword) || valueKeywords.contains(keyword), index + 1 < tokens.count else { continue }
                // `class func`, `class var`: a modifier, not a class.
                let next = tokens[index + 1]
                guard next.isIdentifier, !valueKeywords.contains(next.text), !typeKeywords.contains(next.text) else { continue }
                // `case Type.member:` in a switch is a pattern; an enum's cases are lower camel case.
                if keyword == "case", depth == 0 || next.text.first?.isUppercase == true { continue }
                all.append(next.text)
                if isPrivate(tokens, before: index) { continue }
                if depth == 0 {
                    topLevel.append(next.text)
                } else if let extensionDepth, depth == extensionDepth, keyword != "case" {
                    members.append(next.text)
                }
            }
        }
        return (topLevel, members, all)
    }

    static let modifiers: Set<String> = [
        "public", "internal", "package", "static", "final", "nonisolated", "override", "mutating", "lazy",
        "indirect", "open", "unowned", "weak", "(", ")", "set",
    ]

    /// Whether the modifiers before a declaration keyword make it `private` or `fileprivate`.
    static func isPrivate(_ tokens: [Token], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0 {
            let text = tokens[j].text
            if text == "private" || text == "fileprivate" { return true }
            guard modifiers.contains(text) else { return false }
            j -= 1
        }
        return false
    }
}
