import Foundation
import Testing

@testable import DiscloseKit

/// The privacy guard's matching rules: every spelling of a value is found, ordinary text is not.
@Suite("Personal data in any normal form of text")
struct SensitiveTextTests {
    static func kinds(_ text: String) -> [SensitiveText.Kind] { SensitiveText.scan(text).map(\.kind) }

    @Test(arguments: [
        "080-2222-3333", "080 2222 3333", "080-22223333", "08022223333", "080.2222.3333", "(080) 2222-3333",
        "06-6123-4567", "(06) 6123-4567", "06(6123)4567", "0661234567", "03-1234-5678", "0120-123-456",
        "+81 80-2222-3333", "+81-80-2222-3333", "+818022223333", "+81 (0)3-1234-5678", "0081-80-2222-3333",
        "0081 3 1234 5678", "+1 (555) 010-0199", "+44 20 7946 0958",
        "０８０－２２２２－３３３３", "０６（６１２３）４５６７", "＋８１　８０　２２２２　３３３３", "080‐2222‐3333", "080ー2222ー3333",
        "080−2222−3333", "010-81-3-1234-5678", "＋８１（０）３－１２３４－５６７８", "０１２０－１２３－４５６",
    ])
    func phoneNumbersAreFoundInEveryWayPeopleWriteThem(_ number: String) {
        #expect(Self.kinds(number) == [.phone], "\(number)")
        #expect(Self.kinds("Call \(number) today.") == [.phone], "\(number)")
    }

    @Test(arguments: [
        "窓口は田中携帯080-2222-3333へ", "携帯０８０２２２２３３３３まで", "電話06-6123-4567（代表）", "TEL:03-1234-5678",
        "Tel 03-1234-5678", "TEL03-1234-5678", "TEL-03-1234-5678", "Fax:06-6123-4567", "連絡先：＋８１－３－１２３４－５６７８", "【080 2222 3333】",
    ])
    func japaneseTextIsNotAWordBoundary(_ text: String) {
        #expect(Self.kinds(text) == [.phone], "\(text)")
    }

    @Test(arguments: [
        "271828182840", "2718 2818 2840", "2718-2818-2840", "２７１８２８１８２８４０", "２７１８　２８１８　２８４０",
        "マイナンバー271828182840を", "番号は2718-2818-2840です", "123456789018", "No. 1234 5678 9018.", "ID-271828182840",
        "番号２７１８－２８１８－２８４０です",
    ])
    func individualNumbersWithAValidCheckDigitAreFound(_ text: String) {
        #expect(Self.kinds(text) == [.individualNumber], "\(text)")
    }

    @Test(arguments: [
        "hanako@example.org", "佐藤@example.org", "hanako＠example.org", "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｏｒｇ",
        "連絡はhanako.sato+desk@mail.example.co.jpまで", "<hanako@example.org>", "mailto:hanako%40example.org",
        "hanako&#64;example.org", "hanako&#x40;example.org", "hanako&commat;example.org", "hanako\\u0040example.org",
    ])
    func eMailAddressesAreFoundInAnySpelling(_ text: String) {
        #expect(Self.kinds(text) == [.email], "\(text)")
    }

    @Test(arguments: [
        ("hanako@*example*.org", SensitiveText.Kind.email), ("hanako@<em>example</em>.org", .email),
        ("06-6123-*4567*", .phone), ("06-6123-<em>4567</em>", .phone), ("080-<span class=\"x\">2222</span>-3333", .phone),
        ("080\u{0}-2222-3333", .phone), ("0\u{0}8\u{0}0\u{0}2\u{0}2\u{0}2\u{0}2\u{0}3\u{0}3\u{0}3\u{0}3", .phone),
        ("hana\u{0}ko@exam\u{0}ple.org", .email), ("2718\u{200B}2818\u{200B}2840", .individualNumber),
        ("2718 <!-- x --> 2818 2840", .individualNumber), ("080-2222-\\*3333", .phone), ("080-2222-\n3333", .phone),
        ("hanako@exa\u{00AD}mple.org", .email),
    ])
    func markupControlsAndInvisibleCharactersDoNotHideAValue(_ text: String, _ kind: SensitiveText.Kind) {
        #expect(Self.kinds(text).contains(kind), "\(text)")
        #expect(!SensitiveText.redacted(text).contains("2222"))
    }

