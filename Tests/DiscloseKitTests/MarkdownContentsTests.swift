import Foundation
import Testing

@testable import DiscloseKit

/// Issue 20: the Markdown page has contents like the HTML page, linked to the anchors GitHub-flavoured
/// renderers give its headings, in every edition.
@Suite("Markdown contents")
struct MarkdownContentsTests {
    /// The contents block of a Markdown page: its `- [text](#anchor)` lines under `## heading`.
    static func contents(_ markdown: String, heading: String) -> [(text: String, anchor: String)] {
        guard let start = markdown.range(of: "\n## \(heading)\n\n") else { return [] }
        return markdown[start.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("- [") }.compactMap { line in
            guard let match = line.firstMatch(of: /^- \[(.+)\]\(#([^)]+)\)$/) else { return nil }
            return (String(match.1), String(match.2))
        }
    }

    @Test func theMarkdownPageOfEveryEditionListsItsSectionsLinkedToTheirAnchors() throws {
        let (project, files) = try BilingualTests.build()
        defer { project.cleanUp() }
        let expected: [(page: String, heading: String, entries: [(String, String)])] = [
            ("privacy.md", "Contents", [
                ("Governance", "governance"), ("Strategy", "strategy"), ("Metrics and Targets", "metrics-and-targets"),
                ("Main Initiatives", "main-initiatives"), ("Standards Index", "standards-index"),
            ]),
            ("ja/privacy.md", "目次", [
                ("ガバナンス", "ガバナンス"), ("戦略", "戦略"), ("指標と目標", "指標と目標"),
                ("主な取り組み", "主な取り組み"), ("開示基準との対照表", "開示基準との対照表"),
            ]),
        ]
        for (page, heading, entries) in expected {
            let markdown = try #require(files[page])
            let found = Self.contents(markdown, heading: heading)
            #expect(found.map(\.text) == entries.map(\.0), "\(page)")
            #expect(found.map(\.anchor) == entries.map(\.1), "\(page)")
            // Every link lands on a heading of the page, and the contents come before the first section.
            let document = try CommonMarkDocument(markdown: markdown)
            let anchors = MarkdownContents.anchors(for: document.headings.map(\.text))
            for entry in found { #expect(anchors.contains(entry.anchor), "\(page): #\(entry.anchor)") }
            let contents = try #require(markdown.range(of: "## \(heading)\n"))
            let firstSection = try #require(markdown.range(of: "## \(entries[0].0)\n"))
            #expect(contents.lowerBound < firstSection.lowerBound)
        }
    }

    @Test func headingSlugsFollowGitHubsRule() {
        let cases: [(String, String)] = [
            ("Metrics and Targets", "metrics-and-targets"),
            ("Progress, Achievements and Issues", "progress-achievements-and-issues"),
            ("Deepen risk management rooted in each department head's ownership", "deepen-risk-management-rooted-in-each-department-heads-ownership"),
            ("FY2025 training completion by population: Web-based training", "fy2025-training-completion-by-population-web-based-training"),
            ("Key Figures FY2025", "key-figures-fy2025"),
            ("A — B", "a--b"),
            ("snake_case (v1.2)", "snake_case-v12"),
            ("進捗・成果と課題", "進捗成果と課題"),
            ("推移（2023年度～2025年度）", "推移2023年度2025年度"),
            ("事故・苦情と政府機関からの要請", "事故苦情と政府機関からの要請"),
            ("２０２５年度　目標", "２０２５年度目標"),
            ("Ｆｙ２０２５", "ｆｙ２０２５"),
            ("Café Überblick", "café-überblick"),
        ]
        for (heading, slug) in cases { #expect(MarkdownContents.slug(heading) == slug, "\(heading)") }
    }

    @Test func aRepeatedHeadingTakesTheNextNumberedAnchor() {
        #expect(MarkdownContents.anchors(for: ["Charts", "Charts", "Charts"]) == ["charts", "charts-1", "charts-2"])
        #expect(MarkdownContents.anchors(for: ["A-1", "A", "A"]) == ["a-1", "a", "a-2"])
        #expect(MarkdownContents.anchors(for: ["A", "A", "A-1"]) == ["a", "a-1", "a-1-1"])
    }

    @Test func aSectionSharingANarrativeHeadingsNameLinksToItsOwnAnchor() throws {
        let markdown = "# Title\n\n## Contents\n\n## Governance\n\n### Strategy\n\nText.\n\n## Strategy `draft`\n\n## Strategy draft\n"
        let contents = try MarkdownContents(markdown: markdown, contentsHeading: "Contents")
        #expect(contents.entries == [
            .init(text: "Governance", anchor: "governance"),
            .init(text: "Strategy draft", anchor: "strategy-draft"),
            .init(text: "Strategy draft", anchor: "strategy-draft-1"),
        ])
        let repeated = try MarkdownContents(markdown: "## Contents\n\n### Strategy\n\n## Strategy\n", contentsHeading: "Contents")
        #expect(repeated.entries == [.init(text: "Strategy", anchor: "strategy-1")])
    }

    @Test func theContentsAreAPartOfTheirOwnAndNoSectionHoldsThem() throws {
        let (project, _) = try BilingualTests.build()
        defer { project.cleanUp() }
        let parts = try PagePartsTests.pageSet(project).parts
        let governance = try #require(parts.first { $0.edition == "en" && $0.key == "governance" })
        #expect(governance.markdown.hasPrefix("## Governance\n"))
        let standards = try #require(parts.first { $0.edition == "ja" && $0.key == "standards" })
        #expect(standards.markdown.hasPrefix("## 開示基準との対照表\n"))
        #expect(!parts.contains { $0.key != "contents" && ($0.markdown.contains("## Contents") || $0.markdown.contains("## 目次")) })
        #expect(parts.first { $0.edition == "en" && $0.key == "contents" }?.markdown.hasPrefix("## Contents\n") == true)
    }
}
