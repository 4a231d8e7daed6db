import Foundation

/// Text in the form the privacy checks compare, with the original character each scalar came from.
///
/// Every view is NFKC-normalised (full-width digits, `＠`, `－` and the ideographic space become
/// ASCII), has every dash written as `-`, and has control and invisible format characters removed;
/// HTML character references, JSON `\uXXXX` escapes and `%40` are decoded. `rendered` also drops
/// HTML tags and collapses white space (what a reader sees); `plain` also drops Markdown emphasis
/// and escapes (`*`, `_`, `` ` ``, `~`, `\`), so `06-6123-*4567*` reads as `06-6123-4567`.
struct NormalizedText {
    var scalars: [Unicode.Scalar] = []
    /// For each scalar, the index of the original character it came from.
    var origins: [Int] = []

    /// The three views of `characters`: as written, as rendered, and as plain text. The plain view
    /// drops Markdown punctuation before tags, so an escaped tag (`080-\\<\\!-- --\\>5512`, as a
    /// Markdown page writes `<!-- -->` from a narrative) is a tag there too.
    static func views(of characters: [Character]) -> [NormalizedText] {
        let written = decodingReferences(normalizing(characters))
        let rendered = renderedForm(of: written)
        return [written, rendered, renderedForm(of: written.filtered { !markdownPunctuation.contains($0) })]
    }

