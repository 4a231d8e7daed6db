/// Line breaking for chart labels, which SVG does not wrap by itself: at spaces in Latin text and between phrases in
/// Japanese (after a run of kana particles or punctuation), never before small kana, a prolonged sound mark or closing
/// punctuation, never after opening punctuation, and never inside a Latin word or a number.
extension SVGChart {
    /// At most two lines that fit `width` units at the chart's font size; the second ends in "…" when the text is
    /// longer still.
    static func wrap(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        let limit = width * 10
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            while start < characters.count, characters[start] == " " { start += 1 }
            guard start < characters.count else { break }
            var used = 0
            var end = start
            while end < characters.count, used + units(characters[end]) <= limit {
                used += units(characters[end])
                end += 1
            }
            if end == characters.count {
                lines.append(String(characters[start..<end]))
                break
            }
            if lines.count == 1 {
                lines.append(shortened(String(characters[start...]), limit: limit))
                break
            }
            let cut = breakPoint(characters, from: start, upTo: end)
            lines.append(String(characters[start..<cut]).trimming(" "))
            start = cut
        }
        return lines
    }

    /// The last place in `start < p ≤ end` where a line may end: a phrase boundary if there is one, else any place
    /// the kinsoku rules allow, else the first such place a few characters on (the line runs a little long rather
    /// than start with a small kana), else `end` (a single word longer than the line).
    static func breakPoint(_ characters: [Character], from start: Int, upTo end: Int) -> Int {
        for phrase in [true, false] {
            var point = end
            while point > start {
                if mayBreak(characters, before: point, phrasesOnly: phrase) { return point }
                point -= 1
            }
        }
        for point in (end + 1)..<min(characters.count, end + 4) where mayBreak(characters, before: point, phrasesOnly: false) {
            return point
        }
        return end
    }

    /// True when a line may break between `characters[index - 1]` and `characters[index]`.
    static func mayBreak(_ characters: [Character], before index: Int, phrasesOnly: Bool) -> Bool {
        guard index > 0, index < characters.count else { return index == characters.count }
        let before = characters[index - 1]
        let after = characters[index]
        if after == " " || before == " " { return true }
        if noLineStart.contains(after) || noLineEnd.contains(before) { return false }
        let wideBefore = isWide(before)
        let wideAfter = isWide(after)
        guard wideBefore || wideAfter else { return false }
        if !phrasesOnly { return wideBefore && wideAfter }
        if phraseEnd.contains(before) { return true }
        // The end of a run of hiragana (particles, inflections) before a word in kanji, katakana or Latin letters.
        return isHiragana(before) && !isHiragana(after)
    }

    /// Characters that never begin a line (JIS X 4051 kinsoku): small kana, the prolonged sound mark, closing brackets
    /// and punctuation.
    static let noLineStart: Set<Character> = Set("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー、。，．・：；？！）」』】〕〉》］｝〙〗”’%％,.:;?!)]}…")
    /// Characters that never end a line: opening brackets.
    static let noLineEnd: Set<Character> = Set("（「『【〔〈《［｛〘〖“‘([{")
    /// Punctuation after which a Japanese phrase ends.
    static let phraseEnd: Set<Character> = Set("、。・：）」』】")

    static func isHiragana(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3041...0x309F).contains(scalar.value)
    }

    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.value >= 0x1100 && (scalar.value <= 0x115F || (0x2E80...0xFFDC).contains(scalar.value))
    }

    /// `line` with "…" at its end, within `limit` (tenths of a unit).
    static func shortened(_ line: String, limit: Int) -> String {
        var result = ""
        var used = units("…")
        for character in line {
            let advance = units(character)
            if used + advance > limit { break }
            result.append(character)
            used += advance
        }
        return result.trimming(" ") + "…"
    }

    /// A character's width in tenths of a unit at the chart's font size: full for CJK, about 0.56 em otherwise.
    static func units(_ character: Character) -> Int {
        fontSize * (isWide(character) ? 10 : 6)
    }
}
