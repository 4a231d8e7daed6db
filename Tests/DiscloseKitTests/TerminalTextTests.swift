import Foundation
import Testing

@testable import DiscloseKit

/// Issue 31: the terminal reads well — help that wraps cleanly, suggestions for misspelt ids, plain messages.
@Suite("Terminal text")
struct TerminalTextTests {
    static let commands: [[String]] = [
        [], ["build"], ["check"], ["status"], ["approve"], ["evidence"], ["diff"], ["explain"], ["init"], ["schema"],
        ["generate"], ["templates"], ["templates", "export"], ["templates", "data"], ["new-year"], ["receive"],
    ]

    /// Every problem of one help text at the width help is printed at in a pipe (80 columns).
    static func helpProblems(_ text: String) -> [String] {
        var problems: [String] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let prose = Array(lines.prefix { !$0.hasPrefix("USAGE:") })
        for (previous, line) in zip(prose, prose.dropFirst()) where !previous.isEmpty && !line.isEmpty {
            if previous.hasPrefix("  ") {
                // An example that wrapped leaves its tail at the margin.
                if !line.hasPrefix("  "), !(line.hasSuffix(".") || line.hasSuffix(":")) { problems.append("an example wraps before '\(line)'") }
            } else if !line.hasPrefix("  "), previous.count < 60, !(previous.hasSuffix(".") || previous.hasSuffix(":")) {
                problems.append("a ragged break after '\(previous)'")
            }
        }
        // Each option's help names its default once.
        var entries: [String] = []
        for line in lines.drop(while: { $0 != "OPTIONS:" }).dropFirst() {
            if line.hasPrefix("  -") { entries.append(line) } else if line.hasPrefix("   "), !entries.isEmpty { entries[entries.count - 1] += " " + line }
        }
        for entry in entries where entry.components(separatedBy: "default:").count > 2 {
            problems.append("a doubled default in '\(entry.split(separator: " ").first ?? "")'")
        }
        return problems
    }

    @Test func helpWrapsCleanlyWithOneDefaultPerOption() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        for command in Self.commands {
            let result = try EndToEndTests.run(["help"] + command, in: folder.root)
            #expect(result.status == 0)
            #expect(Self.helpProblems(result.stdout) == [], "disclose help \(command.joined(separator: " "))")
        }
    }

    @Test func theHelpCheckCatchesRaggedBreaksWrappedExamplesAndDoubledDefaults() {
        #expect(Self.helpProblems("OVERVIEW: x\n\nWith --languages every text is written in both languages and content/ja/\nholds the\nJapanese narrative.\nUSAGE: x") != [])
        #expect(Self.helpProblems("Examples:\n  disclose approve governance strategy --by \"Hanako Sato\" --note \"Reviewed with\nLegal\"\nUSAGE: x") != [])
        #expect(Self.helpProblems("USAGE: x\n\nOPTIONS:\n  --languages <list>      The page's languages (default: en).\n                          (default: en)\n") != [])
        #expect(Self.helpProblems("OVERVIEW: A sentence.\nAnother sentence.\nExamples:\n  disclose build\nUSAGE: x\n\nOPTIONS:\n  --fy <year>   The year (default: 2025)\n") == [])
    }

    @Test func misspeltMetricIDsInPipelineYAMLGetASuggestion() throws {
        for (typo, meant) in [("incident", "incidents"), ("ledger_adopt", "ledger_adoption"), ("training_completon", "training_completion")] {
            let yaml = TestProject.pipeline + "\nfigures:\n  leaks: {label: Leaks, id: \(typo)}\n"
            let (_, diagnostics) = decodeConfig(yaml)
            #expect(diagnostics.map(\.message).contains("unknown metric '\(typo)'; did you mean '\(meant)'?"), "\(diagnostics)")
        }
    }

    @Test func misspeltFigureIDsInPipelineYAMLGetASuggestion() throws {
        let yaml = TestProject.pipeline + """

            figures:
              leaks: {label: Leaks, id: incidents}
            restatements:
              leak: the count was corrected
            """
        let (_, diagnostics) = decodeConfig(yaml)
        #expect(diagnostics.map(\.message).contains { $0.contains("'leak'") && $0.contains("did you mean 'leaks'?") }, "\(diagnostics)")
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("pipeline.yaml", TestProject.pipeline + "\nfigures:\n  leaks: {label: Leaks, id: incidents}\n")
        let explain = try EndToEndTests.run(["explain", "leak"], in: project.root)
        #expect(explain.stderr.contains("did you mean 'leaks'?"), "\(explain.stderr)")
    }

    @Test func anUnknownPartReadsAsPlainEnglish() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["approve", "metrcs", "--by", "Taro"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("error: the page has no part named 'metrcs'; did you mean 'metrics'? Its parts are: contents, "))
        let far = try EndToEndTests.run(["approve", "xyzzy", "--by", "Taro"], in: project.root)
        #expect(far.stderr.contains("error: the page has no part named 'xyzzy'; its parts are: contents, "))
    }

    @Test func aRowOfTheWrongWidthSaysHowManyFieldsItHas() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("data/FY2025/P/reviews.csv", TestProject.header(.reviews) + "R1,control-form\n")
        let width = DatasetCatalog.spec(.reviews).columns.count
        #expect(project.errorList.contains { $0.contains("this row has 2 fields, but the header has \(width)") }, "\(project.errorList)")
    }

    /// Every message a command prints passes the privacy guard's patterns and shows control characters, even from a
    /// command that never reads the data (`taxonomy export`): a folder argument holding ESC, a BEL or a phone number.
    @Test(arguments: ["out\u{1B}[31mred", "out\u{07}bell", "out-090-1234-5678", "out\u{1B}]0;title\u{07}", "out-０９０－１２３４－５６７８"])
    func aPrintedArgumentShowsControlCharactersAndHidesPersonalData(folder: String) throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["taxonomy", "export", folder], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote "), "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" }, "\(result.stderr)")
        #expect(!result.stderr.contains("1234") && !result.stderr.contains("１２３４"), "\(result.stderr)")
    }
}
