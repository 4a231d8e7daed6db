import Foundation
import Testing

@testable import DiscloseKit

@Suite("Sign-off")
struct SignOffTests {
    /// The `page` fixture in its own folder.
    static func project(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        try project.copyFixture("page")
        return project
    }

    static func approve(_ project: TestProject, _ selectors: [String]? = nil, by: String = "Hanako Sato") throws -> Approval.Outcome {
        try Approval(options: project.options(), selectors: selectors, edition: nil, by: by, note: "Reviewed", date: nil).record()
    }

    static func refusal(_ project: TestProject) -> String? {
        do {
            _ = try Pipeline(options: project.options()).build(final: true)
            return nil
        } catch {
            if case .notApproved(let text) = error.reason { return text }
            return "unexpected: \(error)"
        }
    }

    @Test func anUnapprovedPageIsADraftWithABannerNoindexAndTheListInDataJSON() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        let html = try #require(project.read("output/FY2025/privacy.html"))
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        let json = try #require(project.read("output/FY2025/data.json"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(html.contains("<strong>Draft — not approved:</strong> Page frame, Page head (title and style sheet), Page header, Contents, Governance, Strategy, Metrics and Targets, goal “Introduce the ledger at every overseas subsidiary”"))
        #expect(markdown.contains("> **Draft — not approved:** Page frame, Page head (title and style sheet), Page header, Contents, Governance, Strategy, Metrics and Targets, goal “Introduce the ledger at every overseas subsidiary”"))
        #expect(html.contains("Main Initiatives, Standards Index, Page footer</p>"))
        #expect(json.contains("\"draft\": true"))
        #expect(json.contains("\"part\": \"goal:training\""))
        #expect(json.contains("\"part\": \"initiatives\""))
    }

    @Test func approvingEveryPartGivesAPageWithoutDraftMarksAndFinalSucceeds() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let outcome = try Self.approve(project)
        #expect(!outcome.signOff.isDraft)
        #expect(outcome.approved.map(\.key).contains("goal:overseas-ledger"))
        _ = try Pipeline(options: project.options()).build(final: true)
        let html = try #require(project.read("output/FY2025/privacy.html"))
        #expect(!html.contains("noindex"))
        #expect(!html.contains("Draft"))
        #expect(!(project.read("output/FY2025/privacy.md") ?? "").contains("Draft"))
        #expect(project.read("output/FY2025/data.json")?.contains("\"draft\": false") == true)
        #expect(project.read("output/FY2025/data.json")?.contains("\"unapproved\": []") == true)
    }

    @Test func editingOneContentLineMakesThatSectionADraftAndFinalShowsTheDiff() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        _ = try Self.approve(project)
        _ = try Pipeline(options: project.options()).build(final: true)
        let before = project.read("output/FY2025/privacy.html")
        let strategy = try #require(project.read("content/strategy.md"))
        try project.write("content/strategy.md", strategy.replacingOccurrences(of: "adopts the group's", with: "follows the group's"))
        let refusal = try #require(Self.refusal(project))
        #expect(refusal.contains("'strategy' (Strategy) changed since it was approved by Hanako Sato"))
        #expect(refusal.contains("-Each company adopts the group's *policy*."))
        #expect(refusal.contains("+Each company follows the group's *policy*."))
        #expect(refusal.contains("+<p>Each company follows the group's <em>policy</em>.</p>"))
        #expect(!refusal.contains("'governance'"))
        #expect(project.read("output/FY2025/privacy.html") == before, "a refused --final build writes nothing")
        _ = try Pipeline(options: project.options()).build()
        let html = try #require(project.read("output/FY2025/privacy.html"))
        #expect(html.contains("<strong>Draft — not approved:</strong> Strategy</p>"))
        #expect(project.read("output/FY2025/privacy.md")?.contains("> **Draft — not approved:** Strategy\n") == true)
        #expect(project.read("output/FY2025/data.json")?.contains("\"state\": \"changed\"") == true)
    }

    @Test func aChangedGoalRowNamesTheGoalAndItsSection() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        _ = try Self.approve(project)
        let pipeline = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", pipeline.replacingOccurrences(of: "target: \"100%\"", with: "target: \">= 90%\""))
        let refusal = try #require(Self.refusal(project))
        #expect(refusal.contains("'goal:overseas-ledger' (Introduce the ledger at every overseas subsidiary) changed"))
        #expect(refusal.contains("'metrics' (Metrics and Targets) changed"))
        #expect(!refusal.contains("'goal:training'"))
        #expect(refusal.contains("| 90% or more |"), "the target in words, in the diff of the chart it moved")
    }

    @Test func approvalsSurviveARebuildByteForByte() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        _ = try Self.approve(project)
        let approvals = try #require(project.read("approvals.yaml"))
        _ = try Pipeline(options: project.options()).build()
        _ = try Pipeline(options: project.options()).build(final: true)
        #expect(project.read("approvals.yaml") == approvals)
        _ = try Self.approve(project)
        #expect(project.read("approvals.yaml") == approvals, "approving the same content again reads no clock and changes nothing")
        #expect(!approvals.contains("date:"))
    }

    @Test func approvingOnePartLeavesTheOthersPendingAndStatusSaysSo() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let outcome = try Self.approve(project, ["governance", "training"])
        #expect(outcome.approved.map(\.key) == ["governance", "goal:training"])
        #expect(outcome.signOff.isDraft)
        let table = outcome.signOff.table
        #expect(table.contains("governance (Governance)"))
        #expect(table.split(separator: "\n").first { $0.hasPrefix("governance") }?.contains(/\s{2}approved +Hanako Sato$/) == true)
        #expect(table.split(separator: "\n").first { $0.hasPrefix("strategy") }?.contains("not approved") == true)
        #expect(table.contains("page is a draft"))
    }

    @Test func anUnknownPartIsAUsageErrorWithASuggestionAndWritesNothing() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        #expect(throws: DiscloseError.self) { try Self.approve(project, ["stratgy"]) }
        do throws(DiscloseError) {
            _ = try Approval(options: project.options(), selectors: ["stratgy"], edition: nil, by: "X", note: nil, date: nil).record()
        } catch {
            #expect(error.description.contains("did you mean 'strategy'?"))
        }
        #expect(project.read("approvals.yaml") == nil)
    }

    @Test func theApprovalsFileKeepsTrickyTextExactly() throws {
        var approvals = Approvals()
        let texts = [
            "  leading spaces\nsecond", "trailing space \nline", "tab\there", "quote \" and \\ backslash", "key: value # not a comment",
            "日本語の見出し：２０２５年度", "carriage\r\nreturn", "", "\n\nblank first lines", "last newline\n", "- a list?", "|",
        ]
        for (index, text) in texts.enumerated() {
            let part = PagePart(edition: index % 2 == 0 ? "en" : "ja", key: "part\(index)", name: "P", texts: [.markdown: text, .html: text + "<p>"])
            approvals.approve([part], fiscalYear: 2025, by: "Name: \"quoted\" #\(index)", note: text.isEmpty ? nil : text, date: "2026-06-20")
        }
        let yaml = approvals.yaml()
        let decoded = try Approvals.decode(Array(yaml.utf8), path: "approvals.yaml")
        #expect(decoded == approvals)
    }

    @Test func theIndexListsEveryPublishedYearAndEditionWithItsState() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        _ = try Self.approve(project)
        _ = try Pipeline(options: project.options(fiscalYear: 2024)).build()
        _ = try Pipeline(options: project.options()).build()
        let markdown = try #require(project.read("output/index.md"))
        let html = try #require(project.read("output/index.html"))
        #expect(markdown.contains("| FY2024 | English (en) | draft | [privacy.html](FY2024/privacy.html)"))
        #expect(markdown.contains("| FY2025 | English (en) | final | [privacy.html](FY2025/privacy.html)"))
        #expect(html.contains("<a href=\"FY2025/data.json\">data.json</a>"))
        #expect(html.range(of: "FY2024")?.lowerBound ?? html.endIndex < html.range(of: "FY2025")?.lowerBound ?? html.startIndex)
        // A folder nobody published is not listed: the index comes from the record the builds keep.
        try project.write("output/FY2023/privacy.html", "<!DOCTYPE html>\n<html lang=\"en\" onload=\"x\">\n")
        _ = try Pipeline(options: project.options()).build()
        #expect(project.read("output/index.md") == markdown)
        let record = PublishedIndex.load(outputPath: project.root.appendingPathComponent("output").path)
        #expect(record.entries.map { "\($0.fiscalYear) \($0.edition) \($0.isDraft)" } == ["2024 en true", "2025 en false"])
    }

    @Test func checkReportsAStaleIndex() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        #expect(try Pipeline(options: project.options()).checkOutput().diff.isEmpty)
        try project.write("output/index.md", "edited\n")
        let diff = try Pipeline(options: project.options()).checkOutput().diff
        #expect(diff.contains("output/index.md"))
        _ = try Self.approve(project)
        #expect(try Pipeline(options: project.options()).checkOutput().diff.contains("-> **Draft — not approved:**"))
    }
}
