import Foundation
import Testing

@testable import DiscloseKit

@Suite("disclose init and disclose schema")
struct StarterAndSchemaTests {
    @Test func initWritesAProjectThatBuildsAtOnce() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let target = folder.root.appendingPathComponent("starter")
        let result = try EndToEndTests.run(["init", target.path], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try EndToEndTests.run(["check"], in: target)
        #expect(check.status == 0)
        #expect(check.stderr.contains("0 errors, 0 warnings"))
        let build = try EndToEndTests.run(["build"], in: target)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: target.appendingPathComponent("output/FY2025/privacy.md"), encoding: .utf8)
        #expect(page.contains("Kaede Group"))
        #expect(page.contains("| Web-based information security training for all officers and employees | 95% or more | 92.5% | 97.5% | not met |"))
    }

    @Test func initWithTwoLanguagesWritesBothEditionsThatBuildAtOnce() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let target = folder.root.appendingPathComponent("starter")
        let result = try EndToEndTests.run(["init", target.path, "--languages", "en,ja"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("content/ja/initiatives.md").path))
        let check = try EndToEndTests.run(["check"], in: target)
        #expect(check.status == 0)
        #expect(check.stderr.contains("0 errors, 0 warnings"))
        let build = try EndToEndTests.run(["build"], in: target)
        #expect(build.status == 0, "\(build.stderr)")
        let japanese = try String(contentsOf: target.appendingPathComponent("output/FY2025/ja/privacy.md"), encoding: .utf8)
        #expect(japanese.contains("| すべての役員・従業員への情報セキュリティWeb研修 | 95%以上 | 92.5% | 97.5% | 未達成 |"))
        #expect(japanese.contains("2025年度、親会社で個人情報の紛失・漏えいの事故はありませんでした。"))
        let english = try String(contentsOf: target.appendingPathComponent("output/FY2025/privacy.md"), encoding: .utf8)
        #expect(english.contains("| Web-based information security training for all officers and employees | 95% or more | 92.5% | 97.5% | not met |"))
    }

    @Test(arguments: [["fr"], ["en", "en"], [], ["ja", "de"]])
    func initRefusesALanguageItHasNoTextsFor(languages: [String]) throws {
        let folder = try TestProject("initlanguages\(languages.joined())")
        defer { folder.cleanUp() }
        #expect(throws: DiscloseError.self) {
            try StarterProject.write(to: folder.root.appendingPathComponent("starter").path, languages: languages)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("starter/pipeline.yaml").path))
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try folder.write("notes.txt", "keep me\n")
        let result = try EndToEndTests.run(["init", folder.root.path], in: folder.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("is not empty"))
        #expect(folder.read("notes.txt") == "keep me\n")
        #expect(folder.read("pipeline.yaml") == nil)
    }

    /// Validates YAML files against `disclose schema` with Python's jsonschema (an independent validator).
    static func validate(_ yamlPaths: [String]) throws -> String {
        let schema = TemporaryName.url("schema", extension: "json")
        defer { try? FileManager.default.removeItem(at: schema) }
        try Data(PipelineSchema.document.serialized().utf8).write(to: schema)
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sys.argv[2:]:
                for error in jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(open(path))):
                    print(path, list(error.path), error.message)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path] + yamlPaths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self) + (process.terminationStatus == 0 ? "" : "exit \(process.terminationStatus)")
    }

    @Test func theSampleAndTheStarterValidateAgainstTheSchema() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try StarterProject.write(to: folder.root.appendingPathComponent("starter").path)
        try StarterProject.write(to: folder.root.appendingPathComponent("bilingual").path, languages: ["ja", "en"])
        let output = try Self.validate([
            folder.root.appendingPathComponent("bilingual/pipeline.yaml").path,
            Fixtures.url("page-ja").appendingPathComponent("pipeline.yaml").path,
            Fixtures.packageRoot.appendingPathComponent("pipeline.yaml").path,
            folder.root.appendingPathComponent("starter/pipeline.yaml").path,
            Fixtures.url("page").appendingPathComponent("pipeline.yaml").path,
        ])
        #expect(output == "")
    }

    @Test func theSchemaRejectsAMisspeltKey() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try folder.write("pipeline.yaml", "disclosure: {title: T, organization: O, fiscal_yaer: 2025, home_country: JP}\n")
        let output = try Self.validate([folder.configPath])
        #expect(output.contains("'fiscal_year' is a required property"))
        #expect(output.contains("Additional properties are not allowed ('fiscal_yaer' was unexpected)"))
    }
}
