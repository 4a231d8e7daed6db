import Foundation
import Testing

@testable import DiscloseKit

/// Control characters (C0 but tab, LF and CR; DEL; C1) in any input are located errors, never output.
@Suite("Control characters in every input")
struct ControlCharacterTests {
    @Test(arguments: [("\u{0}", "U+0000 (NUL)"), ("\u{1}", "U+0001 (SOH)"), ("\u{1B}", "U+001B (ESC)"), ("\u{7F}", "U+007F (DEL)"), ("\u{85}", "U+0085")])
    func aControlCharacterInACSVTextFieldIsALocatedError(_ control: String, _ name: String) throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.trainingSessions, company: "P", [["title": "Priv\(control)acy"]])
        #expect(project.errorList == ["data/FY2025/P/training_sessions.csv:2:16: error: control character \(name) in field 'title': remove it (only tab, LF and CR are allowed)"])
    }

    @Test func controlCharactersAreFoundInQuotedMultiLineAndNonTextFields() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.trainingSessions, company: "P", [["title": "Line one\nline\u{0}two"], ["session_id": "S2", "held_on": "2025-05\u{0}-01"]])
        try project.write("data/companies.csv", TestProject.registry.replacingOccurrences(of: "Domestic One", with: "\"Domestic, \u{0}One\""))
        let errors = project.errorList
        #expect(errors.contains("data/FY2025/P/training_sessions.csv:3:5: error: control character U+0000 (NUL) in field 'title': remove it (only tab, LF and CR are allowed)"), "\(errors)")
        #expect(errors.contains("data/FY2025/P/training_sessions.csv:4:28: error: control character U+0000 (NUL) in field 'held_on': remove it (only tab, LF and CR are allowed)"), "\(errors)")
        #expect(errors.contains("data/companies.csv:3:16: error: control character U+0000 (NUL) in field 'name': remove it (only tab, LF and CR are allowed)"), "\(errors)")
    }

    @Test func tabsAndLineBreaksInQuotedFieldsStayAllowed() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.trainingSessions, company: "P", [["title": "Tab\there\r\nand a line"]])
        #expect(project.errorList.isEmpty)
    }

    @Test(arguments: ["\\0", "\\x01", "\\u0000", "\\e", "\\x7f"])
    func anEscapedControlCharacterInAYAMLValueIsALocatedError(_ escape: String) {
        let yaml = TestProject.pipeline.replacingOccurrences(of: "organization: Example Group", with: "organization: \"Example\(escape) Group\"")
        let (config, diagnostics) = decodeConfig(yaml)
        #expect(config == nil)
        #expect(diagnostics.contains { $0.location.line == 3 && $0.location.column == 25 && $0.message.hasPrefix("control character U+00") }, "\(diagnostics)")
    }

    @Test func aRawControlCharacterInPipelineYAMLIsALocatedError() {
        let yaml = TestProject.pipeline.replacingOccurrences(of: "organization: Example Group", with: "organization: Example\u{1}Group")
        let (config, diagnostics) = decodeConfig(yaml)
        #expect(config == nil)
        #expect(diagnostics.first?.location.line == 3, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("control character") == true, "\(diagnostics)")
    }

    @Test(arguments: ["\u{0}", "\u{8}", "\u{1F}"])
    func aControlCharacterInANarrativeFileIsALocatedError(_ control: String) throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Governance\n\nCall 080\(control)-2222-3333 today.\n")
        do {
            _ = try Pipeline(options: project.options()).build()
            Issue.record("expected a refusal")
        } catch {
            #expect(error.diagnostics.map(\.description).contains { $0.hasSuffix("content/governance.md:3:9: error: " + ControlCharacter.message(control.unicodeScalars.first ?? "x", in: "in this file")) }, "\(error.diagnostics)")
        }
        #expect(project.read("output/FY2025/privacy.md") == nil)
    }
}
