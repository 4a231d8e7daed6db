import Foundation
import Testing

@testable import DiscloseKit

@Suite("Privacy guard and hostile input")
struct PrivacyGuardTests {
    @Test func eMailAddressesPhoneNumbersAndIndividualNumbersAreFound() {
        let found = SensitiveText.scan("Write to desk@aoba.example or call +81 3-1234-5678, (03) 1234-5678 or 090-1234-5678; ID 123456789018.")
        #expect(found.map(\.kind) == [.email, .phone, .phone, .phone, .individualNumber])
        #expect(found.map(\.text) == ["desk@aoba.example", "+81 3-1234-5678", "(03) 1234-5678", "090-1234-5678", "123456789018"])
        #expect(found.first?.column == 10)
    }

    @Test func onlyTwelveDigitNumbersWithAValidCheckDigitAreIndividualNumbers() {
        // 12345678901 → check digit 8 (sum 118, 118 mod 11 = 8, 11 − 8 = 3? worked below).
        // Digits from the right P1…P11 = 1,0,9,8,7,6,5,4,3,2,1 with weights 2,3,4,5,6,7,2,3,4,5,6:
        // 2+0+36+40+42+42+10+12+12+10+6 = 212; 212 mod 11 = 3; check = 11 − 3 = 8.
        #expect(SensitiveText.isIndividualNumber([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 8]))
        #expect(!SensitiveText.isIndividualNumber([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 7]))
        #expect(SensitiveText.scan("123456789017").isEmpty)
        #expect(SensitiveText.scan("a1234567890180").isEmpty)
    }

    @Test func datesCountsAndChartCoordinatesAreNotMistakenForPhoneNumbers() {
        #expect(SensitiveText.scan("FY2025 (2025-04-01 to 2026-03-31): 1,234,567 rows, 94.3%").isEmpty)
        #expect(SensitiveText.scan("<svg viewBox=\"0 0 640 1024\"><rect x=\"0\" y=\"18\" width=\"440\"/>").isEmpty)
    }

    static let seeded = TestProject.pipeline + """

        medium_term:
          period: {from: 2021-04, to: 2026-03}
          goals:
            - {id: governance, title: "Governance: ask desk@aoba.example"}
        figures:
          leaks: {label: "Leaks (call 03-1234-5678)", id: incidents}
        goals:
          - id: g
            under: governance
            fiscal_year: 2025
            text: "Train everyone, contact 090-1111-2222"
            metric: {id: incidents}
            target: "= 0"
            achievement: "Number 123456789018 recorded {{value}}"
        sections:
          governance: content/governance.md
        """

