import Foundation
import Testing

@testable import DiscloseKit

/// Pages are built as typed parts while rendering: every byte of every page file is in exactly one part, whatever
/// markup a template override writes, and approval covers every part.
@Suite("Page parts")
struct PagePartsTests {
    static func project(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        try project.copyFixture("page")
        return project
    }

    /// The project's page set as rendered now, unmarked.
    static func pageSet(_ project: TestProject) throws -> PageSet {
        let (report, evaluation) = try Pipeline(options: project.options()).report()
        return try PageRenderer(project: evaluation.project).pageSet(report)
    }

    /// A file rebuilt from its parts' approved texts alone: the frame, each `{{> child}}` replaced by that part.
    static func reassemble(_ file: PageFile, from parts: [PagePart]) -> String {
        let texts = Dictionary(
            parts.filter { $0.edition == file.edition }.map { ($0.key, $0.texts[file.format] ?? "") }, uniquingKeysWith: { a, _ in a })
        func expand(_ key: String, depth: Int) -> String {
            guard depth < 8 else { return "" }
            var text = texts[key] ?? ""
            for child in texts.keys where text.contains("{{> \(child)}}") {
                text = text.replacingOccurrences(of: "{{> \(child)}}", with: expand(child, depth: depth + 1))
            }
            return text
        }
        return expand(PageSet.framePart, depth: 0)
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

    static func approveAll(_ project: TestProject) throws {
        _ = try Approval(options: project.options(), selectors: nil, edition: nil, by: "Hanako Sato", note: nil, date: nil).record()
    }

    /// Frame overrides that write the built-in page's markup another way.
    static let frames: [(name: String, text: String)] = [
        ("upper case and indented", """
            <!DOCTYPE HTML>
            <HTML LANG="{{language}}">
              {{> head}}
              <BODY CLASS='page'>
                {{> header}}
                <MAIN>
                  {{> governance}}
                  {{> strategy}}
                  {{> metrics}}
                  {{> initiatives}}
                  {{> standards}}
                </MAIN>
                {{> footer}}
              </BODY>
            </HTML>
            """),
        ("line breaks inside tags and markup between sections", """
            <!DOCTYPE html>
            <html
              lang="{{language}}">
            {{> head}}
            <body
            ><div class="wrap">
            {{> header}}
            <main>
            {{> governance}}<hr>
            <p>A sentence nobody approved.</p>
            {{> strategy}}
            {{> metrics}}<aside>between</aside>{{> initiatives}}
            {{> standards}}
            </main>
            {{> footer}}</div></body>
            </html>
            """),
        ("sections merged and omitted", """
            <!DOCTYPE html>
            <html lang='{{language}}'>
            {{> head}}
            <body>
            {{> header}}
            <main>
            <SECTION ID=governance><h2>{{{words.heading_governance}}}</h2>{{{governance_html}}}</SECTION>
            {{> metrics}}
            </main>
            </body>
            </html>
            """),
    ]

    @Test func concatenatingThePartsGivesTheFileForTheBuiltInTemplates() throws {
        let (project, _) = try BilingualTests.build()
        defer { project.cleanUp() }
        let pages = try Self.pageSet(project)
        #expect(pages.files.count == 6)
        for file in pages.files {
            #expect(Self.reassemble(file, from: pages.parts) == file.text, "\(file.path)")
            #expect(file.spans.map(\.text).joined() == file.text)
        }
        let keys = pages.parts.filter { $0.edition == "en" }.map(\.key)
        #expect(keys.prefix(4) == ["page", "head", "header", "contents"])
        #expect(keys.contains("goal:training") && keys.last == "footer")
        #expect(pages.parts.count == 2 * keys.count)
    }

    @Test(arguments: frames.indices)
    func concatenatingThePartsGivesTheFileForOverridesWrittenAnotherWay(_ index: Int) throws {
        let project = try Self.project("overrides\(index)")
        defer { project.cleanUp() }
        try project.write("templates/privacy.html.mustache", Self.frames[index].text)
        let pages = try Self.pageSet(project)
        for file in pages.files {
            #expect(Self.reassemble(file, from: pages.parts) == file.text, "\(Self.frames[index].name): \(file.path)")
        }
        let html = try #require(pages.files.first { $0.format == .html })
        let frame = html.text(of: PageSet.framePart)
        #expect(frame.contains("{{> header}}") && frame.contains("{{> metrics}}"))
        #expect(pages.parts.contains { $0.key == "goal:training" })
        if index == 1 {
            #expect(frame.contains("A sentence nobody approved."))
            #expect(frame.contains("<aside>between</aside>"))
        }
        if index == 2 {
            #expect(frame.contains("<SECTION ID=governance>"))
            #expect(!html.partIDs.contains("governance") && !html.partIDs.contains("strategy"))
            #expect(pages.warnings.contains { $0.message.contains("no part 'governance'") })
            #expect(pages.warnings.allSatisfy { $0.location.path.hasSuffix("templates/privacy.html.mustache") })
        }
    }

    @Test func aChangeAnywhereOnThePageMakesAPartUnapproved() throws {
        let edits: [(part: String, edit: (TestProject) throws -> Void)] = [
            ("header", { project in
                let config = try #require(project.read("pipeline.yaml"))
                try project.write("pipeline.yaml", config.replacingOccurrences(of: "title: Personal Information Protection and Privacy", with: "title: Privacy at a Glance"))
            }),
            ("head", { try $0.write("templates/head.html.mustache", PageTemplates.all["head.html.mustache", default: ""].replacingOccurrences(of: "</style>", with: "tr { display: none; }\n</style>")) }),
            ("page", { try $0.write("templates/privacy.html.mustache", PageTemplates.all["privacy.html.mustache", default: ""].replacingOccurrences(of: "</main>", with: "</main>\n<p>Extra words.</p>")) }),
            ("footer", { try $0.write("templates/footer.html.mustache", PageTemplates.all["footer.html.mustache", default: ""].replacingOccurrences(of: "{{data_href}}", with: "https://example.invalid/data.json")) }),
            ("footer", { try $0.write("templates/footer.md.mustache", PageTemplates.all["footer.md.mustache", default: ""] + "\nOne more line.\n") }),
            ("governance", { try $0.write("content/governance.md", ($0.read("content/governance.md") ?? "") + "\nA new sentence.\n") }),
            ("goal:training", { try $0.write("templates/goal-row.html.mustache", PageTemplates.all["goal-row.html.mustache", default: ""].replacingOccurrences(of: "<tr id", with: "<tr class=\"x\" id")) }),
        ]
        for (index, (part, edit)) in edits.enumerated() {
            let project = try Self.project("anyChange\(index)")
            defer { project.cleanUp() }
            try Self.approveAll(project)
            #expect(Self.refusal(project) == nil, "approved page \(index)")
            try edit(project)
            let refusal = try #require(Self.refusal(project), "edit \(index) of \(part) passed as approved")
            #expect(refusal.contains("'\(part)'"), "edit \(index): \(refusal.prefix(300))")
            _ = try Pipeline(options: project.options()).build()
            #expect(project.read("output/FY2025/data.json")?.contains("\"draft\": true") == true)
        }
    }

    @Test func aChangeToTheHTMLAloneIsAChange() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try Self.approveAll(project)
        try project.write(
            "templates/governance.html.mustache",
            PageTemplates.all["governance.html.mustache", default: ""].replacingOccurrences(of: "<section id=\"governance\"", with: "<section hidden id=\"governance\""))
        let parts = try Self.pageSet(project).parts
        let governance = try #require(parts.first { $0.key == "governance" })
        let approvals = try Approvals.load(path: project.root.appendingPathComponent("approvals.yaml").path, within: nil)
        #expect(approvals.entry(for: governance, fiscalYear: 2025)?.markdown == governance.markdown, "the Markdown did not change")
        let refusal = try #require(Self.refusal(project))
        #expect(refusal.contains("'governance' (Governance) changed since it was approved"))
        #expect(!refusal.contains("'strategy'"))
    }