    @Test(arguments: [
        "FY2025 (2025-04-01 to 2026-03-31): 1,234,567 rows, 94.3%", "FY2024 FY2025 FY2026", "2025年4月1日から2026年3月31日",
        "<svg viewBox=\"0 0 640 1024\"><rect x=\"0\" y=\"18\" width=\"440\" height=\"16\"/>",
        "viewBox=\"0 0 1280 1024\"", "matrix(1 0 0 1 0 0) translate(0 0 0 0 0 0 0 0 0 0)", "points=\"0,0 440,16 0,16\"",
        "123456789017", "2718 2818 2841", "2718-2818-2841", "a1234567890180", "12 of 45 companies; 0 incidents; 100.0%",
        "[0, 0, 0, 12, 45, 2025]", "v1.2.3456", "ISO/IEC 27001:2022", "JIS Q 15001:2023", "Privacy Mark 17001234(05)",
        "@media print { margin: 0 0 1rem 0 }", "0.1 0.25 0.5 1", "20250401", "1234-5678-9012", "user@localhost",
        "94.3 % of 1,502 assignments", "+12 (restated)", "CD-12345",
        "disclose-test-x-99016407-2718-2818-2840-997564B31B0C", "earlyFY1999-ab012345-6789-cdef-0123-456789abcdef", "ab012345-6789",
        "part 0312-345-6789-B", "REF080-2222-3333", "123e4567-e89b-12d3-a456-271828182840", "v2718-2818-2840-1",
    ])
    func ordinaryTextIsNotMistakenForPersonalData(_ text: String) {
        #expect(SensitiveText.scan(text).isEmpty, "\(text): \(SensitiveText.scan(text))")
    }

    @Test(arguments: [
        "080・5512・3307", "080･5512･3307", "080·5512·3307", "080‧5512‧3307", "080─5512─3307", "080━5512━3307", "080│5512│3307",
        "080ー5512ー3307", "080〜5512〜3307", "080～5512～3307", "080\u{00A0}5512\u{00A0}3307", "080\u{2009}5512\u{2009}3307",
        "080　5512　3307", "080/5512/3307", "080／5512／3307", "080。5512。3307", "080．5512．3307", "(080)5512・3307", "080 ・ 5512 ・ 3307",
        "〇八〇・五五一二・三三〇七", "〇八〇五五一二三三〇七", "電話〇三─一二三四─五六七八まで", "𝟎𝟖𝟎-𝟓𝟓𝟏𝟐-𝟑𝟑𝟎𝟕", "０８０・５５１２・３３０７",
        "080-<b>5512</b>-3307", "080・<b>5512</b>・3307", "〇八〇-<em>五五一二</em>-三三〇七",
    ])
    func digitGroupsJoinedByAnySeparatorAreAPhoneNumber(_ text: String) {
        #expect(Self.kinds(text) == [.phone], "\(text)")
        #expect(!SensitiveText.redacted(text).contains(where: { $0.isNumber }), "\(SensitiveText.redacted(text))")
    }

    @Test(arguments: [
        "個人番号5512・3307・4418", "5512─3307─4418", "５５１２／３３０７／４４１８", "五五一二・三三〇七・四四一八", "五五一二三三〇七四四一八",
        "マイナンバー5512〜3307〜4418です", "5512 ・ 3307 ・ 4418",
    ])
    func anIndividualNumberJoinedByAnySeparatorIsFound(_ text: String) {
        #expect(SensitiveText.isIndividualNumber([5, 5, 1, 2, 3, 3, 0, 7, 4, 4, 1, 8]))
        #expect(Self.kinds(text) == [.individualNumber], "\(text)")
    }

    @Test(arguments: [
        "ichiro.kato@momiji-example。co。jp", "ichiro.kato@momiji-example｡co｡jp", "ichiro.kato@momiji-example．co．jp",
        "連絡はichiro.kato＠momiji-example。co。jpまで", "ichiro.kato@momiji-example。co.jp。", "（ichiro.kato@momiji-example｡jp）",
    ])
    func anEMailDomainDottedWithIdeographicFullStopsIsFound(_ text: String) {
        let found = SensitiveText.scan(text)
        #expect(found.map(\.kind) == [.email], "\(text)")
        #expect(found.first?.normalized.hasSuffix("jp") == true && found.first?.normalized.contains("。") == false)
        #expect(!SensitiveText.redacted(text).contains("momiji"))
    }

    @Test(arguments: [
        ("鈴木 一郎", "鈴木一郎"), ("鈴木 一郎", "鈴木　一郎"), ("鈴木 一郎", "鈴木・一郎"), ("鈴木 一郎", "担当は鈴木･一郎さん"), ("鈴木一郎", "鈴木 一郎"),
        ("鈴木・一郎", "鈴木一郎"), ("Hanako Sato", "HanakoSato"), ("Hanako Sato", "ｈａｎａｋｏ　ｓａｔｏ"), ("Hanako Sato", "hanako・SATO"),
        ("Élise Durand", "ÉLISE DURAND"), ("ｽｽﾞｷ ｲﾁﾛｳ", "スズキイチロウ"), ("スズキ イチロウ", "ｽｽﾞｷ･ｲﾁﾛｳ"), ("鈴木 一郎", "<b>鈴木</b>　一郎"),
    ])
    func aMultiPartPersonIDIsFoundWithAnyOrNoSpaceBetweenItsParts(_ id: String, _ text: String) {
        let redactor = Redactor(personIDs: PersonIDSet([id]))
        #expect(redactor.matches(in: text).map(\.kind) == [.personID], "\(text)")
        #expect(redactor.redact(text).contains("[person_id]"))
    }

