import Foundation
import Testing

@testable import DiscloseKit

/// `approve` records only what `build` would publish, reads approvals.yaml only as a project file, and the output
/// index and restatements come from typed values.
@Suite("Approval guards, the index and restatements")
struct ApprovalGuardTests {
    static func approve(_ project: TestProject, by: String = "Hanako Sato", note: String? = nil) throws -> Approval.Outcome {
        try Approval(options: project.options(), selectors: nil, edition: nil, by: by, note: note, date: nil).record()
    }

    static func usageMessage(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as DiscloseError {
            if case .usage(let message) = error.reason { return message }
            return "not a usage error: \(error)"
        } catch {
            return "unexpected: \(error)"
        }
    }

    @Test func approveRefusesAPageBuildWouldRefuseAndWritesNothing() throws {
        let spellings = ["call 03-5512-3307 today", "write to hanako.sato@example.co.jp", "個人番号 1234 5678 9018"]
        for (index, spelling) in spellings.enumerated() {
            let project = try PagePartsTests.project("approveGuard\(index)")
            defer { project.cleanUp() }
            try project.write("content/strategy.md", "Our desk: \(spelling).\n")
            #expect(throws: DiscloseError.self, "\(spelling)") { try Self.approve(project) }
            #expect(project.read("approvals.yaml") == nil, "\(spelling)")
        }
    }

