import Foundation
import Testing

@testable import DiscloseKit

/// Issue 31: diagnostics CI can place on a line (`--format sarif|github` on `check` and `build`).
@Suite("CI diagnostics")
struct CIDiagnosticsTests {
    /// The SARIF 2.1.0 specification's required properties, checked by hand (the schema is not in the package
    /// registries): returns each violation, empty when the log conforms.
    static func sarifViolations(_ text: String) -> [String] {
        guard let json = JSONValue.parse(Array(text.utf8)), case .object(let log) = json else { return ["not a JSON object"] }
        var problems: [String] = []
        if log["version"] != .string("2.1.0") { problems.append("version is not \"2.1.0\"") }
        if case .string(let schema)? = log["$schema"], schema.hasPrefix("https://"), schema.contains("sarif-2.1.0") {} else {
            problems.append("$schema does not name SARIF 2.1.0")
        }
        guard case .array(let runs)? = log["runs"], !runs.isEmpty else { return problems + ["runs is missing or empty"] }
        for case .object(let run) in runs {
            guard case .object(let tool)? = run["tool"], case .object(let driver)? = tool["driver"] else {
                problems.append("runs[].tool.driver is missing")
                continue
            }
            if case .string(let name)? = driver["name"], !name.isEmpty {} else { problems.append("tool.driver.name is missing") }
            var ruleIDs: [String] = []
            if case .array(let rules)? = driver["rules"] {
                for case .object(let rule) in rules {
                    guard case .string(let id)? = rule["id"] else {
                        problems.append("a rule has no id")
                        continue
                    }
                    ruleIDs.append(id)
                }
            }
            if Set(ruleIDs).count != ruleIDs.count { problems.append("rule ids are not unique") }
            guard case .array(let results)? = run["results"] else {
                problems.append("runs[].results is missing")
                continue
            }
            for (index, item) in results.enumerated() {
                guard case .object(let result) = item else {
                    problems.append("results[\(index)] is not an object")
                    continue
                }
                guard case .object(let message)? = result["message"], case .string(let text)? = message["text"], !text.isEmpty else {
                    problems.append("results[\(index)].message.text is missing")
                    continue
                }
                guard case .string(let ruleID)? = result["ruleId"], ruleIDs.contains(ruleID) else {
                    problems.append("results[\(index)].ruleId is not one of tool.driver.rules")
                    continue
                }
                if case .number(let at)? = result["ruleIndex"], Int(at).map({ ruleIDs.indices.contains($0) && ruleIDs[$0] == ruleID }) != true {
                    problems.append("results[\(index)].ruleIndex does not point at its rule")
                }
                guard case .string(let level)? = result["level"], ["none", "note", "warning", "error"].contains(level) else {
                    problems.append("results[\(index)].level is not none, note, warning or error")
                    continue
                }
                guard case .array(let locations)? = result["locations"], !locations.isEmpty else {
                    problems.append("results[\(index)].locations is missing")
                    continue
                }
                for case .object(let location) in locations {
                    guard case .object(let physical)? = location["physicalLocation"], case .object(let artifact)? = physical["artifactLocation"],
                        case .string(let uri)? = artifact["uri"], !uri.isEmpty, !uri.hasPrefix("/"), URL(string: uri) != nil
                    else {
                        problems.append("results[\(index)]: physicalLocation.artifactLocation.uri is not a relative URI")
                        continue
                    }
                    if case .object(let region)? = physical["region"] {
                        guard case .number(let line)? = region["startLine"], let start = Int(line), start >= 1 else {
                            problems.append("results[\(index)]: region.startLine is not ≥ 1")
                            continue
                        }
                        if let column = region["startColumn"], case .number(let value) = column, (Int(value) ?? 0) >= 1 {} else if region["startColumn"] != nil {
                            problems.append("results[\(index)]: region.startColumn is not ≥ 1")
                        }
                    }
                }
            }
        }
        return problems
    }

