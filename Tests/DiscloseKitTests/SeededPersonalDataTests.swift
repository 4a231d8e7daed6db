import Foundation
import Testing

@testable import DiscloseKit

/// End to end: personal data seeded in every input that can reach the page, in many spellings.
@Suite("A project seeded with personal data")
struct SeededPersonalDataTests {
    static let pipeline = TestProject.pipeline.replacingOccurrences(
        of: "SEC-WEB: {title: Web training}", with: "SEC-WEB: {title: \"Web training by 佐藤@example.org\"}")
        + """

        medium_term:
          period: {from: 2021-04, to: 2026-03}
          goals:
            - {id: governance, title: "Governance desk 0081-80-1111-2222"}
        figures:
          leaks: {label: "Leaks (call (06) 6123-4567)", id: incidents}
        goals:
          - id: g
            under: governance
            fiscal_year: 2025
            text: "Contact ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｏｒｇ"
            metric: {id: incidents}
            target: "= 0"
        sections:
          governance: content/governance.md
        """

    static let narrative = """
        # Contact

        窓口は田中携帯080-2222-3333へ。Mail hanako@*example*.org or write to HANAKO  SATO.

        マイナンバー2718 2818 2840を確認。Thanks to STAFF#4410 and <em>06</em>-6611-2233.

        """

    static func seeded(_ name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, pipeline: pipeline)
        try project.write("data/companies.csv", TestProject.registry.replacingOccurrences(of: "Overseas One", with: "Overseas One ＋８１　３－１２３４－５６７８"))
        try project.write("content/governance.md", narrative)
        try project.dataset(.training, company: "P", [["person_id": "STAFF#4410"], ["person_id": "CD-12345"]])
        try project.dataset(.appointments, company: "P", [["person_id": "Hanako Sato", "department": "Legal"]])
        try project.write("data/FY2025/CD-12345.xlsx", "stray")
        try project.write("data/FY2025/０９０－１２３４－５６７８.pdf", "stray")
        return project
    }

    @Test func aSeededBuildIsRefusedAtEveryLocationAndPublishesNothing() throws {
        let project = try Self.seeded()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("output/FY2025").path))
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        func expectError(at place: String, _ value: String) {
            #expect(errors.contains { $0.contains(place) && $0.contains(value) }, "no error at \(place) for \(value):\n\(errors.joined(separator: "\n"))")
        }
        // Each refusal names the kind of personal data and where it is; the value itself is never printed.
        expectError(at: "pipeline.yaml:7:", "refusing to publish an e-mail address")  // a course title, never on the page
        expectError(at: "pipeline.yaml:11:", "refusing to publish a phone number")  // a medium-term goal title
        expectError(at: "data/companies.csv:4:", "refusing to publish a phone number")  // a company name not on the page
        expectError(at: "output/FY2025/data.json", "refusing to publish a person_id (from data/FY2025/[person_id].xlsx; the id of the row at data/FY2025/P/training.csv:3)")
        expectError(at: "data/FY2025/[phone number].pdf", "refusing to publish a phone number")  // a stray file named with a phone number
        for (kind, source) in [
            ("a phone number", "pipeline.yaml:13:"), ("an e-mail address", "pipeline.yaml:18:"), ("a phone number", "content/governance.md:3:"),
            ("an Individual Number (My Number)", "content/governance.md:5:"), ("a phone number", "content/governance.md:5:"),
        ] {
            #expect(
                errors.contains { $0.contains("output/FY2025/privacy.") && $0.contains("refusing to publish \(kind) (from ") && $0.contains(source) },
                "\(kind) from \(source) not refused in the output:\n\(errors.joined(separator: "\n"))")
        }
        for value in ["佐藤@example.org", "0081-80-1111-2222", "３－１２３４－５６７８", "080-2222-3333", "2718 2818 2840", "06-6611-2233", "hanako@example.org", "CD-12345", "STAFF#4410", "Hanako Sato", "０９０－１２３４－５６７８"] {
            #expect(!result.stderr.contains(value) && !result.stdout.contains(value), "\(value) printed")
        }
        #expect(errors.contains { $0.contains("output/FY2025/privacy.md") && $0.contains("refusing to publish a person_id (from ") && $0.contains("data/FY2025/P/") })
    }

    @Test func theSameBuildIsRefusedThroughTheLibraryWithLocatedErrors() throws {
        let project = try Self.seeded()
        defer { project.cleanUp() }
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected the build to be refused")
        } catch {
            #expect(error.reason == .invalidInput)
            #expect(error.diagnostics.allSatisfy { $0.severity == .error && ($0.location.line > 0 || !$0.location.path.hasSuffix(".md")) })
            #expect(error.diagnostics.count >= 20)
        }
        #expect(project.read("output/FY2025/data.json") == nil)
    }

    /// A valid project whose config, registry and file names carry personal data the commands print.
    static func printable(_ name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, years: [2024, 2025], pipeline: TestProject.pipeline + """

            figures:
              leaks: {label: "Leaks, desk 080-2222-3333", id: incidents, scope: {relationship: [parent, subsidiary]}}
            goals:
              - id: g
                fiscal_year: 2025
                text: "Ask hanako@example.org or STAFF#4410"
                metric: {id: incidents, scope: {relationship: [parent, subsidiary]}}
                target: "= 0"
            """)
        try project.write("data/companies.csv", TestProject.registry.replacingOccurrences(of: "Overseas One", with: "Overseas ０３－１２３４－５６７８"))
        try project.remove("data/FY2025/US1/incidents.csv")
        try project.dataset(.training, company: "P", [["person_id": "STAFF#4410"]])
        try project.write("data/FY2025/hanako@example.org.txt", "stray")
        return project
    }

    @Test(arguments: [["check"], ["check", "--json"], ["status"], ["status", "--json"], ["explain", "g"], ["explain", "leaks", "--json"], ["diff"]])
    func commandOutputRedactsPersonalDataInsteadOfRefusing(_ arguments: [String]) throws {
        let project = try Self.printable()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(arguments, in: project.root)
        let all = result.stdout + result.stderr
        #expect(result.status == 0, "\(all)")
        for secret in ["hanako@example.org", "STAFF#4410", "080-2222-3333", "０３－１２３４－５６７８"] {
            #expect(!all.contains(secret), "\(arguments): \(secret) in\n\(all)")
        }
        if ["check", "status", "explain"].contains(arguments[0]), arguments != ["explain", "leaks", "--json"] {
            #expect(all.contains("[e-mail]") || all.contains("[phone number]") || all.contains("[person_id]"), "\(arguments): \(all)")
        }
        if arguments.contains("--json") {
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(result.stdout)")
        }
    }

    @Test func invalidDataDiagnosticsAreRedactedWithThePersonIDsOfTheData() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.training, company: "P", [["person_id": "STAFF#4410"], ["person_id": "STAFF#4410"]])
        try project.dataset(.trainingSessions, company: "P", [["kind": "lectur", "title": "Call STAFF#4410 at 080-2222-3333"]])
        try project.dataset(.incidents, company: "P", [["incident_id": "I1", "type": "leek", "records_affected": "1", "summary": "STAFF#4410"]])
        try project.write("data/FY2025/P/hanako@example.org.csv", "x")
        for command in [["check"], ["status"], ["explain", "incidents"], ["diff"]] {
            let result = try EndToEndTests.run(command, in: project.root)
            #expect(result.status == 1)
            #expect(!result.stderr.contains("STAFF#4410") && !result.stderr.contains("hanako@example.org"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("[e-mail]"), "\(command): \(result.stderr)")
        }
    }
}
