/// A run of digit groups joined by phone punctuation (a dash, dot, slash, space or brackets, see
/// `Joint`), read as phone numbers and Individual Numbers by the shapes people write them in.
///
/// Digits are ASCII (every other form NFKC folds has become ASCII before); with `kanji`, the kanji
/// digits written one by one (`〇八〇`) count too, in a second pass over runs that hold one.
struct NumberRun {
    /// One group of consecutive digits: scalar range and digits.
    struct Group {
        var range: Range<Int>
        var digits: [Int]
        /// True when the separator before the group holds a line break.
        var afterBreak = false
    }

    var groups: [Group] = []
    /// True when the run starts with `+` (an international number).
    var international = false
    /// Where the run starts (`+` or `(` included).
    var start = 0
    /// True when kanji digits count as digits (the second pass).
    var kanji = false

    /// Every phone number and check-digit-valid Individual Number in `s`: runs of ASCII digits, then
    /// (when `s` holds a kanji digit) runs that hold kanji digits, read with those as digits.
    static func matches(in s: [Unicode.Scalar]) -> [(kind: SensitiveText.Kind, range: Range<Int>)] {
        var found = matches(in: s, kanji: false)
        if s.contains(where: { $0.value >= 0x3007 && $0.kanjiDigitValue != nil }) { found += matches(in: s, kanji: true) }
        return found
    }

    /// One pass: with `kanji`, only the runs holding a kanji digit (the others the ASCII pass read alike).
    static func matches(in s: [Unicode.Scalar], kanji: Bool) -> [(kind: SensitiveText.Kind, range: Range<Int>)] {
        var found: [(kind: SensitiveText.Kind, range: Range<Int>)] = []
        var index = 0
        while index < s.count {
            let scalar = s[index]
            let opens = (scalar == "+" || scalar == "(") && index + 1 < s.count && (s[index + 1].isDigit(kanji) || s[index + 1] == "(")
            guard scalar.isDigit(kanji) || opens, index == 0 || !s[index - 1].isDigit(kanji) else {
                index += 1
                continue
            }
            let run = read(s, from: index, kanji: kanji)
            if !kanji || run.holdsKanji(s) { found += run.matches(in: s) }
            index = max(run.groups.last?.range.upperBound ?? index + 1, index + 1)
        }
        return found
    }

    /// Reads groups from `start` while each is followed by one to three separators and another digit.
    static func read(_ s: [Unicode.Scalar], from start: Int, kanji: Bool = false) -> NumberRun {
        var run = NumberRun(start: start, kanji: kanji)
        var index = start
        if s[index] == "+" {
            run.international = true
            index += 1
        }
        while index < s.count, s[index] == "(" || s[index] == " " { index += 1 }
        while index < s.count, s[index].isDigit(kanji) {
            var end = index
            var digits: [Int] = []
            while end < s.count, let value = s[end].digitValue(kanji) {
                digits.append(value)
                end += 1
            }
            let afterBreak = run.groups.last.map { s[$0.range.upperBound..<index].contains("\n") } ?? false
            run.groups.append(Group(range: index..<end, digits: digits, afterBreak: afterBreak))
            var next = end
            while next < s.count, next - end < 3, Joint(s[next]) != nil { next += 1 }
            guard next > end, next < s.count, s[next].isDigit(kanji), isSeparator(s[end..<next]), run.groups.count < 12 else { break }
            index = next
        }
        return run
    }

    /// Brackets and spaces, with at most one dash, dot or slash (`) `, ` (`, `)-`, `- ` and ` ・ ` are fine).
    static func isSeparator(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var joiners = 0
        for scalar in scalars where Joint(scalar)?.joins == true { joiners += 1 }
        return joiners <= 1
    }

    /// True when a group of the run holds a kanji digit.
    func holdsKanji(_ s: [Unicode.Scalar]) -> Bool {
        groups.contains { group in s[group.range].contains { !$0.isASCIIDigit } }
    }

    /// The longest phone number or Individual Number starting at each group, left to right.
    func matches(in s: [Unicode.Scalar]) -> [(kind: SensitiveText.Kind, range: Range<Int>)] {
        var found: [(kind: SensitiveText.Kind, range: Range<Int>)] = []
        var first = 0
        while first < groups.count {
            var matched = false
            for last in stride(from: min(groups.count - 1, first + 6), through: first, by: -1) {
                if let kind = kind(first...last, in: s) {
                    found.append((kind, range(first...last, in: s)))
                    first = last + 1
                    matched = true
                    break
                }
            }
            if !matched { first += 1 }
        }
        return found
    }

