import Foundation
import Testing

@testable import DiscloseKit

@Suite("The disclosure page")
struct PageTests {
    /// Builds the `page` fixture in its own folder and returns the published files. When the build throws,
    /// the folder is removed before the error reaches the test (which then has no project to clean up).
    static func build(_ name: String = #function, edit: (TestProject) throws -> Void = { _ in }) throws -> (TestProject, [String: String]) {
        let project = try TestProject(name)
        do {
            try project.copyFixture("page")
            try edit(project)
            _ = try Pipeline(options: project.options()).build()
        } catch {
            project.cleanUp()
            throw error
        }
        var files: [String: String] = [:]
        for file in ["privacy.md", "privacy.html", "data.json"] {
            files[file] = project.read("output/FY2025/\(file)")
        }
        return (project, files)
    }

    /// Golden files: `RECORD_SNAPSHOTS=1 swift test --filter PageTests` re-records them.
    @Test func thePageSetMatchesTheGoldenFiles() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let expected = Fixtures.url("page-expected")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = expected.appendingPathComponent(name)
            if record {
                try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            #expect(text == golden, "\(name) differs from Fixtures/page-expected; re-record with RECORD_SNAPSHOTS=1 if intended")
        }
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let (first, a) = try Self.build()
        defer { first.cleanUp() }
        let (second, b) = try Self.build("buildingTwiceAgain")
        defer { second.cleanUp() }
        #expect(a == b)
        #expect(a.count == 3)
    }

    @Test func theHTMLHasOneH1AndNoSkippedHeadingLevels() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let levels = html.matches(of: /<h([1-6])[ >]/).compactMap { Int($0.1) }
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading level jumps from h\(previous) to h\(next)")
        }
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h3>Framework</h3>"))
        #expect(html.contains("<h4>Privacy Mark</h4>"))
    }

    @Test func everyTableHasACaptionAndScopedHeaders() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let tables = html.components(separatedBy: "<table").dropFirst()
        #expect(tables.count == 7)  // goals, key figures (one per topic: two here), standards, and one per chart (goals, training, trends)
        for table in tables {
            #expect(table.contains("<caption>"))
            #expect(!table.contains("<th>"), "every th carries scope")
        }
        #expect(!html.contains("<td></td>") && !html.contains("<td class=\"number\"></td>"))
    }

    @Test func statusIsWrittenInWordsBesideItsColour() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        #expect(html.contains("<td class=\"status status-met\" data-label=\"Status\"><span aria-hidden=\"true\">✓</span> met</td>"))
        #expect(html.contains("<td class=\"status status-not-met\" data-label=\"Status\"><span aria-hidden=\"true\">✗</span> not met</td>"))
        #expect(html.contains("status-insufficient-data"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func namesWithMarkupRenderLiterally() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let markdown = try #require(files["privacy.md"])
        #expect(html.contains("Example &lt;Group&gt; &amp; *Co*"))
        #expect(html.contains("not reported: *stars*"))
        #expect(markdown.contains("Example \\<Group> \\& \\*Co\\*"))
        #expect(markdown.contains("not reported: \\*stars\\*"))
        #expect(!html.contains("alert(\"raw html"))
        let json = try #require(files["data.json"])
        #expect(!json.contains("internal summary"))
    }

    @Test func aZeroSentenceNeedsCompleteCoverageOtherwiseTheCoverageIsStated() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let markdown = try #require(files["privacy.md"])
        #expect(markdown.contains("There were no incidents involving the loss or leak of personal information in fiscal year 2025."))
        #expect(!markdown.contains("There were no such incidents anywhere in the group."))
        #expect(markdown.contains("Across the group: 0 so far, reported by 2 of 3 companies (not reported: \\*stars\\*)."))
    }

    @Test func noRenderedFieldIsEmptyWhereDataExists() throws {
        let (project, files) = try Self.build()
        defer { project.cleanUp() }
        let markdown = try #require(files["privacy.md"])
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            #expect(!line.contains("|  |") && !line.contains("| |"), "empty cell in: \(line)")
        }
        #expect(!markdown.contains("\n- \n"))
        #expect(markdown.contains("| Web training for all employees | 95% or more | 85.0% | 95.0% | not met |"))
        #expect(markdown.contains("- Ledger in place at 1 of 1 overseas subsidiaries"))
    }

    @Test func anUnknownTemplateNameIsALocatedError() throws {
        do {
            _ = try Self.build { project in
                try project.write("content/strategy.md", "# Policy\n\nWe had {{figures.leak.value}} leaks in {{fy}}.\n")
            }
            Issue.record("expected an error")
        } catch let error as DiscloseError {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location.path.hasSuffix("content/strategy.md") == true)
            #expect(error.diagnostics.first?.location.line == 3)
            #expect(error.diagnostics.first?.location.column == 8)
            #expect(error.diagnostics.first?.message == "unknown name 'figures.leak.value' in template; did you mean 'figures.leaks.value'?")
        }
    }

    @Test func aTemplateInTheProjectOverridesTheBuiltInOne() throws {
        let (project, files) = try Self.build { project in
            try project.write("templates/privacy.md.mustache", "{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}} for {{organization}}\n\n{{{draft_banner}}}\n")
        }
        defer { project.cleanUp() }
        // The title line as the project's template writes it, then (no approvals.yaml) the draft banner.
        #expect(files["privacy.md"]?.hasPrefix("# Personal Information Protection and Privacy for Example \\<Group> \\& \\*Co\\*\n\n> **Draft") == true)
        #expect(files["privacy.html"]?.hasPrefix("<!DOCTYPE html>") == true)
    }
}
