import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17 in the Japanese edition: an incomplete figure reads as Japanese writes it, never "未報告件", "（…）件" or a
/// counter glued to a word, whether one company, several or all of them did not report.
@Suite("Japanese wording of incomplete figures")
struct JapaneseIncompleteWordingTests {
    /// The bilingual fixture with an achievement sentence on the count goal; `remove` lists files to delete.
    static func build(_ name: String = #function, remove: [String]) throws -> (ja: String, en: String) {
        let (project, files) = try BilingualTests.build(name) { project in
            var pipeline = try #require(project.read("pipeline.yaml"))
            pipeline = pipeline.replacingOccurrences(
                of: "    target: \"= 0\"\n",
                with: """
                        target: "= 0"
                        achievement:
                          en: "Leaks across the group: {{value}}"
                          ja: "グループ全体での漏えい：{{value}}件"

                    """)
            try project.write("pipeline.yaml", pipeline)
            for file in remove { try project.remove("data/FY2025/\(file)") }
        }
        defer { project.cleanUp() }
        return (ja: (files["ja/privacy.md"] ?? "") + (files["ja/privacy.html"] ?? ""), en: files["privacy.md"] ?? "")
    }

    static let counters = ["件", "社", "人", "名", "回"]

    /// No counter after a word or after a closing parenthesis, no nested coverage parentheses, no private-use mark.
    static func expectNaturalJapanese(_ text: String, _ variant: String) {
        for word in ["未報告", "対象会社なし", "報告なし", "）", ")"] {
            for counter in counters {
                #expect(!text.contains(word + counter), "\(variant): '\(word + counter)' on the page")
            }
        }
        #expect(!text.contains("報告（未報告"), "\(variant): nested coverage parentheses")
        #expect(!text.unicodeScalars.contains { (0xF8F0...0xF8F2).contains($0.value) }, "\(variant): a counter mark reached the page")
        #expect(!text.contains("未報告の会社が0社"), "\(variant): a count of zero missing companies")
    }

    @Test func aCounterAfterAPartialCountFollowsItsNumber() throws {
        // US1 sends no incidents file in the fixture: 2 of 3 companies reported the group's leaks.
        let pages = try Self.build(remove: [])
        // The goal counts leaks only (none among the reporting companies); the figure counts losses too (one).
        #expect(pages.ja.contains("グループ全体での漏えい：現時点で0件（3社中2社が報告）"), "\(pages.ja)")
        #expect(pages.ja.contains("グループ全体：現時点で0件（3社中2社が報告、未報告："))
        #expect(pages.ja.contains("未報告の会社が1社あるため、達成状況は未確定です（3社中2社が報告、未報告："))
        Self.expectNaturalJapanese(pages.ja, "one missing")
        // English keeps its wording.
        #expect(pages.en.contains("Leaks across the group: 0 so far (2 of 3 companies reported)"), "\(pages.en)")
    }

    @Test func twoCompaniesMissingAreCountedInTheStatusSentence() throws {
        let pages = try Self.build(remove: ["P/incidents.csv"])
        #expect(pages.ja.contains("未報告の会社が2社あるため、達成状況は未確定です（3社中1社が報告、未報告："), "\(pages.ja)")
        Self.expectNaturalJapanese(pages.ja, "two missing")
    }

    @Test func aGoalNoCompanyReportedSaysSoInASentenceOfItsOwn() throws {
        let pages = try Self.build(remove: ["P/incidents.csv", "JP1/incidents.csv"])
        #expect(pages.ja.contains("グループ全体で漏えいをゼロにする：未報告の会社が3社あるため、実績は未確定です（未報告："), "\(pages.ja)")
        #expect(pages.ja.contains("未報告の会社が3社あるため、達成状況は未確定です（対象の3社から報告なし："))
        // The narrative's "{{partial_value}}件" drops the counter after the word.
        #expect(pages.ja.contains("グループ全体：未報告（対象の3社から報告なし："))
        Self.expectNaturalJapanese(pages.ja, "all missing")
        #expect(pages.en.contains("Leaks across the group: not reported"))
    }