    /// The scalars a match covers: a leading `+` or `(` of the run, and a closing bracket.
    func range(_ span: ClosedRange<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        var lower = groups[span.lowerBound].range.lowerBound
        if span.lowerBound == 0 {
            lower = start
        } else if lower > 0, s[lower - 1] == "(" {
            lower -= 1
        }
        var upper = groups[span.upperBound].range.upperBound
        let opened = s[lower..<upper].filter { $0 == "(" }.count - s[lower..<upper].filter { $0 == ")" }.count
        if upper < s.count, s[upper] == ")", opened > 0 { upper += 1 }
        return lower..<upper
    }

    /// What the groups `span` are, if anything: the boundary is an ASCII letter or digit only.
    func kind(_ span: ClosedRange<Int>, in s: [Unicode.Scalar]) -> SensitiveText.Kind? {
        guard Self.mayBeAMatch(groups[span], international: international && span.lowerBound == 0) else { return nil }
        return fullKind(span, in: s)
    }

    /// `kind` without the quick test of `mayBeAMatch` (which never changes its answer, only its cost).
    func fullKind(_ span: ClosedRange<Int>, in s: [Unicode.Scalar]) -> SensitiveText.Kind? {
        let parts = groups[span]
        let digits = parts.flatMap(\.digits)
        let lengths = parts.map(\.digits.count)
        let plus = international && span.lowerBound == 0
        let before = span.lowerBound == 0 && start > 0 ? s[start - 1] : nil
        let end = groups[span.upperBound].range.upperBound
        let after = span.upperBound == groups.count - 1 && end < s.count ? s[end] : nil
        if before?.isDigit(kanji) == true || after?.isDigit(kanji) == true { return nil }
        let touchesLetter = before?.isASCIILetter == true || after?.isASCIILetter == true
        // An Individual Number is a run of its own (a line break ends one): 4-4-4 digits inside a UUID or a longer code are not one.
        let wholeRun = (span.lowerBound == 0 || parts[span.lowerBound].afterBreak)
            && (span.upperBound == groups.count - 1 || groups[span.upperBound + 1].afterBreak) && !plus
        // A UUID's hex groups are no number, but only a whole one: `Kato-080-5512-3307` is a phone number.
        if Self.insideUUID(s, groups[span.lowerBound].range.lowerBound..<end) { return nil }
        if lengths == [12] || lengths == [4, 4, 4], wholeRun, !touchesLetter, SensitiveText.isIndividualNumber(digits) {
            return .individualNumber
        }
        if touchesLetter, parts.count == 1 || !Self.labelled(s, before: start, after: end, span: span, runEnd: groups.count - 1) { return nil }
        if plus { return Self.isInternational(digits, trunkZero: parts.count > 1 && parts[parts.startIndex + 1].digits == [0]) ? .phone : nil }
        if digits.starts(with: [0, 0, 8, 1]) || digits.starts(with: [0, 1, 0, 8, 1]) {
            var rest = Array(digits.dropFirst(digits[1] == 0 ? 4 : 5))
            if rest.first == 0 { rest.removeFirst() }
            return (9...10).contains(rest.count) ? .phone : nil
        }
        return Self.isDomestic(digits, lengths: lengths) ? .phone : nil
    }

    /// What every match needs, checked before anything is built: 10 to 16 digits (a domestic number
    /// has 10–11, an international one 10–15, `010-81-…` 16, an Individual Number 12), and a leading
    /// `0` unless the run is international or is an Individual Number's one or three groups of 12.
    static func mayBeAMatch(_ parts: ArraySlice<Group>, international: Bool) -> Bool {
        var count = 0
        for part in parts { count += part.digits.count }
        guard (10...16).contains(count) else { return false }
        if international || parts.first?.digits.first == 0 { return true }
        return count == 12 && (parts.count == 1 || parts.count == 3)
    }

    /// Words a phone number may be glued to (`TEL03-1234-5678`); other letters make it part of a code.
    static let labels: Set<String> = ["tel", "fax", "phone", "mobile", "cell", "ph"]

