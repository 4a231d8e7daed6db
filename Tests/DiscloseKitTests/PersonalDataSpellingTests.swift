import Foundation
import Testing

@testable import DiscloseKit

/// Property tests: thousands of spellings of each class of personal data, from a fixed seed, are all
/// found by the matcher the privacy guard refuses with and hidden by the redactor `check` prints through.
@Suite("Personal data in every spelling a Japanese office writes")
struct PersonalDataSpellingTests {
    static let perClass = 1_200

    /// Multi-part person ids as the records hold them (parts joined by a space).
    static let ids = [["鈴木", "一郎"], ["佐藤", "花子"], ["Hanako", "Sato"], ["Élise", "Durand"], ["Maria", "José", "García"], ["STAFF", "4410"]]
    static var recordIDs: [String] { ids.map { $0.joined(separator: " ") } }

    /// The class's samples: `perClass` of each, the same on every run.
    static func samples(_ kind: SensitiveText.Kind, count: Int = perClass) -> [PersonalDataSpelling.Sample] {
        var spelling = PersonalDataSpelling(seed: 28 + UInt64(kind.rawValue.count))
        return (0..<count).map { _ in
            switch kind {
            case .phone: return spelling.phone()
            case .individualNumber: return spelling.individualNumber()
            case .email: return spelling.email()
            case .personID: return spelling.personID(among: ids).sample
            }
        }
    }

    /// The folded text a reader sees: NFKC, kanji digits as ASCII, lower case.
    static func folded(_ text: String) -> String {
        let kanji: [Character: Character] = ["〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"]
        return String(text.precomposedStringWithCompatibilityMapping.lowercased().map { kanji[$0] ?? $0 })
    }

    /// Checks one class; returns how many spellings were tried.
    static func expectEveryoneFound(_ kind: SensitiveText.Kind, _ name: String = #function) throws -> Int {
        let project = try Self.project(name, narrative: [])
        defer { project.cleanUp() }
        // The redactor `check` prints through: patterns and the ids of the project's data.
        let redactor = try Pipeline(options: project.options()).validate().redactor()
        var missed: [String] = []
        var shown: [String] = []
        let samples = samples(kind)
        for sample in samples {
            if !redactor.matches(in: sample.text).contains(where: { $0.kind == kind }) { missed.append(sample.text) }
            let redacted = redactor.redact(sample.text)
            let left = folded(redacted)
            let leaks =
                switch kind {
                case .phone, .individualNumber: left.contains(where: \.isNumber)
                case .email, .personID: left.contains(sample.hidden.lowercased())
                }
            if leaks || !redacted.contains(kind.placeholder) { shown.append("\(sample.text) → \(redacted)") }
        }
        #expect(missed.isEmpty, "\(missed.count) of \(samples.count) not found, e.g.:\n\(missed.prefix(12).joined(separator: "\n"))")
        #expect(shown.isEmpty, "\(shown.count) of \(samples.count) not hidden, e.g.:\n\(shown.prefix(12).joined(separator: "\n"))")
        return samples.count
    }

    @Test func everySpellingOfAPhoneNumberIsHiddenByTheRedactorCheckUses() throws {
        #expect(try Self.expectEveryoneFound(.phone) >= 1_000)
    }

    @Test func everySpellingOfAnIndividualNumberIsHiddenByTheRedactorCheckUses() throws {
        #expect(try Self.expectEveryoneFound(.individualNumber) >= 1_000)
    }

    @Test func everySpellingOfAnEMailAddressIsHiddenByTheRedactorCheckUses() throws {
        #expect(try Self.expectEveryoneFound(.email) >= 1_000)
    }

    @Test func everySpellingOfAMultiPartPersonIDIsHiddenByTheRedactorCheckUses() throws {
        #expect(try Self.expectEveryoneFound(.personID) >= 1_000)
    }