    @Test func aCountOfScopeGoalWithItsOnlyCompanyMissingNamesIt() throws {
        // overseas-ledger: "海外子会社{{denominator}}社のうち{{numerator}}社" over US1 alone.
        let pages = try Self.build(remove: ["US1/ledger.csv"])
        #expect(pages.ja.contains("すべての海外子会社に台帳を導入する：未報告の会社が1社あるため、実績は未確定です"), "\(pages.ja)")
        #expect(!pages.ja.contains("未報告社のうち"))
        Self.expectNaturalJapanese(pages.ja, "count of scope, none reported")
    }

    @Test func aPercentGoalWithAMissingCompanyShowsTheRateOverThoseThatReported() throws {
        let pages = try Self.build(remove: ["JP1/training.csv"])
        #expect(pages.ja.contains("修了率"), "\(pages.ja)")
        #expect(pages.ja.contains("（3社中2社が報告）") || pages.ja.contains("（1社中"), "\(pages.ja)")
        Self.expectNaturalJapanese(pages.ja, "percent, one missing")
    }

    @Test func countersArePlacedAfterTheBoundOrDroppedAfterAWord() {
        let ja = Edition.japanese
        let open = String(Edition.figureOpen), close = String(Edition.figureClose), slot = String(Edition.counterSlot)
        let cases: [(String, String)] = [
            ("事故：\(open)少なくとも2\(slot)（3社中2社が報告）\(close)件。", "事故：少なくとも2件（3社中2社が報告）。"),
            ("事故：\(open)現時点で0\(slot)（3社中1社が報告）\(close)件。", "事故：現時点で0件（3社中1社が報告）。"),
            ("事故：\(open)未報告\(close)件。", "事故：未報告。"),
            ("会社：\(open)対象会社なし\(close)社。", "会社：対象会社なし。"),
            ("\(open)27社中少なくとも5\(slot)\(close)社が認定", "27社中少なくとも5社が認定"),
            ("費用：\(open)少なくとも3\(slot)\(close)万円", "費用：少なくとも3万円"),
            ("率：\(open)94.3%（16社中15社が報告）\(close)です", "率：94.3%（16社中15社が報告）です"),
            ("数：\(open)少なくとも1,234\(slot)\(close)", "数：少なくとも1,234"),
            ("平文 12件", "平文 12件"),
        ]
        for (marked, expected) in cases {
            #expect(ja.placeCounters(in: marked) == expected, "\(marked)")
        }
        // English places no counters and its figures carry no marks.
        #expect(Edition.english.placesCounters == false)
        #expect(Edition.english.markedFigure("at least 2") == "at least 2")
        #expect(Edition.english.counterSlotText.isEmpty)
    }
}

extension JapaneseIncompleteWordingTests {
    /// The sample with the parent's incidents, one overseas ledger and one domestic training file removed: the
    /// Japanese page reads naturally wherever a figure is incomplete.
    @Test func theSamplesJapanesePageWithMissingFilesReadsNaturally() throws {
        let project = try RealYearTests.sample()
        defer { project.cleanUp() }
        for file in ["AOBA/incidents.csv", "AOBA-AU/ledger.csv", "AOBA-AGR/training.csv"] { try project.remove("data/FY2025/\(file)") }
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let ja = (project.read("output/FY2025/ja/privacy.md") ?? "") + (project.read("output/FY2025/ja/privacy.html") ?? "")
        #expect(ja.contains("親会社で個人情報の紛失・漏えいをゼロにする：未報告の会社が1社あるため、達成状況は未確定です"), "\(ja)")
        #expect(ja.contains("未報告の会社が1社あるため、実績は未確定です（未報告：Aoba Holdings"))
        #expect(ja.contains("グループ全体で見つかった紛失・漏えいの事故：少なくとも2件（39社中38社が報告、未報告："))
        #expect(ja.contains("移転を含む海外の子会社の管理票：少なくとも60件（16社中15社が報告、未報告：Aoba Australia"))
        Self.expectNaturalJapanese(ja, "sample")
    }
}