    /// True when the ASCII letters glued to the run are a phone label and nothing is glued after it.
    static func labelled(_ s: [Unicode.Scalar], before start: Int, after end: Int, span: ClosedRange<Int>, runEnd: Int) -> Bool {
        if span.upperBound == runEnd, end < s.count, s[end].isASCIILetter { return false }
        guard span.lowerBound == 0, start > 0, s[start - 1].isASCIILetter else { return true }
        var first = start - 1
        while first > 0, s[first - 1].isASCIILetter { first -= 1 }
        if first > 0, s[first - 1].isASCIIDigit || s[first - 1].kanjiDigitValue != nil { return false }
        return labels.contains(String(String.UnicodeScalarView(s[first..<start])).lowercased())
    }

    /// True when `range` lies inside a whole UUID: five groups of 8, 4, 4, 4 and 12 hex digits joined
    /// by `-`, not glued to more ASCII letters or digits (`123e4567-e89b-12d3-a456-271828182840`).
    static func insideUUID(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var lower = range.lowerBound
        while lower > 0, s[lower - 1].isASCIIHexDigit || s[lower - 1] == "-" { lower -= 1 }
        var upper = range.upperBound
        while upper < s.count, s[upper].isASCIIHexDigit || s[upper] == "-" { upper += 1 }
        guard upper - lower >= 36, s[range].allSatisfy({ $0.isASCIIHexDigit || $0 == "-" }) else { return false }
        var parts: [Range<Int>] = []
        var partStart = lower
        for index in lower...upper where index == upper || s[index] == "-" {
            parts.append(partStart..<index)
            partStart = index + 1
        }
        let shape = [8, 4, 4, 4, 12]
        guard parts.count >= 5 else { return false }
        for first in 0...(parts.count - 5) where zip(parts[first..<(first + 5)], shape).allSatisfy({ $0.count == $1 }) {
            let whole = parts[first].lowerBound..<parts[first + 4].upperBound
            let glued = (whole.lowerBound > 0 && s[whole.lowerBound - 1].isASCIIAlphanumeric)
                || (whole.upperBound < s.count && s[whole.upperBound].isASCIIAlphanumeric)
            if !glued, whole.lowerBound <= range.lowerBound, range.upperBound <= whole.upperBound { return true }
        }
        return false
    }

    /// `+81` and 9–10 digits (a trunk `(0)` dropped), or another country code with 10–15 digits in all.
    static func isInternational(_ digits: [Int], trunkZero: Bool) -> Bool {
        if digits.starts(with: [8, 1]) {
            var rest = Array(digits.dropFirst(2))
            if rest.first == 0 { rest.removeFirst() }
            if (9...10).contains(rest.count) { return true }
        }
        return (10...15).contains(digits.count)
    }

    /// A Japanese number: `0` then a non-zero digit, 10 digits (11 for mobile, IP and 0800 numbers),
    /// written whole or as area code, exchange and subscriber number.
    static func isDomestic(_ digits: [Int], lengths: [Int]) -> Bool {
        guard digits.count >= 10, digits[0] == 0, digits[1] != 0 else { return false }
        if digits.count == 11 {
            let mobile = [[0, 5, 0], [0, 6, 0], [0, 7, 0], [0, 8, 0], [0, 9, 0], [0, 2, 0]].contains(Array(digits.prefix(3)))
            guard mobile || digits.starts(with: [0, 8, 0, 0]) else { return false }
        } else if digits.count != 10 {
            return false
        }
        switch lengths.count {
        case 1: return true
        case 2: return (2...7).contains(lengths[0]) && lengths[1] >= 3
        case 3: return (2...5).contains(lengths[0]) && (1...4).contains(lengths[1]) && (3...4).contains(lengths[2])
        default: return false
        }
    }
}

extension Unicode.Scalar {
    var asciiDigitValue: Int? { isASCIIDigit ? Int(value - 48) : nil }

    /// `〇一二三四五六七八九` as 0–9, the kanji digits written one by one in vertical and formal text.
    var kanjiDigitValue: Int? {
        switch value {
        case 0x3007: return 0
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    @inline(__always) func isDigit(_ kanji: Bool) -> Bool { isASCIIDigit || (kanji && kanjiDigitValue != nil) }

    @inline(__always) func digitValue(_ kanji: Bool) -> Int? { asciiDigitValue ?? (kanji ? kanjiDigitValue : nil) }
}
