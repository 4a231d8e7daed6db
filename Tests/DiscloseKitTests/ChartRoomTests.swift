import Foundation
import Testing

@testable import DiscloseKit

/// Issue 30: charts that fill their column at every width, labels that break as a reader breaks them, and a
/// section made of one file per topic.
@Suite("Charts that use their room, Japanese line breaks, sections of several files")
struct ChartRoomTests {
    @Test(arguments: [
        ("国内子会社のマネジメントシステム", 160, ["国内子会社の", "マネジメントシステム"]),
        ("海外の主要子会社の台帳システム", 140, ["海外の主要子会社の", "台帳システム"]),
        ("親会社での紛失・漏えい事故", 120, ["親会社での紛失・", "漏えい事故"]),
        ("派遣社員を含むすべての役員・従業員への研修", 200, ["派遣社員を含むすべての", "役員・従業員への研修"]),
    ])
    func japaneseLabelsBreakBetweenPhrases(text: String, width: Int, lines: [String]) {
        #expect(SVGChart.wrap(text, width: width) == lines)
    }

    @Test(arguments: ["研修を修了する", "データを確認しましょう", "テスト（確認）を行う", "ニュースレター「個人情報」を配信する", "完了しました。次へ"])
    func noLineStartsWithSmallKanaOrClosingPunctuation(text: String) {
        for width in stride(from: 30, through: 120, by: 15) {
            let lines = SVGChart.wrap(text, width: width)
            for line in lines.dropFirst() {
                let first = try? #require(line.first)
                #expect(first.map { !SVGChart.noLineStart.contains($0) } ?? true, "\(lines) at \(width)")
            }
            for line in lines.dropLast() {
                #expect(line.last.map { !SVGChart.noLineEnd.contains($0) } ?? true, "\(lines) at \(width)")
            }
        }
    }

    @Test func latinLabelsBreakAtSpacesAndKeepATargetWhole() {
        let lines = SVGChart.wrap("✗ not met: 0.7 pt short of the target (95%\u{00A0}or\u{00A0}more)", width: 300)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { !$0.hasSuffix("(95%") && !$0.hasPrefix("more") })
        #expect(lines.joined(separator: " ").contains("(95%\u{00A0}or\u{00A0}more)"))
    }

    @Test func barsAndTrendPanelsArePlacedInPercentagesOfTheColumn() throws {
        let project = try ReaderNotationTests.sample()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        let html = try #require(project.read("output/FY2025/privacy.html"))
        let svgs = html.matches(of: /<svg [^>]*>/).map { String($0.0) }
        #expect(svgs.count > 3)
        for svg in svgs {
            #expect(!svg.contains("viewBox"), "text keeps its size: \(svg)")
            #expect(svg.contains("width=\"100%\""))
        }
        // Bars: the track spans three quarters of the width, the value sits at its right edge.
        #expect(html.contains("class=\"chart-track\"") && html.contains("width=\"76%\" height=\"18\" class=\"chart-track\""))
        #expect(html.contains("<text x=\"100%\""))
        // Trends: one SVG per panel in a row that wraps and grows to fill the row.
        let panels = try #require(html.firstMatch(of: /<div class="chart-panels">(?s)(.*?)<\/div>/))
        #expect(panels.1.matches(of: /<svg id="chart-trend-/).count == 6)
        #expect(html.contains(".chart-panels svg.chart { flex: 1 1 15rem;"))
        #expect(!html.contains("max-width: 30rem"))
        // Chart text is 15 px, not scaled down.
        #expect(html.contains(".chart-label, .chart-value, .chart-note { font-size: 15px;"))
        // Colour is never the only cue: each judged bar is followed by its status in words and a symbol.
        #expect(html.contains("<text x=\"0\" y=\"87\" class=\"chart-note\">✓ met: target 100%</text>"))
    }

    @Test func japaneseTextBreaksByPhraseWhereTheBrowserCan() throws {
        let style = Edition.japanese[.extraStyle]
        #expect(style.contains("line-break: strict"))
        #expect(style.contains("word-break: auto-phrase"))
        #expect(!Edition.english[.extraStyle].contains("auto-phrase"))
    }

    @Test func aSectionListsOneFilePerTopicRenderedInOrder() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let base = try #require(project.read("pipeline.yaml"))
        let yaml = base + "\nsections:\n  initiatives:\n    - content/b.md\n    - content/a.md\n"
        try project.write("pipeline.yaml", yaml)
        try project.write("content/a.md", "# Second Topic\n\nAfter.\n")
        try project.write("content/b.md", "# First Topic\n\nBefore.\n")
        _ = try Pipeline(options: project.options()).build()
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        let first = try #require(markdown.range(of: "### First Topic"))
        let second = try #require(markdown.range(of: "### Second Topic"))
        #expect(first.lowerBound < second.lowerBound)
        // An empty list and a missing file are located errors.
        try project.write("pipeline.yaml", base + "\nsections:\n  initiatives: []\n")
        #expect(throws: DiscloseError.self) { _ = try Pipeline(options: project.options()).build() }
        try project.write("pipeline.yaml", yaml.replacingOccurrences(of: "content/a.md", with: "content/missing.md"))
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("a missing file must be an error")
        } catch {
            #expect(error.description.contains("content/missing.md"))
        }
    }

    @Test func narrativeListsStartAtTheMargin() {
        #expect(CommonMarkDocument.outdentingLists("Intro:\n\n  - one\n  - two\n    continued\n\nAfter.\n") == "Intro:\n\n- one\n- two\n  continued\n\nAfter.\n")
        #expect(CommonMarkDocument.outdentingLists("```\n  - kept\n```\n") == "```\n  - kept\n```\n")
    }
}
