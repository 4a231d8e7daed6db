/// A run of digit groups joined by phone punctuation (`-`, `.`, space, brackets), read as phone
/// numbers and Individual Numbers by the shapes people write them in.
struct NumberRun {
    /// One group of consecutive ASCII digits: scalar range and digits.
    struct Group {
        var range: Range<Int>
        var digits: [Int]
    }

    var groups: [Group] = []
    /// True when the run starts with `+` (an international number).
    var international = false
    /// Where the run starts (`+` or `(` included).
    var start = 0

    static let separators: Set<Unicode.Scalar> = ["-", ".", " ", "(", ")"]

    /// Every phone number and check-digit-valid Individual Number in `s`.
    static func matches(in s: [Unicode.Scalar]) -> [(kind: SensitiveText.Kind, range: Range<Int>)] {
        var found: [(kind: SensitiveText.Kind, range: Range<Int>)] = []
        var index = 0
        while index < s.count {
            let scalar = s[index]
            let opens = (scalar == "+" || scalar == "(") && index + 1 < s.count && (s[index + 1].isASCIIDigit || s[index + 1] == "(")
            guard scalar.isASCIIDigit || opens, index == 0 || !s[index - 1].isASCIIDigit else {
                index += 1
                continue
            }
            let run = read(s, from: index)
            found += run.matches(in: s)
            index = max(run.groups.last?.range.upperBound ?? index + 1, index + 1)
        }
        return found
    }

    /// Reads groups from `start` while each is followed by one to three separators and another digit.
    static func read(_ s: [Unicode.Scalar], from start: Int) -> NumberRun {
        var run = NumberRun(start: start)
        var index = start
        if s[index] == "+" {
            run.international = true
            index += 1
        }
        while index < s.count, s[index] == "(" || s[index] == " " { index += 1 }
        while index < s.count, s[index].isASCIIDigit {
            var end = index
            var digits: [Int] = []
            while end < s.count, let value = s[end].asciiDigitValue {
                digits.append(value)
                end += 1
            }
            run.groups.append(Group(range: index..<end, digits: digits))
            var next = end
            while next < s.count, next - end < 3, separators.contains(s[next]) { next += 1 }
            guard next > end, next < s.count, s[next].isASCIIDigit, isSeparator(s[end..<next]), run.groups.count < 12 else { break }
            index = next
        }
        return run
    }

    /// `-`, `.`, a space or brackets, at most one of each dash or dot (`) `, ` (`, `)-` and `- ` are fine).
    static func isSeparator(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.filter { $0 == "-" }.count <= 1 && scalars.filter { $0 == "." }.count <= 1
            && !(scalars.contains("-") && scalars.contains("."))
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
        if before?.isASCIIDigit == true || after?.isASCIIDigit == true { return nil }
        let touchesLetter = before?.isASCIILetter == true || after?.isASCIILetter == true
        // An Individual Number is a run of its own: 4-4-4 digits inside a UUID or a longer code are not one.
        let wholeRun = span.lowerBound == 0 && span.upperBound == groups.count - 1 && !international
        if lengths == [12] || lengths == [4, 4, 4], wholeRun, !touchesLetter, SensitiveText.isIndividualNumber(digits) {
            return .individualNumber
        }
        if touchesLetter, parts.count == 1 || !Self.labelled(s, before: start, after: end, span: span, runEnd: groups.count - 1) { return nil }
        if Self.partOfLongerCode(s, start: span.lowerBound == 0 ? start : nil, end: span.upperBound == groups.count - 1 ? end : nil) { return nil }
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
        if first > 0, s[first - 1].isASCIIDigit { return false }
        return labels.contains(String(String.UnicodeScalarView(s[first..<start])).lowercased())
    }

    /// True when a hyphen joins the run to more letters or digits (`ab-0123456-7890-cdef`, a UUID or a part number).
    static func partOfLongerCode(_ s: [Unicode.Scalar], start: Int?, end: Int?) -> Bool {
        if let start, start > 1, s[start - 1] == "-", s[start - 2].isASCIIAlphanumeric {
            var first = start - 2
            while first > 0, s[first - 1].isASCIILetter { first -= 1 }
            let word = String(String.UnicodeScalarView(s[first..<(start - 1)])).lowercased()
            if !(labels.contains(word) && (first == 0 || !s[first - 1].isASCIIAlphanumeric)) { return true }
        }
        if let end, end + 1 < s.count, s[end] == "-", s[end + 1].isASCIIAlphanumeric { return true }
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
}