    @Test func aBuildSeededWithPersonalDataInEveryReachableFieldPublishesNothing() throws {
        let project = try TestProject.group(pipeline: Self.seeded)
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Contact\n\nWrite to privacy@aoba.example or +1 (555) 010-0199.\n")
        try project.dataset(.incidents, company: "P", [["incident_id": "I1", "records_affected": "1", "summary": "reported by hanako@example.com 080-2222-3333"]])
        try project.dataset(.trainingSessions, company: "P", [["title": "Call taro@example.com"]])
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected the build to be refused")
        } catch {
            let messages = error.diagnostics.map(\.message)
            for secret in ["desk@aoba.example", "03-1234-5678", "090-1111-2222", "123456789018", "privacy@aoba.example", "+1 (555) 010-0199"] {
                #expect(messages.contains { $0.contains("'\(secret)'") }, "\(secret) not caught in \(messages)")
            }
            #expect(error.diagnostics.allSatisfy { $0.location.path.contains("output/FY2025/privacy.") || $0.location.path.contains("output/FY2025/data.json") })
            #expect(error.diagnostics.allSatisfy { $0.location.line > 0 })
            #expect(messages.contains { $0.contains("privacy@aoba.example") && $0.contains("content/governance.md:3") })
        }
        #expect(project.read("output/FY2025/privacy.html") == nil)
        #expect(project.read("output/FY2025/data.json") == nil)
    }

    @Test func dataFieldsThatAreNeverRenderedNeverReachTheOutput() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nfigures:\n  leaks: {id: incidents}\n")
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P", [["incident_id": "I1", "records_affected": "1", "summary": "summary with hanako@example.com and 123456789018"]])
        try project.dataset(.trainingSessions, company: "P", [["title": "Call taro@example.com"]])
        try project.dataset(.ledger, company: "P", [["department": "Desk 03-9999-8888", "registered_on": "2025-05-01"]])
        _ = try Pipeline(options: project.options()).build()
        for file in ["privacy.md", "privacy.html", "data.json"] {
            let text = try #require(project.read("output/FY2025/\(file)"))
            #expect(SensitiveText.scan(text).isEmpty, "\(file)")
            #expect(!text.contains("summary with"))
        }
    }

    @Test func theAllowListAdmitsAnIntentionallyPublicContact() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nallow_list: [privacy@aoba.example]\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Contact\n\nWrite to privacy@aoba.example.\n")
        _ = try Pipeline(options: project.options()).build()
        #expect(project.read("output/FY2025/privacy.md")?.contains("privacy@aoba.example") == true)
    }

    @Test func aPersonIDFromTheDataIsRefusedWithItsSourceRow() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.dataset(.training, company: "JP1", [["person_id": "EMP-0042"]])
        try project.write("content/governance.md", "# Thanks\n\nThanks to EMP-0042 for the help.\n")
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected the build to be refused")
        } catch {
            #expect(error.diagnostics.count >= 2)  // privacy.md and privacy.html
            #expect(error.diagnostics.first?.message.hasPrefix("refusing to publish a person_id 'EMP-0042' (from ") == true)
            #expect(error.diagnostics.first?.message.hasSuffix("data/FY2025/JP1/training.csv:2)") == true)
        }
    }

    @Test func markupAndTemplateSyntaxInDataRenderInert() throws {
        let hostile = "{{fy}} `tick` [x](javascript:alert(1)) <img src=x onerror=alert(1)>"
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nfigures:\n  leaks: {id: incidents, scope: {relationship: [parent, subsidiary]}}\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.write("data/companies.csv", TestProject.registry.replacingOccurrences(of: "Overseas One", with: "\"\(hostile)\""))
        try project.remove("data/FY2025/US1/incidents.csv")
        try project.write("content/governance.md", "# Links\n\n[a link](javascript:alert(1)) and [b](JaVaScRiPt:alert(2)).\n\n{{figures.leaks.coverage}}\n")
        _ = try Pipeline(options: project.options()).build()
        let html = try #require(project.read("output/FY2025/privacy.html"))
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        #expect(!html.lowercased().contains("href=\"javascript"))
        #expect(!html.contains("<img"))
        #expect(html.contains("not reported: {{fy}} `tick` [x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;)"))
        #expect(markdown.contains("not reported: {{fy}} \\`tick\\` \\[x\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>)"))
        #expect(markdown.contains("[a link]()"))
    }

    @Test func aPathLeadingOutOfTheProjectThroughASymlinkIsRefused() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        let outside = try TestProject("outside")
        defer { outside.cleanUp() }
        try outside.write("secret.md", "# Secret\n")
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("content").path, withDestinationPath: outside.root.path)
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected a refusal")
        } catch {
            #expect(error.diagnostics.map(\.message).contains("'content' (content) leads outside the project folder through a symbolic link"))
        }
    }

    @Test func aFileWithThousandsOfProblemsStopsAtTheCap() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.trainingSessions, company: "P", (1...10_050).map { ["session_id": "S\($0)", "kind": "lectur"] })
        let errors = project.errorList
        #expect(errors.count == FileParser.maxProblemsPerFile + 1)
        #expect(errors.last?.hasPrefix("data/FY2025/P/training_sessions.csv:10051: error: … and 50 more problems in this file") == true, "\(errors.last ?? "")")
    }
}
