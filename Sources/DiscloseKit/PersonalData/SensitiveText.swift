/// Finds text a disclosure page must never carry: e-mail addresses, phone numbers, Individual Numbers and person ids.
///
/// Matching runs on `NormalizedText` views, so full-width forms, text glued to kana or kanji, markup
/// or NUL between the characters and HTML or JSON escapes do not hide a value. Only ASCII letters
/// and digits count as word characters: `携帯080-2222-3333へ` holds a phone number.
public enum SensitiveText {
    /// What kind of personal data a match looks like.
    public enum Kind: String, Sendable, Comparable {
        case email = "an e-mail address"
        case phone = "a phone number"
        case individualNumber = "an Individual Number (My Number)"
        case personID = "a person_id from the data"

        /// What redacted output shows instead of the value.
        public var placeholder: String {
            switch self {
            case .email: return "[e-mail]"
            case .phone: return "[phone number]"
            case .individualNumber: return "[Individual Number]"
            case .personID: return "[person_id]"
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A match: its kind, the text as written, where it starts (1-based line and character column),
    /// the normalised value it was read as, and the character range it covers in the scanned text.
    public struct Match: Equatable, Sendable {
        public var kind: Kind
        public var text: String
        public var column: Int
        public var line: Int = 1
        /// The value as compared: `080-2222-3333` for `０８０－２２２２－３３３３`; for a person id, the
        /// text as read until `PersonIDSet.naming` (or the privacy guard) names the id itself.
        public var normalized: String = ""
        /// Character offsets in the scanned text, end exclusive.
        var range: Range<Int> = 0..<0
        /// For a person id: the hash of the id's form found (`PersonIDSet` keeps hashes, not ids).
        var personIDForm: UInt64?

        /// This match with `normalized` set to the person id its form names, when `names` has it.
        func named(by names: [UInt64: String]) -> Match {
            guard kind == .personID, let form = personIDForm, let id = names[form] else { return self }
            var copy = self
            copy.normalized = id
            return copy
        }
    }

    /// Every e-mail address, phone number and Individual Number in `text`.
    public static func scan(_ text: String) -> [Match] {
        Redactor().matches(in: text)
    }

    /// `text` with every e-mail address, phone number and Individual Number replaced by `[e-mail]`,
    /// `[phone number]` or `[Individual Number]` (for person ids as well, use a `Redactor`).
    public static func redacted(_ text: String) -> String {
        Redactor().redact(text)
    }

    /// Scalar ranges of e-mail addresses and numbers in one normalised view.
    static func patternMatches(in s: [Unicode.Scalar]) -> [(kind: Kind, range: Range<Int>)] {
        var found = emailMatches(in: s)
        found += NumberRun.matches(in: s)
        return found
    }

    /// `local@domain.tld`: the local part may hold non-ASCII letters (`佐藤@example.org`); the domain
    /// is ASCII labels with a dot and a top-level domain of two or more letters. A dot of the domain
    /// may be `。` (or `｡`, `．`, which NFKC makes `。` and `.`), as IDNA reads label separators.
    static func emailMatches(in s: [Unicode.Scalar]) -> [(kind: Kind, range: Range<Int>)] {
        var found: [(kind: Kind, range: Range<Int>)] = []
        for at in s.indices where s[at] == "@" {
            var start = at
            while start > 0, at - start < 64, isLocalPartScalar(s[start - 1]) { start -= 1 }
            while start < at, s[start] == "." { start += 1 }
            guard start < at else { continue }
            var end = at + 1
            while end < s.count, s[end].isASCIIAlphanumeric || s[end] == "-" || isDomainDot(s[end]) { end += 1 }
            while end > at + 1, isDomainDot(s[end - 1]) || s[end - 1] == "-" { end -= 1 }
            // A top-level domain is letters only: `example.org080-…` ends at `org`.
            if let dot = s[(at + 1)..<end].lastIndex(where: isDomainDot), dot + 1 < end, !s[dot + 1].isASCIIDigit {
                var letters = dot + 1
                while letters < end, s[letters].isASCIILetter { letters += 1 }
                end = letters
            }
            let labels = s[(at + 1)..<end].split(omittingEmptySubsequences: false, whereSeparator: isDomainDot)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let top = labels.last, top.count >= 2,
                top.allSatisfy(\.isASCIILetter)
            else { continue }
            found.append((.email, start..<end))
        }
        return found
    }

    /// `.` or the ideographic full stop `。`: the dots IDNA reads between the labels of a domain.
    @inline(__always) static func isDomainDot(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar.value == 0x3002
    }

    /// An e-mail address as compared with `allow_list:` and quoted as read: its domain dots ASCII.
    static func canonicalEmail(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map { $0.value == 0x3002 ? "." : $0 }
    }

    static func isLocalPartScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.isASCIIAlphanumeric || "._%+-".unicodeScalars.contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The Individual Number check digit (the 12th digit) over the first eleven.
    static func isIndividualNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 12 else { return false }
        var sum = 0
        for n in 1...11 {
            let p = digits[11 - n]
            let q = n <= 6 ? n + 1 : n - 5
            sum += p * q
        }
        let remainder = sum % 11
        let check = remainder <= 1 ? 0 : 11 - remainder
        return digits[11] == check
    }
}