    @Test(arguments: [
        "Kato-080-5512-3307", "kato-08055123307", "Kato-(080)5512-3307", "080-5512-3307-Kato", "Kato-5512-3307-4418", "ref-03-1234-5678-b",
        "x-080-2222-3333", "Kato-〇八〇-五五一二-三三〇七",
    ])
    func aNumberHyphenJoinedToLettersIsStillOne(_ text: String) {
        #expect(!Self.kinds(text).isEmpty, "\(text)")
        #expect(!SensitiveText.redacted(text).contains("5512") && !SensitiveText.redacted(text).contains("2222") && !SensitiveText.redacted(text).contains("1234"))
    }

    @Test(arguments: [
        ("123e4567-e89b-12d3-a456-271828182840", true), ("99016407-2718-2818-2840-997564b31b0c", true),
        ("x-99016407-2718-2818-2840-997564B31B0C", true), ("Kato-080-5512-3307", false), ("abcdef12-080-5512-3307", false),
        ("cafe-080-5512-3307-beef", false), ("99016407-2718-2818-2840-997564b31b0c-080-5512-3307", false),
        ("deadbeef-5512-3307-4418-abcdefabcdef", true), ("deadbeef-5512-3307-4418-abcd", false),
    ])
    func onlyAWholeUUIDIsExempt(_ text: String, _ exempt: Bool) {
        #expect(SensitiveText.scan(text).isEmpty == exempt, "\(text): \(SensitiveText.scan(text).map(\.text))")
    }

