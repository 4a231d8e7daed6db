/// The contents of a Swift file's string literals (`SwiftCode` blanks them; this keeps them): line and
/// (nested) block comments skipped, plain, multi-line and raw (`#"…"#`) strings, and interpolations, whose
/// code may hold strings of its own.
struct SwiftStringLiterals {
    /// Each string literal's contents in `text`, in the order they close.
    static func of(_ text: String) -> [String] {
        var lexer = SwiftStringLiterals(text)
        lexer.readCode(untilClosingParenthesis: false)
        return lexer.literals
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var literals: [String] = []

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func readCode(untilClosingParenthesis: Bool) {
        var depth = 0
        while let scalar = peek() {
            if scalar == "/", peek(1) == "/" {
                while let next = peek(), next != "\n" { index += 1 }
                continue
            }
            if scalar == "/", peek(1) == "*" {
                skipBlockComment()
                continue
            }
            if scalar == "#" || scalar == "\"" {
                var hashes = 0
                while peek(hashes) == "#" { hashes += 1 }
                if peek(hashes) == "\"" {
                    index += hashes
                    readString(hashes: hashes)
                    continue
                }
            }
            if untilClosingParenthesis {
                if scalar == "(" { depth += 1 }
                if scalar == ")" {
                    if depth == 0 {
                        index += 1
                        return
                    }
                    depth -= 1
                }
            }
            index += 1
        }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        while let scalar = peek() {
            if scalar == "/", peek(1) == "*" {
                depth += 1
                index += 2
            } else if scalar == "*", peek(1) == "/" {
                depth -= 1
                index += 2
                if depth == 0 { return }
            } else {
                index += 1
            }
        }
    }

    /// Reads a literal whose opening quote is at `index`, preceded by `hashes` `#`.
    private mutating func readString(hashes: Int) {
        let multiline = peek(1) == "\"" && peek(2) == "\""
        index += multiline ? 3 : 1
        let quotes = multiline ? 3 : 1
        var contents = String.UnicodeScalarView()
        while let scalar = peek() {
            if scalar == "\"", (0..<quotes).allSatisfy({ peek($0) == "\"" }), (0..<hashes).allSatisfy({ peek(quotes + $0) == "#" }) {
                index += quotes + hashes
                break
            }
            if scalar == "\\", (0..<hashes).allSatisfy({ peek(1 + $0) == "#" }) {
                let after = peek(1 + hashes)
                if after == "(" {
                    index += 2 + hashes
                    readCode(untilClosingParenthesis: true)
                    contents.append(contentsOf: "\\(…)".unicodeScalars)
                    continue
                }
                contents.append(contentsOf: scalars[index..<min(scalars.count, index + 2 + hashes)])
                index += 2 + hashes
                continue
            }
            contents.append(scalar)
            index += 1
        }
        literals.append(String(contents))
    }
}