    @Test func dataJSONIsADraftWhicheverWayAPartIsPending() throws {
        // Changed since approval only, not approved only, then both, then none.
        let project = try Self.project()
        defer { project.cleanUp() }
        func draft() throws -> Bool? {
            _ = try Pipeline(options: project.options()).build()
            let json = project.read("output/FY2025/data.json") ?? ""
            return json.contains("\"draft\": true") ? true : json.contains("\"draft\": false") ? false : nil
        }
        try Self.approveAll(project)
        #expect(try draft() == false)
        try project.write("content/strategy.md", "Changed.\n")
        #expect(try Pipeline(options: project.options()).renderSigned().signOff.pending.map(\.state) == [.changed])
        #expect(try draft() == true)
        try Self.approveAll(project)
        var approvals = try Approvals.load(path: project.root.appendingPathComponent("approvals.yaml").path, within: nil)
        approvals.entries[Approvals.Key(fiscalYear: 2025, edition: "en", part: "footer")] = nil
        try approvals.write(to: project.root.appendingPathComponent("approvals.yaml").path)
        #expect(try Pipeline(options: project.options()).renderSigned().signOff.pending.map(\.state) == [.unapproved])
        #expect(try draft() == true)
    }

    @Test func aDraftCarriesItsBannerAndNoindexWhateverMarkupTheOverrideWrites() throws {
        for (index, frame) in Self.frames.enumerated() {
            let project = try Self.project("draftMarks\(index)")
            defer { project.cleanUp() }
            try project.write("templates/privacy.html.mustache", frame.text)
            try project.write("templates/header.html.mustache", "<HEADER\n  class=\"top\">\n{{{draft_banner}}}<H1>{{title}}</H1>\n</HEADER>\n")
            _ = try Pipeline(options: project.options()).build()
            let html = try #require(project.read("output/FY2025/privacy.html"))
            #expect(html.contains("<p class=\"draft-banner\" role=\"status\"><strong>Draft — not approved:</strong>"), "\(frame.name)")
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"), "\(frame.name)")
            #expect(project.read("output/FY2025/privacy.md")?.contains("> **Draft — not approved:**") == true)
            try Self.approveAll(project)
            _ = try Pipeline(options: project.options()).build(final: true)
            let final = try #require(project.read("output/FY2025/privacy.html"))
            #expect(!final.contains("draft-banner\" role") && !final.contains("noindex"), "\(frame.name)")
        }
    }