    /// One value (a person id, an allowed string) as the checks compare it: the rendered view, trimmed.
    static func comparable(_ text: String) -> [Unicode.Scalar] {
        let special: Set<Unicode.Scalar> = ["&", "\\", "%", "<", " ", "\t", "\n", "\r"]
        if text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !special.contains($0) }) {
            return Array(text.unicodeScalars)
        }
        var scalars = views(of: Array(text))[1].scalars
        while scalars.first == " " || scalars.first == "\n" { scalars.removeFirst() }
        while scalars.last == " " || scalars.last == "\n" { scalars.removeLast() }
        return scalars
    }

    static let markdownPunctuation: Set<Unicode.Scalar> = ["*", "_", "`", "~", "\\"]

    /// Dashes, hyphens and minus signs that people type between digits.
    static let dashes: Set<UInt32> = [
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D, 0x30FC, 0xFF70, 0x2E3A,
    ]

    func filtered(_ keep: (Unicode.Scalar) -> Bool) -> NormalizedText {
        var result = NormalizedText()
        for (scalar, origin) in zip(scalars, origins) where keep(scalar) {
            result.scalars.append(scalar)
            result.origins.append(origin)
        }
        return result
    }

    mutating func append(_ scalar: Unicode.Scalar, from origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    /// NFKC per character, dashes unified, control and format characters (NUL, zero-width space, soft hyphen…) removed.
    static func normalizing(_ characters: [Character]) -> NormalizedText {
        var result = NormalizedText()
        result.scalars.reserveCapacity(characters.count)
        result.origins.reserveCapacity(characters.count)
        var cache: [Character: [Unicode.Scalar]] = [:]
        for (index, character) in characters.enumerated() {
            if character.isASCII {
                for scalar in character.unicodeScalars where !isRemovedControl(scalar) { result.append(scalar, from: index) }
                continue
            }
            let mapped: [Unicode.Scalar]
            if let known = cache[character] {
                mapped = known
            } else {
                // `～` is the wave dash of Japanese text (`〜` as Windows writes it), not Markdown's `~`.
                let text = character == "\u{FF5E}" ? "\u{301C}" : String(character).precomposedStringWithCompatibilityMapping
                mapped = text.unicodeScalars.compactMap(normalizedScalar)
                cache[character] = mapped
            }
            for scalar in mapped {
                // NFKC leaves half-width `ｽﾞ` as `ス` and a combining mark here: compose it as `ズ`.
                if scalar.value == 0x3099 || scalar.value == 0x309A, let last = result.scalars.last,
                    let composed = voicedKana[UInt64(last.value) << 32 | UInt64(scalar.value)]
                {
                    result.scalars[result.scalars.count - 1] = composed
                    continue
                }
                result.append(scalar, from: index)
            }
        }
        return result
    }

    /// Kana with a voiced or semi-voiced mark (`ズ`, `パ`, `ヴ`), by base kana and combining mark.
    static let voicedKana: [UInt64: Unicode.Scalar] = {
        var table: [UInt64: Unicode.Scalar] = [:]
        for value in UInt32(0x3041)...0x30FA {
            guard let kana = Unicode.Scalar(value) else { continue }
            for mark in [UInt32(0x3099), 0x309A] {
                for base in (value - 2)...(value - 1) {
                    guard let baseScalar = Unicode.Scalar(base), let markScalar = Unicode.Scalar(mark) else { continue }
                    // Swift compares strings by canonical equivalence: `ズ` equals `ス` + U+3099.
                    if String(Character(kana)) == String(String.UnicodeScalarView([baseScalar, markScalar])) {
                        table[UInt64(base) << 32 | UInt64(mark)] = kana
                    }
                }
            }
        }
        // ヴ and ゔ are far from ウ and う, ヷ–ヺ from ワ–ヲ.
        for (kana, base) in [(0x30F4, 0x30A6), (0x3094, 0x3046), (0x30F7, 0x30EF), (0x30F8, 0x30F0), (0x30F9, 0x30F1), (0x30FA, 0x30F2)] {
            if let scalar = Unicode.Scalar(UInt32(kana)) { table[UInt64(base) << 32 | 0x3099] = scalar }
        }
        return table
    }()

    static func isRemovedControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    /// One scalar after NFKC: a dash becomes `-`, white space a space, controls and format characters nothing.
    static func normalizedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if dashes.contains(scalar.value) { return "-" }
        switch scalar.properties.generalCategory {
        case .control: return scalar == "\t" || scalar == "\n" || scalar == "\r" ? scalar : nil
        case .format: return nil
        default: break
        }
        if scalar.properties.isWhitespace { return " " }
        return scalar
    }

    /// Decodes `&#64;`, `&#x40;`, `&commat;` (and the other common named references), `\u0040` and `%40`.
    static func decodingReferences(_ text: NormalizedText) -> NormalizedText {
        let s = text.scalars
        var result = NormalizedText()
        result.scalars.reserveCapacity(s.count)
        result.origins.reserveCapacity(s.count)
        var index = 0
        while index < s.count {
            if let (decoded, length) = reference(in: s, at: index) {
                let origin = text.origins[index]
                let normalized = String(Character(decoded)).precomposedStringWithCompatibilityMapping.unicodeScalars
                for scalar in normalized { if let kept = normalizedScalar(scalar) { result.append(kept, from: origin) } }
                index += length
            } else {
                result.append(s[index], from: text.origins[index])
                index += 1
            }
        }
        return result
    }

    static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "commat": "@", "period": ".",
        "hyphen": "-", "dash": "-", "minus": "-", "lpar": "(", "rpar": ")", "num": "#", "colon": ":", "plus": "+",
        "lowbar": "_", "ast": "*", "grave": "`", "bsol": "\\", "sol": "/", "excl": "!", "equals": "=",
    ]

    static let percentEncoded: [String: Unicode.Scalar] = ["40": "@", "2E": ".", "2e": ".", "2B": "+", "2b": "+", "2D": "-", "2d": "-", "20": " "]

    /// The scalar a reference at `index` stands for, and how many scalars it spans.
    static func reference(in s: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        switch s[index] {
        case "&":
            var end = index + 1
            while end < s.count, end - index <= 12, s[end] != ";", s[end].properties.isAlphabetic || s[end].isASCIIHexDigit || s[end] == "#" {
                end += 1
            }
            guard end < s.count, s[end] == ";", end > index + 1 else { return nil }
            let body = String(String.UnicodeScalarView(s[(index + 1)..<end]))
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { ($0, end - index + 1) }
            }
            if body.hasPrefix("#") {
                return UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { ($0, end - index + 1) }
            }
            return namedReferences[body].map { ($0, end - index + 1) }
        case "\\":
            guard index + 5 < s.count, s[index + 1] == "u" || s[index + 1] == "U" else { return nil }
            let hex = String(String.UnicodeScalarView(s[(index + 2)..<(index + 6)]))
            guard hex.unicodeScalars.allSatisfy(\.isASCIIHexDigit), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                return nil
            }
            return (scalar, 6)
        case "%":
            guard index + 2 < s.count else { return nil }
            return percentEncoded[String(String.UnicodeScalarView(s[(index + 1)...(index + 2)]))].map { ($0, 3) }
        default:
            return nil
        }
    }

    /// Tags (`<em>`, `</span>`, `<!-- … -->`) removed and runs of white space collapsed to one space
    /// (one line break when the run holds one).
    static func renderedForm(of text: NormalizedText) -> NormalizedText {
        let s = text.scalars
        var result = NormalizedText()
        result.scalars.reserveCapacity(s.count)
        result.origins.reserveCapacity(s.count)
        var index = 0
        while index < s.count {
            let scalar = s[index]
            if scalar == "<", index + 1 < s.count, s[index + 1].isASCIILetter || "/!?".unicodeScalars.contains(s[index + 1]) {
                var end = index + 1
                while end < s.count, end - index < 4096, s[end] != ">", s[end] != "<" { end += 1 }
                if end < s.count, s[end] == ">" {
                    index = end + 1
                    continue
                }
            }
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                // A run holding a line break is one `\n` (numbers read it as a space, but an Individual
                // Number may end a line: `… 6444\n9957 6807 0336`), any other one space.
                let breaks = scalar == "\n" || scalar == "\r"
                if result.scalars.last == " " || result.scalars.last == "\n" {
                    if breaks { result.scalars[result.scalars.count - 1] = "\n" }
                } else {
                    result.append(breaks ? "\n" : " ", from: text.origins[index])
                }
            } else {
                result.append(scalar, from: text.origins[index])
            }
            index += 1
        }
        return result
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
    var isASCIIHexDigit: Bool { isASCIIDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
}
