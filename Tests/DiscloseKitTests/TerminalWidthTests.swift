import Foundation
import Testing

@testable import DiscloseKit

/// Issue 19: terminal tables line up when cells hold Japanese, since kanji, kana and full-width characters take two
/// columns and combining marks none.
@Suite("Terminal width of CJK text")
struct TerminalWidthTests {
    @Test func wideAndFullwidthCharactersTakeTwoColumns() {
        let cases: [(String, Int)] = [
            ("abc", 3), ("", 0), ("親会社", 6), ("かな", 4), ("カナ", 4), ("ｶﾅ", 2), ("１２３", 6), ("123", 3),
            ("95%以上", 7), ("2025年度", 8), ("（未報告）", 10), ("、。「」", 8), ("　", 2), ("한국", 4),
            ("e\u{301}", 1), ("が", 2), ("か\u{3099}", 2), ("a\u{200B}b", 2), ("Aoba 株式会社", 13), ("\u{20B9F}", 2),
        ]
        for (text, columns) in cases {
            #expect(TerminalWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func paddingFillsToTheDisplayWidth() {
        #expect(TerminalWidth.pad("未達成", to: 8) == "未達成  ")
        #expect(TerminalWidth.pad("１２", to: 6, right: true) == "  １２")
        #expect(TerminalWidth.pad("met", to: 8) == "met     ")
        #expect(TerminalWidth.pad("長すぎる", to: 4) == "長すぎる")
    }

    /// The column each cell starts at, in terminal columns, found by splitting on the two-space gap.
    static func starts(_ line: String, _ cells: [String]) -> [Int] {
        var starts: [Int] = []
        var rest = Substring(line)
        var consumed = 0
        for cell in cells {
            guard let range = rest.range(of: cell) else { return starts }
            consumed += TerminalWidth.of(String(rest[..<range.lowerBound]))
            starts.append(consumed)
            consumed += TerminalWidth.of(cell)
            rest = rest[range.upperBound...]
        }
        return starts
    }

    @Test func mixedASCIIKanaKanjiAndFullWidthDigitsLineUp() {
        let rows = [
            ["目標", "目標値", "実績", "評価"],
            ["web-training", "95%以上", "94.3%", "未達成"],
            ["漏えいゼロ", "０", "少なくとも2（3社中2社が報告）", "データ不足"],
            ["ｶﾅ goal", "100%", "１２３", "met"],
            ["e\u{301}clair", "= 0", "0", "達成"],
        ]
        for right in [Set<Int>(), Set([1, 2])] {
            let lines = AlignedColumns(rows: rows, rightAligned: right).lines()
            let expected = Self.starts(lines[0], rows[0])
            #expect(expected.count == 4)
            for (line, row) in zip(lines, rows) {
                if right.isEmpty {
                    #expect(Self.starts(line, row) == expected, "\(line)")
                } else {
                    // Right-aligned columns end at the same column.
                    let ends = zip(Self.starts(line, row), row).map { $0 + TerminalWidth.of($1) }
                    let headerEnds = zip(expected, rows[0]).map { $0 + TerminalWidth.of($1) }
                    #expect(ends[1] == headerEnds[1] || TerminalWidth.of(row[1]) > TerminalWidth.of(rows[0][1]), "\(line)")
                    #expect(ends[2] == headerEnds[2] || TerminalWidth.of(row[2]) > TerminalWidth.of(rows[0][2]), "\(line)")
                }
            }
        }
    }

    @Test func aJapaneseMainStatusAndCheckTableLineUp() throws {
        let project = try JapaneseTerminalTests.japaneseMain()
        defer { project.cleanUp() }
        let status = try EndToEndTests.run(["status"], in: project.root)
        let lines = status.stdout.split(separator: "\n").map(String.init)
        // The sign-off table: every row's "ja"/"en" edition cell starts at the header's 言語版 column.
        let header = try #require(lines.first { $0.hasPrefix("部分") })
        let editionColumn = TerminalWidth.of(String(header[..<header.range(of: "言語版")!.lowerBound]))
        let rows = lines.filter { $0.contains("  ja  ") || $0.contains("  en  ") }
        #expect(rows.count >= 8)
        for row in rows {
            let at = row.range(of: "  ja  ") ?? row.range(of: "  en  ")!
            #expect(TerminalWidth.of(String(row[..<at.lowerBound])) + 2 == editionColumn, "\(row)")
        }
        // The goal table: the 評価 column starts at the same terminal column in every row.
        let goalHeader = try #require(lines.first { $0.hasPrefix("目標 ") })
        let statusColumn = TerminalWidth.of(String(goalHeader[..<goalHeader.range(of: "評価")!.lowerBound]))
        for row in lines where ["overseas-ledger", "training", "group-leaks"].contains(where: { row.hasPrefix($0 + " ") }) {
            let at = try #require(["達成", "未達成", "データ不足"].compactMap { row.range(of: "  " + $0) }.first)
            #expect(TerminalWidth.of(String(row[..<at.lowerBound])) + 2 == statusColumn, "\(row)")
        }
        let check = try EndToEndTests.run(["check"], in: project.root)
        let table = check.stdout + check.stderr
        let company = try #require(table.split(separator: "\n").first { $0.hasPrefix("会社") })
        let width = TerminalWidth.of(String(company))
        for row in table.split(separator: "\n") where ["P ", "JP1 ", "US1 "].contains(where: { row.hasPrefix($0) }) {
            #expect(TerminalWidth.of(String(row)) == width, "\(row)")
        }
    }
}
