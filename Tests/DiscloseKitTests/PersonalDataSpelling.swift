@testable import DiscloseKit

/// Random spellings of personal data as a Japanese office writes them, from a fixed seed: for the
/// property tests of the privacy guard (`PersonalDataSpellingTests`).
struct PersonalDataSpelling {
    /// One generated spelling: the text, the value's kind, and a part of the value that redaction must hide.
    struct Sample {
        var text: String
        var kind: SensitiveText.Kind
        var hidden: String
    }

    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }

    /// Every separator the guard reads between digit groups.
    static let separators = [
        "-", "‐", "‑", "‒", "–", "—", "―", "−", "－", "﹣", "ー", "ｰ", "・", "･", "·", "‧", "─", "━", "│", "┄", "═", "〜", "～",
        " ", "　", "\u{00A0}", "\u{2009}", "\u{202F}", "/", "／", ".", "．", "。", "｡", " - ", " ・ ", "-\u{200B}",
    ]

    /// Words glued before and after a value: kana, kanji (no kanji digits), Latin with a space or a
    /// hyphen, punctuation, nothing.
    static let before = ["", "", "携帯", "電話は", "窓口：", "担当へ", "TEL", "Tel ", "Kato-", "Kato ", "call ", "（", "【", "→", "ご連絡は"]
    static let after = ["", "", "へ", "まで", "です。", "（代表）", "）", "】", " today", "-Kato", "、", "に連絡"]

    /// One digit in a random form NFKC folds to ASCII (ASCII, full-width, mathematical, circled...).
    mutating func digit(_ value: Int, form: Int) -> String {
        let bases: [UInt32] = [0x30, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6]
        let kanji: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch form {
        case 0..<bases.count: return String(Character(Unicode.Scalar(bases[form] + UInt32(value)) ?? "0"))
        default: return String(kanji[value])
        }
    }

    /// The groups written with a digit form per number (sometimes per digit) and a separator per gap.
    mutating func spell(_ groups: [[Int]]) -> String {
        let numberForm = random.below(9)
        let perDigit = random.chance(15)
        var text = ""
        for (index, group) in groups.enumerated() {
            if index > 0 { text += pick(Self.separators) }
            var written = ""
            for value in group { written += digit(value, form: perDigit ? random.below(9) : numberForm) }
            text += markupSplit(written, index: index)
        }
        return text
    }

    /// Sometimes wraps a group in markup: `080-<b>5512</b>-3307`, `*5512*`, `&#x30;…`.
    mutating func markupSplit(_ group: String, index: Int) -> String {
        guard index > 0, random.chance(20) else { return group }
        switch random.below(4) {
        case 0: return "<b>\(group)</b>"
        case 1: return "<span class=\"n\">\(group)</span>"
        case 2: return "*\(group)*"
        default: return "<!-- -->" + group
        }
    }

    mutating func digits(_ count: Int) -> [Int] { (0..<count).map { _ in random.below(10) } }

    /// A Japanese phone number in one of its shapes: mobile, landline, toll-free.
    mutating func phone() -> Sample {
        let groups: [[Int]]
        switch random.below(5) {
        case 0, 1: groups = [[0, pick([5, 6, 7, 8, 9]), 0], digits(4), digits(4)]
        case 2: groups = [[0, 1 + random.below(9)], digits(4), digits(4)]
        case 3: groups = [[0, 1 + random.below(9)] + digits(1), digits(3), digits(4)]
        default: groups = [[0, 1, 2, 0], digits(3), digits(3)]
        }
        return Sample(text: pick(Self.before) + spell(groups) + pick(Self.after), kind: .phone, hidden: "")
    }

    /// A check-digit-valid Individual Number as one run of 12 or three groups of four.
    mutating func individualNumber() -> Sample {
        var number = [1 + random.below(9)] + digits(10)
        for check in 0...9 where SensitiveText.isIndividualNumber(number + [check]) {
            number.append(check)
            break
        }
        let groups = random.chance(25) ? [number] : [Array(number[0..<4]), Array(number[4..<8]), Array(number[8..<12])]
        let prefix = pick(["", "個人番号", "マイナンバー", "番号：", "My Number ", "ID-", "Kato-"])
        let suffix = pick(["", "を確認", "です", "。", " (checked)", "-Kato"])
        return Sample(text: prefix + spell(groups) + suffix, kind: .individualNumber, hidden: "")
    }

    /// An e-mail address with domain dots `.` `。` `｡` `．`, `@` or `＠`, sometimes full-width letters.
    mutating func email() -> Sample {
        let local = pick(["ichiro.kato", "hanako", "h.sato+desk", "kato_1999", "suzuki-ichiro"])
        var labels = [pick(["momiji-example", "aoba", "mail", "example"])]
        for _ in 0..<random.below(3) { labels.append(pick(["co", "corp", "hq", "ne"])) }
        labels.append(pick(["jp", "org", "com", "example"]))
        var domain = labels[0]
        for label in labels.dropFirst() { domain += pick([".", "。", "｡", "．"]) + label }
        var address = local + pick(["@", "@", "＠", "&#64;", "%40"]) + domain
        if random.chance(20) { address = Self.fullWidth(address) }
        if random.chance(15) { address = address.replacingOccurrences(of: labels[0], with: "<em>\(labels[0])</em>") }
        let text = pick(["", "連絡は", "メール：", "Mail ", "（", "担当 "]) + address + pick(["", "まで", "）", " today", "へ。"])
        return Sample(text: text, kind: .email, hidden: local)
    }

    /// A person id of the records, and the page's spelling: parts joined by nothing, a space, an
    /// ideographic space or a middle dot, widths and case changed, sometimes split by markup.
    mutating func personID(among ids: [[String]]) -> (id: String, sample: Sample) {
        let parts = pick(ids)
        let id = parts.joined(separator: " ")
        var written: [String] = []
        for part in parts {
            var text = part
            if random.chance(25) { text = Self.fullWidth(text) }
            if random.chance(25) { text = random.chance(50) ? text.uppercased() : text.lowercased() }
            if random.chance(10) { text = "<b>\(text)</b>" }
            written.append(text)
        }
        var text = written[0]
        for part in written.dropFirst() { text += pick(["", " ", "　", "・", "･", "·", "  ", "\u{00A0}"]) + part }
        let neighbours = (pick(["", "担当", "窓口は", "Thanks to ", "（"]), pick(["", "さん", "様が対応", ".", "）"]))
        return (id, Sample(text: neighbours.0 + text + neighbours.1, kind: .personID, hidden: parts[0]))
    }

    /// `text` with ASCII letters, digits and `@` `.` `-` in their full-width forms.
    static func fullWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.isASCIIAlphanumeric || "@.-_+".unicodeScalars.contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar : scalar
                }))
    }
}