    @Test func aTemplateThatLeavesOutADraftPlaceholderIsALocatedError() throws {
        let cases: [(file: String, text: String, placeholder: String)] = [
            ("templates/header.html.mustache", "<header><h1>{{title}}</h1></header>\n", "draft_banner"),
            ("templates/head.html.mustache", "<head><title>{{{words.page_title}}}</title></head>\n", "robots_meta"),
            ("templates/header.md.mustache", "# {{title}}\n", "draft_banner"),
            ("templates/privacy.html.mustache", "<!DOCTYPE html>\n<html>\n<body>{{> governance}}</body></html>\n", "robots_meta"),
            ("templates/privacy.md.mustache", "{{% CONTENT_TYPE: MARKDOWN}}\n{{> governance}}\n", "draft_banner"),
        ]
        for (index, item) in cases.enumerated() {
            let project = try Self.project("placeholder\(index)")
            defer { project.cleanUp() }
            try project.write(String(item.file), item.text)
            do {
                _ = try Pipeline(options: project.options()).build()
                Issue.record("\(item.file) without \(item.placeholder) built")
            } catch {
                let found = error.diagnostics.first { $0.message.contains("{{{\(item.placeholder)}}}") }
                #expect(found?.location.path.hasSuffix(item.file) == true, "\(item.file): \(error.diagnostics)")
                #expect(found?.location.line == 1)
            }
            #expect(project.read("output/FY2025/privacy.html") == nil)
        }
    }

    @Test func exportedTemplatesUsedAsOverridesGiveTheSamePagesAndParts() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        let before = try Self.pageSet(project)
        let written = try PageTemplates.export(to: project.root.appendingPathComponent("templates").path)
        for name in ["privacy.html.mustache", "head.html.mustache", "header.md.mustache", "goal-row.html.mustache", "footer.md.mustache", "index.html.mustache", "evidence.html.mustache"] {
            #expect(written.contains { $0.hasSuffix("/" + name) }, "\(name) exported")
        }
        let after = try Self.pageSet(project)
        #expect(after.contents == before.contents)
        #expect(after.parts.map(\.sha256) == before.parts.map(\.sha256))
        #expect(after.templateFiles.count == written.filter { !$0.contains("/index.") && !$0.contains("/evidence.") }.count)
    }
}
