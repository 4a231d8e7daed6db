import Foundation
import Testing

@testable import DiscloseKit

/// Deterministic mutation fuzzing of the readers: thousands of damaged inputs, no crash, no hang,
/// and every rejection located. (`make fuzz` runs coverage-guided libFuzzer for longer.)
@Suite("Fuzzing the readers")
struct FuzzTests {
    static let csvSeeds: [[UInt8]] = [
        Array((Rows(.incidents).row(["summary": "a, \"quoted\"\nsummary"]) + "\r\n").utf8),
        Array(Rows(.training).file([["completed_on": "2025-06-01"], ["person_id": "E2", "population": "officer", "role": "new-hire"]]).utf8),
        [0xEF, 0xBB, 0xBF] + Array("code,name\nA,名前\nB,\"Zoë\"\n".utf8),
    ]

    static let yamlSeeds: [[UInt8]] = [
        Array(TestProject.pipeline.utf8),
        Array("a: &x [1, {b: *x}]\nc: \"text\"\nd:\n  - e: f\n    g: [h, i]\n".utf8),
        Array(GoalTests.goals.utf8),
    ]

    /// One damaged copy of `seed`: bit flips, truncation, inserted junk, repeated slices or a huge field.
    static func mutate(_ seed: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + random.below(4)) {
            switch random.below(6) {
            case 0 where !bytes.isEmpty:
                let index = random.below(bytes.count)
                bytes[index] ^= UInt8(1 << random.below(8))
            case 1 where !bytes.isEmpty:
                bytes.removeLast(random.below(bytes.count))
            case 2:
                let junk = (0..<(1 + random.below(16))).map { _ in UInt8(random.below(256)) }
                bytes.insert(contentsOf: junk, at: random.below(bytes.count + 1))
            case 3 where bytes.count > 2:
                let start = random.below(bytes.count - 1)
                let slice = bytes[start..<min(bytes.count, start + 1 + random.below(32))]
                for _ in 0..<(1 + random.below(20)) { bytes.insert(contentsOf: slice, at: random.below(bytes.count + 1)) }
            case 4:
                let special: [UInt8] = Array("\"\n\r,:-[]{}&*!|>'#%@`".utf8)
                bytes.insert(special[random.below(special.count)], at: random.below(bytes.count + 1))
            default:
                bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: 300), at: random.below(bytes.count + 1))
            }
        }
        return bytes
    }

    @Test func thousandsOfDamagedCSVFilesAreReadWithoutCrashingAndEveryProblemIsLocated() {
        var random = SplitMix64(seed: 12)
        var rejected = 0
        for round in 0..<4_000 {
            let input = Self.mutate(Self.csvSeeds[round % Self.csvSeeds.count], &random)
            let reader = CSVReader(bytes: input, displayPath: "fuzz.csv", maxFieldBytes: 256)
            var records = 0
            while let record = reader.next() {
                records += 1
                #expect(record.fields.count == record.columns.count)
                if records > 100_000 { Issue.record("runaway reader on round \(round)"); break }
            }
            rejected += reader.diagnostics.isEmpty ? 0 : 1
            for diagnostic in reader.diagnostics {
                #expect(diagnostic.location.path == "fuzz.csv")
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "round \(round): \(diagnostic)")
            }
        }
        #expect(rejected > 500, "the mutations should damage many inputs")
    }

    @Test func thousandsOfDamagedPipelineFilesAreRejectedWithALocation() {
        var random = SplitMix64(seed: 34)
        var rejected = 0
        for round in 0..<3_000 {
            let input = Self.mutate(Self.yamlSeeds[round % Self.yamlSeeds.count], &random)
            do {
                _ = try PipelineConfig.decode(input, path: "pipeline.yaml")
            } catch {
                rejected += 1
                #expect(!error.diagnostics.isEmpty || error.reason != .invalidInput, "round \(round): \(error)")
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.location.path == "pipeline.yaml")
                    #expect(diagnostic.location.line >= 1, "round \(round): \(diagnostic)")
                }
            }
        }
        #expect(rejected > 1_000)
    }

    @Test func deeplyNestedAndAliasHeavyYAMLFailsFast() {
        let deep = Array((String(repeating: "- ", count: 500) + "x\n").utf8)
        #expect(throws: DiscloseError.self) { try YAMLParser.parse(deep, path: "p.yaml") }
        var laughs = "a: &a [x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level == 1 ? "" : String(level - 1))", count: 8).joined(separator: ", ") + "]\n" }
        #expect(throws: DiscloseError.self) { try YAMLParser.parse(Array(laughs.utf8), path: "p.yaml") }
    }
}

/// The privacy guard under the same damage: seeds full of personal data in many spellings, mutated
/// thousands of times; the scan never crashes, every match lies inside the text, and redacted text
/// carries nothing the guard would still refuse.
@Suite("Fuzzing the privacy guard")
struct PrivacyGuardFuzzTests {
    static let seeds: [String] = [
        "窓口は田中携帯080-2222-3333へ。hanako@*example*.org <em>06</em>-6123-4567",
        "マイナンバー2718 2818 2840を ＋８１　８０－２２２２－３３３３ 佐藤@example.org",
        "STAFF#4410, id:zz9876 and Hanako Sato; (06) 6123-4567 / 0081-3-1234-5678 / hanako&#64;example.org",
        "<svg viewBox=\"0 0 640 1024\"><rect x=\"0\" y=\"18\"/></svg> FY2025 2025-04-01 94.3% 1,234,567",
        "{\"path\": \"data/FY2025/CD-12345.xlsx\", \"message\": \"hanako\\u0040example.org\"}",
    ]

    @Test func thousandsOfDamagedTextsAreScannedWithoutCrashingAndRedactCompletely() {
        let redactor = Redactor(personIDs: PersonIDSet(["STAFF#4410", "id:zz9876", "Hanako Sato", "CD-12345"]))
        var random = SplitMix64(seed: 56)
        var found = 0
        for round in 0..<3_000 {
            let bytes = FuzzTests.mutate(Array(Self.seeds[round % Self.seeds.count].utf8), &random)
            let text = String(decoding: bytes, as: UTF8.self)
            let matches = redactor.matches(in: text)
            found += matches.count
            let characters = text.count
            for match in matches {
                #expect(match.range.lowerBound >= 0 && match.range.upperBound <= characters && !match.range.isEmpty, "round \(round)")
                #expect(match.line >= 1 && match.column >= 1)
            }
            let redacted = redactor.redact(text)
            #expect(redactor.matches(in: redacted).isEmpty, "round \(round): \(redacted.debugDescription)")
        }
        #expect(found > 3_000, "the seeds hold personal data in most rounds")
    }
}