    @Test func theSpellingsCoverEverySeparatorAndDigitForm() {
        let text = Self.samples(.phone).map(\.text).joined() + Self.samples(.individualNumber).map(\.text).joined()
        for separator in PersonalDataSpelling.separators { #expect(text.contains(separator), "\(separator)") }
        for digit in ["〇", "８", "𝟖", "<b>", "Kato-", "携帯"] { #expect(text.contains(digit), "\(digit)") }
        let emails = Self.samples(.email).map(\.text).joined()
        for dot in ["。", "｡", "．", "＠"] { #expect(emails.contains(dot), "\(dot)") }
    }

    /// A project whose narrative holds `lines` and whose training data holds the record ids.
    static func project(_ name: String = #function, narrative lines: [String]) throws -> TestProject {
        let pipeline = TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n"
        let project = try TestProject.group(name, pipeline: pipeline)
        try project.write("content/governance.md", "# Contact\n\n" + lines.joined(separator: "\n\n") + "\n")
        try project.dataset(.training, company: "P", recordIDs.map { ["person_id": "\($0)"] })
        return project
    }

    static let kinds: [SensitiveText.Kind] = [.phone, .individualNumber, .email, .personID]

    @Test func theGuardBuildUsesRefusesEverySpelling() throws {
        let project = try Self.project(narrative: [])
        defer { project.cleanUp() }
        let evaluation = try Pipeline(options: project.options()).evaluate()
        let guardian = PrivacyGuard(store: evaluation.store, project: evaluation.project, allowed: [], outputFolder: "out")
        // One file per spelling, so each refusal says which spelling it is for.
        var files: [String: String] = [:]
        var expected: [String: SensitiveText.Kind] = [:]
        for kind in Self.kinds {
            for (index, sample) in Self.samples(kind).enumerated() {
                let name = "\(kind.placeholder)-\(index).md"
                files[name] = sample.text
                expected["out/" + name] = kind
            }
        }
        let refusals = try guardian.problems(in: files)
        var refused: [String: Set<String>] = [:]
        for refusal in refusals where refusal.message.hasPrefix("refusing to publish") {
            refused[refusal.location.path, default: []].insert(refusal.message)
        }
        let missed = expected.filter { path, kind in
            !(refused[path] ?? []).contains { $0.contains(kind == .personID ? "a person_id '" : kind.rawValue) }
        }.keys.sorted()
        #expect(missed.isEmpty, "\(missed.count) of \(expected.count) not refused: \(missed.prefix(10).map { files[String($0.dropFirst(4))] ?? "" })")
        #expect(expected.count == 4 * Self.perClass)
    }

    @Test func aBuildWithEverySpellingInTheNarrativeIsRefusedAndWritesNothing() throws {
        // Distinct addresses: an address also published elsewhere on the page is refused there alone.
        var addresses: Set<String> = []
        let samples = Self.kinds.flatMap { Self.samples($0).enumerated().filter { $0.offset % 12 == 0 }.map(\.element) }.filter {
            $0.kind != .email || addresses.insert(SensitiveText.scan($0.text).first?.normalized.lowercased() ?? "").inserted
        }
        let project = try Self.project(narrative: samples.map(\.text))
        defer { project.cleanUp() }
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected the build to be refused")
        } catch {
            // One paragraph per spelling; each is refused in privacy.md (a value that does not reach the
            // page as one, such as `&amp;#64;`, is refused where the narrative writes it).
            let refused = error.diagnostics.filter { $0.message.hasPrefix("refusing to publish") }
            let lines = Set(
                refused.filter { $0.location.path.hasSuffix("FY2025/privacy.md") || $0.location.path.hasSuffix("governance.md") }.map {
                    "\($0.location.path):\($0.location.line)"
                })
            #expect(lines.count >= samples.count, "\(lines.count) lines refused for \(samples.count) spellings")
        }
        #expect(samples.count > 380)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("output/FY2025").path))
    }

    @Test func checkPrintsEverySpellingRedacted() throws {
        let samples = Self.kinds.flatMap { Self.samples($0).enumerated().filter { $0.offset % 12 == 5 }.map(\.element) }
        let project = try Self.project(narrative: [])
        defer { project.cleanUp() }
        // Each spelling as a date that is no date: `check` quotes it in an error, redacted.
        let rows = samples.map { ["person_id": "X1", "assigned_on": $0.text] }
        try project.dataset(.training, company: "JP1", rows)
        let result = try EndToEndTests.run(["check"], in: project.root)
        #expect(result.status == 1)
        let printed = result.stdout + result.stderr
        #expect(printed.components(separatedBy: "invalid date").count - 1 == samples.count)
        let folded = Self.folded(printed)
        for sample in samples {
            switch sample.kind {
            case .phone, .individualNumber: break
            case .email, .personID: #expect(!folded.contains(sample.hidden.lowercased()), "\(sample.text)")
            }
        }
        let dates = printed.split(separator: "\n").filter { $0.contains("invalid date") }.map { $0.split(separator: "'")[1] }
        #expect(dates.filter { Self.folded(String($0)).contains(where: \.isNumber) }.isEmpty, "\(dates.prefix(10))")
    }
}