    @Test func matchesCarryTheLineColumnAndTheNormalisedValue() {
        let found = SensitiveText.scan("first line\n窓口：０８０－２２２２－３３３３")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 4)
        #expect(found.first?.text == "０８０－２２２２－３３３３")
        #expect(found.first?.normalized == "080-2222-3333")
    }

    @Test(arguments: [
        ("STAFF#4410", "Thanks to STAFF#4410."), ("STAFF#4410", "ＳＴＡＦＦ＃４４１０さん"), ("id:zz9876", "担当id:zz9876が対応"),
        ("Hanako Sato", "Thanks to Hanako Sato!"), ("Hanako Sato", "Thanks to HANAKO  SATO"), ("Hanako Sato", "Hanako <b>Sato</b>"),
        ("EMP-0042", "社員EMP-0042の"), ("EMP-0042", "EMP\\-0042"), ("EMP_0042", "EMP\\_0042"), ("EMP-0042", "EMP-*0042*"),
        ("EMP-0042", "EMP\u{0}-0042"), ("P-0001A2", "(P-0001A2)"),
    ])
    func personIDsOfAnyShapeAreFoundAsExactSubstrings(_ id: String, _ text: String) {
        let redactor = Redactor(personIDs: PersonIDSet([id, "OTHER-1"]))
        #expect(redactor.matches(in: text).map(\.kind) == [.personID], "\(text)")
        // The set holds hashes; the match names its id among the ids the set was made of.
        #expect(redactor.personIDs.naming(redactor.matches(in: text), among: [id, "OTHER-1"]).first?.normalized == id)
        #expect(redactor.redact(text).contains("[person_id]"))
    }

    @Test(arguments: [
        ("EMP-0042", "EMP-00421"), ("EMP-0042", "XEMP-0042"), ("Sato", "Satoshi"), ("A12", "A12 is too short to match"),
        ("Hanako Sato", "Hanako Satoh"), ("4410", "2025-04-10 and 14,410"),
    ])
    func aPersonIDInsideALongerRunOfLettersOrDigitsIsNotAMatch(_ id: String, _ text: String) {
        #expect(Redactor(personIDs: PersonIDSet([id])).matches(in: text).isEmpty, "\(text)")
    }

    @Test func redactionReplacesEachValueWithItsKind() {
        let redactor = Redactor(personIDs: PersonIDSet(["STAFF#4410"]))
        let text = "data/FY2025/hanako@example.org/ledger.csv:3:1: error: person_id 'STAFF#4410' called 080-2222-3333 about 271828182840"
        #expect(
            redactor.redact(text)
                == "data/FY2025/[e-mail]/ledger.csv:3:1: error: person_id '[person_id]' called [phone number] about [Individual Number]")
        #expect(SensitiveText.redacted("no personal data: FY2025, 94.3%") == "no personal data: FY2025, 94.3%")
    }

    @Test func theQuickDigitCountNeverRejectsANumberTheFullRulesAccept() {
        let prefixes = ["", "", "", "+", "TEL", "(", "x-", "ID-", "Tel "]
        let separators = ["-", " ", ".", "(", ")", ") ", " (", ")-", "- ", "  ", "-."]
        let suffixes = ["", "", "", "x", "-A", ")", " TEL", "-0"]
        let lengths = [1, 2, 2, 3, 4, 4, 4, 5, 6, 10, 11, 12]
        var random = SplitMix64(seed: 10)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        var accepted = 0
        for _ in 0..<20_000 {
            var text = pick(prefixes)
            for group in 0..<(1 + Int(random.next() % 6)) {
                if group > 0 { text += pick(separators) }
                for digit in 0..<pick(lengths) { text += digit == 0 && random.next() % 2 == 0 ? "0" : String(random.next() % 10) }
            }
            text += pick(suffixes)
            let s = Array(text.unicodeScalars)
            for start in s.indices where s[start].isASCIIDigit || s[start] == "+" || s[start] == "(" {
                let run = NumberRun.read(s, from: start)
                for first in run.groups.indices {
                    for last in first..<min(run.groups.count, first + 7) where run.fullKind(first...last, in: s) != nil {
                        accepted += 1
                        #expect(NumberRun.mayBeAMatch(run.groups[first...last], international: run.international && first == 0), "\(text)")
                    }
                }
            }
        }
        #expect(accepted > 1_000, "the runs hold numbers the rules accept")
    }

    @Test func aValueInALargeTableIsHiddenAndEveryOtherLineKeptAsItIs() {
        let redactor = Redactor(personIDs: PersonIDSet(["P-0001A2", "EMP-0042"]))
        var lines = (1...3_000).map { String(format: "GRP-%04ld %8ld %8ld      0 %6ld      108", $0, $0 * 7 % 100, $0 % 13, $0 % 2) }
        let changed = [1_500, 2_000, 2_500]
        lines[1_500] += "  窓口０８０－２２２２－３３３３へ"
        lines[2_000] += " 担当P-0001<b>A2</b>さん"
        lines[2_500] += " EMP-*0042* 2718 2818 2840"
        let redacted = redactor.redact(lines.joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(redacted.count == lines.count)
        #expect(redacted[1_500].hasSuffix("窓口[phone number]へ"))
        #expect(redacted[2_000].contains("担当[person_id]") && !redacted[2_000].contains("0001"))
        #expect(redacted[2_500].contains(" [person_id]") && redacted[2_500].hasSuffix(" [Individual Number]") && !redacted[2_500].contains("0042"))
        #expect(lines.indices.filter { !changed.contains($0) && redacted[$0] != lines[$0] }.isEmpty)
    }

    @Test func theAllowListAdmitsAValueInAnySpelling() {
        let redactor = Redactor(allowed: ["privacy@aoba.example", "03-1234-5678"])
        #expect(redactor.matches(in: "privacy@aoba.example, ｐｒｉｖａｃｙ＠aoba.example, ０３－１２３４－５６７８").isEmpty)
        #expect(redactor.matches(in: "other@aoba.example").count == 1)
    }
}

/// person_id values that are themselves personal data are refused at ingest, in any spelling.
@Suite("Pseudonymous person ids")
struct PersonIDIngestTests {
    @Test(arguments: [
        ("ｈａｎａｋｏ＠example.org", "it looks like an e-mail address"), ("佐藤@example.org", "it looks like an e-mail address"),
        ("080-2222-3333", "it looks like a phone number"), ("０８０２２２２３３３３", "it looks like a phone number"),
        ("2718 2818 2840", "it looks like an Individual Number (My Number)"), ("2718-2818-2840", "it looks like an Individual Number (My Number)"),
        ("２７１８２８１８２８４０", "it looks like an Individual Number (My Number)"),
    ])
    func aPersonIDThatIsPersonalDataIsALocatedError(_ id: String, _ reason: String) throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["person_id": id]])
        #expect(project.errorList == ["data/FY2025/P/training.csv:2:1: error: field 'person_id' must be pseudonymous: \(reason)"])
    }

    @Test(arguments: ["STAFF#4410", "id:zz9876", "Hanako Sato", "P-0001A2", "AB-AGR-00001", "社員0042", "E1"])
    func aPersonIDOfAnyOtherShapeIsAccepted(_ id: String) throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["person_id": id]])
        #expect(project.errorList.isEmpty)
    }
}