    @Test func byAndNoteWithAControlCharacterAreUsageErrors() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        for text in ["Hanako\nSato", "Hanako\u{1B}[31mSato", "Tab\tName", "Del\u{7F}", "C1\u{85}next", "Bell\u{07}"] {
            #expect(Self.usageMessage { _ = try Self.approve(project, by: text) }?.contains("--by holds a control character") == true, "\(text.debugDescription)")
            #expect(Self.usageMessage { _ = try Self.approve(project, note: text) }?.contains("--note holds a control character") == true)
        }
        let selector = Self.usageMessage {
            _ = try Approval(options: project.options(), selectors: ["gover\u{1B}]0;x\u{07}nance"], edition: nil, by: "A", note: nil, date: nil).record()
        }
        #expect(selector?.contains("control character") == true)
        let edition = Self.usageMessage {
            _ = try Approval(options: project.options(), selectors: nil, edition: "e\rn", by: "A", note: nil, date: nil).record()
        }
        #expect(edition?.contains("--edition holds a control character") == true)
        #expect(project.read("approvals.yaml") == nil)
    }

    @Test func byAndNoteWithPersonalDataAreRefusedUnlessAllowed() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        for text in ["hanako.sato@example.co.jp", "Sato ０９０－１２３４－５６７８", "Sato（hanako＠example.jp）"] {
            let message = Self.usageMessage { _ = try Self.approve(project, by: text) }
            #expect(message?.contains("holds personal data") == true, "\(text)")
            #expect(message?.contains("example") != true, "the refusal does not print the address back")
            #expect(Self.usageMessage { _ = try Self.approve(project, note: text) }?.contains("--note") == true)
        }
        #expect(project.read("approvals.yaml") == nil)
        let config = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", config + "allow_list: [\"privacy-desk@example.co.jp\"]\n")
        _ = try Self.approve(project, by: "privacy-desk@example.co.jp")
        #expect(project.read("approvals.yaml")?.contains("privacy-desk@example.co.jp") == true)
    }

    @Test func approvalsYAMLIsReadOnlyAsARegularFileInsideTheProject() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        _ = try Self.approve(project)
        let path = project.root.appendingPathComponent("approvals.yaml").path
        let outside = try TestProject("approvalsOutside")
        defer { outside.cleanUp() }
        try outside.write("approvals.yaml", project.read("approvals.yaml") ?? "")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside.root.appendingPathComponent("approvals.yaml").path)
        do {
            _ = try Pipeline(options: project.options()).build(final: true)
            Issue.record("a link out of the project was honoured")
        } catch {
            #expect(error.diagnostics.first?.message.contains("outside the project") == true, "\(error)")
            #expect(error.diagnostics.first?.location.path == path)
        }
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o600) == 0)
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("a FIFO was read")
        } catch {
            #expect(error.diagnostics.first?.message.contains("not a regular file") == true, "\(error)")
        }
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: DiscloseError.self) { _ = try Pipeline(options: project.options()).build() }
    }

    @Test func approvalsOfPartsThePageNoLongerHasAreReportedAndApproveAllDropsThem() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        _ = try Self.approve(project)
        let config = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", config.replacingOccurrences(of: "  - id: group-leaks", with: "  - id: group-leaks-renamed"))
        let signOff = try Pipeline(options: project.options()).renderSigned().signOff
        #expect(signOff.orphans.map(\.part) == ["goal:group-leaks"])
        #expect(signOff.orphanWarnings.first?.message.contains("'goal:group-leaks' is approved, but the page has no such part") == true)
        _ = try Self.approve(project)
        #expect(project.read("approvals.yaml")?.contains("goal:group-leaks:") == false)
        #expect(try Pipeline(options: project.options()).renderSigned().signOff.orphans.isEmpty)
    }

    @Test func anApprovalsFileOfThePreviousReleaseLoadsAndReadsAsChanged() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        let old = """
            FY2025:
              en:
                governance:
                  sha256: \(String(repeating: "ab", count: 32))
                  by: Hanako Sato
                  markdown: |
                    ## Governance
                  html: |
                    <section id="governance">
            """
        try project.write("approvals.yaml", old + "\n")
        let signOff = try Pipeline(options: project.options()).renderSigned().signOff
        #expect(signOff.lines.first { $0.part.key == "governance" && $0.part.edition == "en" }?.state == .changed)
        _ = try Self.approve(project)
        #expect(try Pipeline(options: project.options()).renderSigned().signOff.isDraft == false)
    }

    @Test func theIndexListsOnlyWhatTheRecordSaysWithEveryValueChecked() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        try project.write(
            "output/published.json",
            """
            {"published": [
              {"fiscal_year": 2023, "edition": "en\\" onmouseover=\\"alert(1)", "main": true, "draft": false},
              {"fiscal_year": 99999, "edition": "en", "main": true, "draft": false},
              {"fiscal_year": "2022", "edition": "en", "main": true, "draft": false},
              {"fiscal_year": 2021, "edition": "<script>", "main": false, "draft": true},
              {"fiscal_year": 2020, "edition": "fr", "main": false, "draft": true}
            ]}
            """)
        try project.write("output/FY2019\" onload=\"x/privacy.html", "<html lang=\"x\" onload=\"y\">")
        _ = try Pipeline(options: project.options()).build()
        let html = try #require(project.read("output/index.html"))
        #expect(!html.contains("onmouseover") && !html.contains("onload") && !html.contains("<script>"))
        #expect(!html.contains("FY2019") && !html.contains("FY2023") && !html.contains("FY2022"))
        #expect(html.contains("FY2020/fr/privacy.html") && html.contains("FY2025/privacy.html"))
        let record = PublishedIndex.load(outputPath: project.root.appendingPathComponent("output").path)
        #expect(record.entries.map { "\($0.fiscalYear) \($0.edition)" } == ["2020 fr", "2025 en"])
    }

    @Test func theIndexSharesThePageShellAndTheMainLanguagesWords() throws {
        let (project, _) = try BilingualTests.build()
        defer { project.cleanUp() }
        let html = try #require(project.read("output/index.html"))
        let head = PageTemplates.all["head.html.mustache", default: ""]
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(head.contains("table.cards") && html.contains("table.cards"))
        #expect(html.contains("日本語 (ja)") && html.contains("English (en)"))
    }

    @Test func restatementsCompareExactDecimalsAsPublished() throws {
        let same: [(String, String)] = [("94.3", "94.30"), ("94.366197", "94.3661970"), ("0.1", "1e-1"), ("100", "1E2"), ("0", "-0"), ("3", "3.000")]
        for (a, b) in same { #expect(DecimalText.same(.number(a), .number(b)), "\(a) \(b)") }
        let different: [(String, String)] = [("94.366197", "94.36619700000001"), ("0.1", "0.10000000000000001"), ("3", "3.0001"), ("-1", "1")]
        for (a, b) in different { #expect(!DecimalText.same(.number(a), .number(b)), "\(a) \(b)") }
        let json = Array(#"{"goals": [{"id": "t", "value": 94.366197}], "metrics": [{"name": "m", "value": 0.1}, {"name": "d", "value": "2005-10-01"}]}"#.utf8)
        #expect(JSONValue.parse(json)?["goals"]?.items.first?["value"] == .number("94.366197"))
        #expect(JSONValue.parse(json)?["metrics"]?.items.first?["value"] == .number("0.1"))
        for bad in ["{", "[1,]", "01", "1.", "\"\\x\"", "{\"a\" 1}", "nul", "[1] 2"] {
            #expect(JSONValue.parse(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test func buildingTheNextYearWithNoDataChangedRestatesNothing() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options(fiscalYear: 2024)).build()
        _ = try Pipeline(options: project.options()).build()
        let json = try #require(project.read("output/FY2025/data.json"))
        #expect(!json.contains("\"restatement\""))
        let prior = try #require(project.read("output/FY2024/data.json"))
        // The prior year published a different count than the records now give.
        var root = try #require(JSONValue.parse(Array(prior.utf8)))
        if case .object(var members) = root, case .array(var metrics) = members["metrics"] {
            for (index, metric) in metrics.enumerated() where metric["name"] == .string("leaks") {
                if case .object(var fields) = metric { fields["value"] = .number("7"); metrics[index] = .object(fields) }
            }
            members["metrics"] = .array(metrics)
            root = .object(members)
        }
        try project.write("output/FY2024/data.json", root.serialized())
        let (report, _) = try Pipeline(options: project.options()).report()
        let restated = try #require(report.figures.first { $0.name == "leaks" }?.restatement)
        #expect(restated.published == "7")
        let page = try Pipeline(options: project.options()).render().pages["privacy.html"] ?? ""
        #expect(page.contains("the FY2024 page published 7 incidents"), "the value with its unit")
    }

    @Test func aRestatementReasonForAFigureThatDidNotChangeIsALocatedWarning() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        let config = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", config + "restatements:\n  leaks: Recounted after an audit\n")
        _ = try Pipeline(options: project.options(fiscalYear: 2024)).build()
        let (report, _) = try Pipeline(options: project.options()).report()
        let warning = try #require(report.shownDiagnostics.first { $0.message.contains("restatement 'leaks'") })
        #expect(warning.location.path.hasSuffix("pipeline.yaml"))
        #expect(warning.location.line == config.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        #expect(!(project.read("output/FY2025/data.json") ?? "").contains("restatement 'leaks'"))
    }

    @Test func dataJSONPublishesNoWarningAboutContentTemplatesOrPipelineYAML() throws {
        let project = try PagePartsTests.project()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/JP1/incidents.csv")
        try project.write("content/initiatives.md", "Leaks across the group: {{figures.group_leaks.value}}.\n")
        _ = try Pipeline(options: project.options()).build()
        let (report, _) = try Pipeline(options: project.options()).report()
        #expect(report.shownDiagnostics.contains { $0.location.path.contains("content/") }, "the team is told")
        let json = try #require(project.read("output/FY2025/data.json"))
        let diagnostics = JSONValue.parse(Array(json.utf8))?["diagnostics"]?.items ?? []
        #expect(!diagnostics.isEmpty, "the missing file bears on a figure")
        for item in diagnostics {
            let path = item["path"]?.stringValue ?? ""
            #expect(path.hasPrefix("data/"), "\(path)")
        }
    }

    @Test func twoBuildsOfDifferentYearsAtOnceKeepBothInTheRecord() throws {
        for round in 0..<3 {
            let project = try PagePartsTests.project("bothYears\(round)")
            defer { project.cleanUp() }
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                _ = try? Pipeline(options: project.options(fiscalYear: 2024 + index)).build()
            }
            let record = PublishedIndex.load(outputPath: project.root.appendingPathComponent("output").path)
            #expect(record.entries.map(\.fiscalYear) == [2024, 2025], "round \(round)")
            #expect(project.read("output/index.md")?.contains("FY2024") == true && project.read("output/index.md")?.contains("FY2025") == true)
        }
    }
}