    /// A group whose US1 ledger has a bad value at a known line and column, and a personal e-mail in another row.
    static func brokenGroup(_ name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name)
        try project.dataset(.ledger, company: "US1",
            [
                ["risk": "lowest"],
                ["form_id": "F2", "risk": "hanako.sato@example.com"],
            ])
        return project
    }

    @Test func sarifOnStdoutIsTheWholeOutputAndMeetsTheSpecification() throws {
        let project = try Self.brokenGroup()
        defer { project.cleanUp() }
        for command in [["check"], ["check", "--strict"], ["build"]] {
            let result = try EndToEndTests.run(command + ["--format", "sarif"], in: project.root)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(Self.sarifViolations(result.stdout) == [], "\(command): \(result.stdout)")
            #expect(!result.stdout.contains("Completeness"), "the table goes to stderr")
            #expect(result.stderr.contains("Completeness") || command == ["build"])
        }
        let clean = try TestProject.group()
        defer { clean.cleanUp() }
        let passing = try EndToEndTests.run(["check", "--format", "sarif"], in: clean.root)
        #expect(passing.status == 0, "\(passing.stderr)")
        #expect(Self.sarifViolations(passing.stdout) == [])
        #expect(passing.stdout.contains("\"results\": []"))
    }

    @Test func sarifResultsCarryRuleLevelMessageRelativeURIAndRegion() throws {
        let project = try Self.brokenGroup()
        defer { project.cleanUp() }
        // Run from outside the project: paths are still relative to the project's folder.
        let result = try EndToEndTests.run(
            ["check", "--format", "sarif", "--config", project.root.lastPathComponent + "/pipeline.yaml"],
            in: project.root.deletingLastPathComponent())
        let log = try #require(JSONValue.parse(Array(result.stdout.utf8)))
        guard case .object(let root) = log, case .array(let runs)? = root["runs"], case .object(let run)? = runs.first,
            case .array(let results)? = run["results"]
        else { Issue.record("no results"); return }
        let text = results.map { $0.serialized() }.joined()
        #expect(text.contains("\"uri\": \"data/FY2025/US1/ledger.csv\""), "\(text)")
        #expect(text.contains("\"ruleId\": \"data-value\""))
        #expect(text.contains("\"startLine\": 2") && text.contains("\"startColumn\": 33"), "\(text)")
        #expect(text.contains("\"level\": \"error\""))
        #expect(!text.contains("hanako.sato@example.com"), "messages are redacted as check redacts them")
        // Results are sorted by file, line and column.
        let lines = results.compactMap { item -> Int? in
            guard case .object(let r) = item, case .array(let l)? = r["locations"], case .object(let first)? = l.first,
                case .object(let p)? = first["physicalLocation"], case .object(let region)? = p["region"],
                case .number(let line)? = region["startLine"]
            else { return nil }
            return Int(line)
        }
        #expect(lines == lines.sorted() && lines.count >= 2, "\(lines)")
    }

    @Test func everyRuleIDIsStableAndDocumented() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(DiagnosticRule.allCases.map(\.id) == [
            "config", "yaml-syntax", "registry", "data-layout", "data-header", "data-value", "missing-file", "scope", "content",
            "template", "incomplete-figure", "restatement", "sign-off", "personal-data", "kit", "run",
        ])
        for rule in DiagnosticRule.allCases {
            #expect(readme.contains("| `\(rule.id)` |"), "README documents rule \(rule.id)")
        }
    }

    @Test func ruleIDsFollowTheKindOfDiagnostic() {
        func rule(_ path: String) -> String { Diagnostic.error(at: SourceLocation(path: path), "x").rule.id }
        #expect(rule("data/FY2025/P/ledger.csv") == "data-value")
        #expect(rule("data/companies.csv") == "registry")
        #expect(rule("pipeline.yaml") == "config")
        #expect(rule("approvals.yaml") == "sign-off")
        #expect(rule("templates/header.html.mustache") == "template")
        #expect(rule("content/governance.md") == "content")
        #expect(rule("data/FY2025/ZZ") == "data-layout")
        #expect(Diagnostic.warning(at: SourceLocation(path: "a.csv"), "x", rule: .missingFile).asError.rule == .missingFile)
    }

    @Test func missingFilesAndHeaderProblemsHaveTheirOwnRules() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/P/incidents.csv")
        try project.write("data/FY2025/JP1/reviews.csv", TestProject.header(.reviews).replacingOccurrences(of: "subject", with: "subjct"))
        try project.write("pipeline.yaml", TestProject.pipeline + "\ncourses:\n  X: {title: X}\n")
        let result = try EndToEndTests.run(["check", "--format", "sarif"], in: project.root)
        #expect(result.stdout.contains("\"ruleId\": \"yaml-syntax\""), "a duplicate key: \(result.stdout)")
        try project.write("pipeline.yaml", TestProject.pipeline)
        let data = try EndToEndTests.run(["check", "--format", "sarif"], in: project.root)
        #expect(data.stdout.contains("\"ruleId\": \"missing-file\""))
        #expect(data.stdout.contains("\"ruleId\": \"data-header\""))
    }

    @Test func githubFormatPrintsEscapedWorkflowCommandsCappedWithASummary() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let rows = (1...14).map { ["form_id": "F\($0)", "risk": "lowest"] }
        try project.dataset(.ledger, company: "US1", rows)
        for dataset in ["reviews", "incidents"] { try project.remove("data/FY2025/P/\(dataset).csv") }
        let result = try EndToEndTests.run(["check", "--format", "github"], in: project.root)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("::") }, "stdout holds workflow commands only: \(result.stdout)")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 2)
        #expect(lines.first == "::error file=data/FY2025/US1/ledger.csv,line=2,col=33,title=disclose data-value::invalid value 'lowest' in field 'risk': expected one of low, medium, high")
        #expect(lines.last == "::notice title=disclose::4 of 16 left out (4 errors, 0 warnings): GitHub shows 10 of each per step; run with --format sarif or read the log for all")
    }

    @Test func githubEscapesPercentLineBreaksAndPropertySeparators() {
        let diagnostic = Diagnostic.error(at: SourceLocation(path: "data/a,b:c%.csv", line: 3, column: 2), "100% wrong\r\nhere: a, b")
        let text = DiagnosticReport([diagnostic], root: ".").github
        #expect(text.hasPrefix("::error file=data/a%2Cb%3Ac%25.csv,line=3,col=2,title=disclose data-value::100%25 wrong%0D%0Ahere: a, b\n"))
    }

    @Test func jsonAndFormatTogetherAreAUsageError() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let result = try EndToEndTests.run(["check", "--json", "--format", "sarif"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }

    @Test func aRunThatCannotStartIsStillOneSARIFLog() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.remove("data/companies.csv")
        let result = try EndToEndTests.run(["build", "--format", "sarif"], in: project.root)
        #expect(result.status == 1)
        #expect(Self.sarifViolations(result.stdout) == [], "\(result.stdout)")
        #expect(result.stdout.contains("companies.csv"))
        let unapproved = try TestProject.group()
        defer { unapproved.cleanUp() }
        let final = try EndToEndTests.run(["build", "--final", "--format", "sarif"], in: unapproved.root)
        #expect(Self.sarifViolations(final.stdout) == [], "\(final.stdout)")
        #expect(final.stdout.contains("\"ruleId\": \"sign-off\""))
    }

    @Test func theSARIFCheckRejectsLogsMissingRequiredProperties() {
        let good = DiagnosticReport([.error(at: SourceLocation(path: "data/x.csv", line: 2, column: 3), "bad")], root: ".").sarif.serialized()
        #expect(Self.sarifViolations(good) == [])
        for (broken, expected) in [
            (good.replacingOccurrences(of: "\"2.1.0\"", with: "\"2.0.0\""), "version"),
            (good.replacingOccurrences(of: "\"$schema\"", with: "\"schema\""), "$schema"),
            (good.replacingOccurrences(of: "\"name\": \"disclose\"", with: "\"nom\": \"disclose\""), "driver.name"),
            (good.replacingOccurrences(of: "\"text\": \"bad\"", with: "\"txt\": \"bad\""), "message.text"),
            (good.replacingOccurrences(of: "\"ruleId\": \"data-value\"", with: "\"ruleId\": \"nothing\""), "ruleId"),
            (good.replacingOccurrences(of: "\"startLine\": 2", with: "\"startLine\": 0"), "startLine"),
            (good.replacingOccurrences(of: "\"uri\": \"data/x.csv\"", with: "\"uri\": \"/abs/x.csv\""), "uri"),
        ] {
            #expect(Self.sarifViolations(broken).contains { $0.contains(expected) }, "\(expected)")
        }
    }
}
