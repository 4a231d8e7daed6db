import Foundation
import Testing

@testable import DiscloseKit

/// The person-id set keeps a hash of each matchable form, not the ids: it finds exactly what the rule
/// says (an exact substring of a normalised view, not inside a longer ASCII letter/digit run, ASCII
/// case ignored, at least four characters), in every spelling, names the id only when asked, and stays small.
@Suite("Person ids held as hashes")
struct PersonIDSetTests {
    /// Ids of every shape a column may hold: plain ASCII, with Markdown characters, with a space, non-ASCII.
    static let ids = ["EMP-0042", "STAFF#4410", "id:zz9876", "Hanako Sato", "社員0042", "EMP_0042", "P-0001A2", "ＡＢ－１２３４"]

    /// ASCII printable characters in their full-width forms (`A` → `Ａ`, `-` → `－`, space → ideographic space).
    static func fullWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    if scalar == " " { return "\u{3000}" }
                    guard (0x21...0x7E).contains(scalar.value), let wide = Unicode.Scalar(scalar.value + 0xFEE0) else { return scalar }
                    return wide
                }))
    }

    /// The spellings an id must be found in: as written, upper-cased, full-width, glued to Japanese,
    /// split by a tag, by Markdown emphasis, by a NUL, and with its first character as an HTML reference.
    static func spellings(of id: String) -> [String] {
        let characters = Array(id)
        let head = String(characters.prefix(2))
        let tail = String(characters.dropFirst(2))
        let first = characters.first.map { String($0) } ?? ""
        let reference = first.unicodeScalars.first.map { "&#\($0.value);" } ?? ""
        return [
            "Thanks to \(id).", "THANKS TO \(id.uppercased())!", fullWidth("Thanks to \(id)"), "担当\(id)が対応", "担当\(fullWidth(id))さん",
            "\(head)<b>\(tail)</b>", "\(head)*\(tail)*", "\(first)\u{0}\(String(characters.dropFirst()))",
            "(\(reference)\(String(characters.dropFirst())))",
        ]
    }

    @Test func idsLoadedFromTheStoreAreFoundInEverySpellingAndNamedAsTheDataHoldsThem() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", Self.ids.map { ["person_id": $0] })
        try project.dataset(.appointments, company: "JP1", [["person_id": "EMP-0042", "department": "Legal"]])
        let validation = try Pipeline(options: project.options()).validate()
        #expect(validation.data.diagnostics.filter { $0.severity == .error }.isEmpty)
        let redactor = try validation.redactor()
        let fromStrings = Redactor(personIDs: PersonIDSet(Self.ids))
        #expect(redactor.personIDs.count == fromStrings.personIDs.count)
        for id in Self.ids {
            for text in Self.spellings(of: id) + (id == "ＡＢ－１２３４" ? ["Thanks to AB-1234.", "ab-1234の"] : []) {
                let found = redactor.matches(in: text).filter { $0.kind == .personID }
                #expect(!found.isEmpty, "\(id) in \(text.debugDescription)")
                #expect(found == fromStrings.matches(in: text).filter { $0.kind == .personID }, "\(text.debugDescription)")
                #expect(redactor.redact(text).contains("[person_id]"), "\(text.debugDescription)")
                let names = try validation.store.personIDNames(of: Set(found.compactMap(\.personIDForm)))
                #expect(found.map { $0.named(by: names).normalized }.contains(id), "\(text.debugDescription): \(names)")
            }
        }
    }

    @Test func aRefusedPageNamesEachIdAsTheDataHoldsItWithItsFirstRow() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.dataset(.training, company: "JP1",
            [["person_id": "EMP-0042"], ["person_id": "EMP_0042"], ["person_id": "emp-0042"]])
        try project.write("content/governance.md", "# Thanks\n\nThanks to ＥＭＰ－００４２ and to EMP\\_0042 for the help.\n")
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected the build to be refused")
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(
                messages.contains { $0.hasPrefix("refusing to publish a person_id 'EMP-0042' (from ") && $0.hasSuffix("data/FY2025/JP1/training.csv:2)") },
                "\(messages)")
            #expect(
                messages.contains { $0.hasPrefix("refusing to publish a person_id 'EMP_0042' (from ") && $0.hasSuffix("data/FY2025/JP1/training.csv:3)") },
                "\(messages)")
            #expect(!messages.contains { $0.contains("'emp-0042'") })
        }
    }

    @Test(arguments: [
        ("EMP-0042", "EMP-00421"), ("EMP-0042", "XEMP-0042"), ("EMP-0042", "EMP-0043"), ("EMP-0042", "EMP-004"), ("Hanako Sato", "Hanako Satoh"),
        ("社員0042", "社員00421"), ("P-0001A2", "P-0001A2B"), ("STAFF#4410", "STAFF#44100"),
    ])
    func aNearMissIsNotAMatch(_ id: String, _ text: String) {
        #expect(Redactor(personIDs: PersonIDSet([id])).matches(in: text).isEmpty, "\(text)")
    }

    @Test func matchesAreThoseOfAPlainSubstringSearchOfEveryForm() {
        let ids = Self.ids + ["AB12", "ab12cd", "x_y_z", "ID 77 88"]
        let set = PersonIDSet(ids)
        var forms: [[UInt32]] = []
        for id in ids {
            let rendered = NormalizedText.comparable(id).map(PersonIDSet.folded)
            forms.append(rendered)
            forms.append(rendered.filter { !PersonIDSet.isMarkdownPunctuation($0) })
        }
        forms = forms.filter { $0.count >= PersonIDSet.shortest }.sorted { $0.count < $1.count }
        let pieces = ids + ids.map(Self.fullWidth) + ["x", "0", "A", " ", "  ", "-", "_", "*", "の", "<b>", "</b>", "\u{0}", "ab", "12", "Z9", "\n"]
        var random = SplitMix64(seed: 22)
        var matched = 0
        for round in 0..<400 {
            let text = (0..<30).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            for view in NormalizedText.views(of: Array(text)) {
                let s = view.scalars
                let folded = s.map(PersonIDSet.folded)
                var expected: [Range<Int>] = []
                for start in folded.indices where !(start > 0 && s[start].isASCIIAlphanumeric && s[start - 1].isASCIIAlphanumeric) {
                    for form in forms where start + form.count <= folded.count && folded[start..<(start + form.count)].elementsEqual(form) {
                        let end = start + form.count
                        if end < s.count, s[end - 1].isASCIIAlphanumeric, s[end].isASCIIAlphanumeric { continue }
                        expected.append(start..<end)
                        break
                    }
                }
                let found = set.matches(in: s).map(\.range)
                #expect(found == expected, "round \(round): \(text.debugDescription)")
                matched += found.count
            }
        }
        #expect(matched > 1_000, "the texts hold ids in most rounds")
    }

    @Test func aMessageNamesTheFirstIdInUTF8OrderAmongThoseSharingAForm() {
        let set = PersonIDSet(["emp-0042", "EMP-0042", "Emp-0042"])
        #expect(set.count == 1)
        let matches = Redactor(personIDs: set).matches(in: "Thanks to ｅｍｐ－００４２")
        #expect(matches.map(\.normalized) == ["emp-0042"])
        #expect(set.naming(matches, among: ["emp-0042", "Emp-0042", "EMP-0042", "OTHER-1"]).map(\.normalized) == ["EMP-0042"])
    }

    @Test func repeatedIdsAreHeldOnce() {
        var set = PersonIDSet()
        let spellings = Self.ids + Self.ids.map { $0.uppercased() }
        for _ in 0..<3 {
            for id in spellings { set.insert(id) }
        }
        // One form each, and a second for `EMP_0042` (without `_`); `EMP-0042` in capitals is the same id.
        #expect(set.count == Self.ids.count + 1)
    }

    @Test func aMillionIdsTakeAtMostTwentyBytesEach() {
        var loader = PersonIDSet.Loader()
        var id = Array("P-000000".utf8)
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        for number in 0..<1_000_000 {
            var rest = number
            for position in stride(from: 7, through: 2, by: -1) {
                id[position] = digits[rest % 36]
                rest /= 36
            }
            id.withUnsafeBufferPointer { loader.add(utf8: $0) }
        }
        let set = loader.finish()
        #expect(set.count == 1_000_000)
        #expect(set.byteCount <= 20_000_000, "\(set.byteCount) bytes")
        #expect(Redactor(personIDs: set).redact("Thanks to P-00LFLR and p-00lflr.") == "Thanks to [person_id] and [person_id].")
        #expect(Redactor(personIDs: set).matches(in: "P-LFLS00 is not an id").isEmpty)
    }
}
