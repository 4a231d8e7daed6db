import Foundation
import Testing

@testable import DiscloseKit

/// `evidence --verify` checks (a) the pack is intact, (b) the records, (c) the published output, and names each
/// difference; the pack reads only what `build` reads and speaks the main language.
@Suite("Evidence pack verification")
struct EvidenceVerifyTests {
    /// A built bilingual project with its pack written; the pack's folder.
    static func packed(_ name: String = #function, edit: (TestProject) throws -> Void = { _ in }) throws -> (TestProject, String) {
        let project = try BilingualTests.project(name, edit: edit)
        _ = try Pipeline(options: project.options()).build()
        let (folder, _) = try EvidenceRun(options: project.options()).write(to: nil)
        return (project, folder)
    }

    static func verify(_ project: TestProject, _ folder: String) throws -> EvidenceRun.Verification {
        try EvidenceRun(options: project.options()).verify(folder)
    }

    static func document(_ folder: String) throws -> JSONValue {
        try #require(JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/evidence.json")))))
    }

    /// `value` with the item at `path` (object keys, or list indexes as text) replaced by `change(item)`.
    static func edit(_ value: JSONValue, _ path: ArraySlice<String>, _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let step = path.first else { return change(value) }
        switch value {
        case .object(var members):
            members[step] = edit(members[step] ?? .null, path.dropFirst(), change)
            return .object(members)
        case .array(var items):
            guard let index = Int(step), items.indices.contains(index) else { return value }
            items[index] = edit(items[index], path.dropFirst(), change)
            return .array(items)
        default: return value
        }
    }

    /// Every kind of value evidence.json holds, each edited in turn.
    static let edits: [(path: [String], change: @Sendable (JSONValue) -> JSONValue)] = [
        (["title"], { _ in .string("Another title") }),
        (["period", "from"], { _ in .string("2025-04-02") }),
        (["fiscal_year"], { _ in .number("2025.0") }),
        (["schema"], { _ in .number("2") }),
        (["figures", "0", "sql"], { value in .string((value.stringValue ?? "") + " -- edited") }),
        (["figures", "0", "label"], { _ in .string("Relabelled") }),
        (["figures", "0", "published"], { _ in .string("met") }),
        (["figures", "0", "value"], { _ in .number("99") }),
        (["figures", "0", "coverage", "reported"], { _ in .number("0") }),
        (["figures", "0", "companies", "0", "figure"], { _ in .string("12") }),
        (["figures", "0", "companies", "0", "files", "0", "sha256"], { _ in .string(String(repeating: "0", count: 64)) }),
        (["figures", "0", "companies", "0", "files", "0", "rows"], { _ in .number("1000") }),
        (["figures", "0", "companies", "0", "files", "0", "lines"], { _ in .array([.string("data/x.csv:2")]) }),
        (["figures", "0", "row_selection"], { _ in .string("read") }),
        (["figures", "0", "prior"], { _ in .null }),
        (["figures", "1", "scope"], { _ in .object([:]) }),
        (["manifest", "pipeline", "sha256"], { _ in .string(String(repeating: "a", count: 64)) }),
        (["manifest", "content", "0", "sha256"], { _ in .string(String(repeating: "b", count: 64)) }),
        (["manifest", "inputs", "0", "sha256"], { _ in .string(String(repeating: "c", count: 64)) }),
        (["manifest", "outputs", "0", "sha256"], { _ in .string(String(repeating: "d", count: 64)) }),
        (["manifest", "disclose_version"], { _ in .string("0.0.1") }),
        (["integrity", "index_html"], { _ in .string(String(repeating: "e", count: 64)) }),
    ]

    @Test func anUntouchedPackVerifiesOnAllThreeChecks() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        let outcome = try Self.verify(project, folder)
        #expect(outcome.matches, "\(outcome.problems)")
        #expect(outcome.summary == "(a) the pack is intact: holds\n(b) the records: holds\n(c) the published output: holds")
    }

    @Test func eachFieldOfThePackEditedInTurnFailsThePackCheck() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        let original = try Self.document(folder)
        let path = folder + "/evidence.json"
        for (steps, change) in Self.edits {
            let edited = Self.edit(original, steps[...], change)
            #expect(edited != original, "\(steps) edited nothing")
            try edited.serialized().write(toFile: path, atomically: true, encoding: .utf8)
            let outcome = try Self.verify(project, folder)
            #expect(outcome.failed.contains(.pack), "\(steps): \(outcome.problems)")
            if steps.first == "figures" {
                #expect(outcome.found.contains { $0.check == .records && $0.text.contains(steps.dropFirst(2).first ?? "?") }, "\(steps): \(outcome.problems)")
            }
        }
        try original.serialized().write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Self.verify(project, folder).matches)
    }

    @Test func aResealedEditIsStillFoundAgainstTheRecordsAndTheIndex() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        var document = Self.edit(try Self.document(folder), ["figures", "0", "sql"][...]) { .string(($0.stringValue ?? "") + " OR 1=1") }
        if case .object(var members) = document {
            members["integrity"] = nil
            let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
            members["integrity"] = EvidencePack.integrity(of: .object(members), indexHTML: index)
            document = .object(members)
        }
        try document.serialized().write(toFile: folder + "/evidence.json", atomically: true, encoding: .utf8)
        let outcome = try Self.verify(project, folder)
        #expect(outcome.problems.contains { $0.hasPrefix("(a) the pack is intact: index.html: not what evidence.json renders to") })
        #expect(outcome.problems.contains { $0.hasPrefix("(b) the records: figure ") && $0.contains("sql changed") })
    }

    @Test func anEditedIndexHTMLIsNamed() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        let path = folder + "/index.html"
        let index = try String(contentsOfFile: path, encoding: .utf8)
        for edited in [index.replacingOccurrences(of: "</main>", with: "<p>added</p>\n</main>"), index + " ", String(index.dropLast(40))] {
            try edited.write(toFile: path, atomically: true, encoding: .utf8)
            let outcome = try Self.verify(project, folder)
            #expect(outcome.problems.contains("(a) the pack is intact: index.html: edited since the pack was made"))
            #expect(outcome.failed == [.pack])
        }
    }

    @Test func eachPublishedFileEditedInTurnIsNamedWithItsFirstDifferingLine() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        for name in ["privacy.md", "privacy.html", "data.json", "ja/privacy.md", "ja/privacy.html"] {
            let relative = "output/FY2025/" + name
            let original = try #require(project.read(relative))
            var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let target = lines.indices.first { lines[$0].contains("not met") || lines[$0].contains("未達成") } ?? 3
            lines[target] = lines[target].replacingOccurrences(of: "not met", with: "met").replacingOccurrences(of: "未達成", with: "達成") + " "
            try project.write(relative, lines.joined(separator: "\n"))
            let outcome = try Self.verify(project, folder)
            #expect(
                outcome.problems.contains { $0.hasPrefix("(c) the published output: ") && $0.contains("FY2025/\(name): differs from what a build writes today, first at line \(target + 1)") },
                "\(name): \(outcome.problems)")
            #expect(outcome.failed == [.output], "\(name)")
            try project.write(relative, original)
        }
        try project.remove("output/FY2025/ja/privacy.md")
        #expect(try Self.verify(project, folder).problems.contains { $0.contains("ja/privacy.md: missing") })
    }

    @Test func reApprovingThePageByAnotherPersonIsAChangeOfTheRecords() throws {
        let (project, folder) = try Self.packed { project in
            _ = try Approval(options: project.options(), selectors: nil, edition: nil, by: "Hanako Sato", note: nil, date: nil).record()
        }
        defer { project.cleanUp() }
        #expect(try Self.verify(project, folder).matches)
        _ = try Approval(options: project.options(), selectors: nil, edition: nil, by: "Taro Suzuki", note: nil, date: nil).record()
        let outcome = try Self.verify(project, folder)
        #expect(outcome.problems.contains("(b) the records: content file approvals.yaml: digest changed"), "\(outcome.problems)")
    }

    @Test func evidenceReadsOnlyWhatBuildReadsNeverALinkOutOrAFIFO() throws {
        let outside = try TestProject("evidenceOutside")
        defer { outside.cleanUp() }
        try outside.write("secret.mustache", "{{title}}\n")
        // Entries of templates/ the build does not read are never opened: a FIFO, a link out, a folder.
        let (project, folder) = try Self.packed { project in
            try project.write("templates/notes.txt", "not a template\n")
            #expect(mkfifo(project.root.appendingPathComponent("templates/pipe.mustache").path, 0o600) == 0)
            try FileManager.default.createSymbolicLink(
                atPath: project.root.appendingPathComponent("templates/linked.mustache").path,
                withDestinationPath: outside.root.appendingPathComponent("secret.mustache").path)
            try project.write("templates/ja/old/privacy.html.mustache", "unused\n")
        }
        defer { project.cleanUp() }
        let pack = try Self.document(folder)
        #expect(!(pack["manifest"]?["content"]?.items ?? []).contains { ($0["path"]?.stringValue ?? "").hasPrefix("templates/") })
        #expect(try Self.verify(project, folder).matches)
        // A template the build reads that leads out of the project, a narrative file that is a FIFO: located errors.
        let cases: [(file: String, make: (String) throws -> Void)] = [
            ("templates/footer.html.mustache", { path in
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside.root.appendingPathComponent("secret.mustache").path)
            }),
            ("templates/ja/footer.md.mustache", { path in
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside.root.appendingPathComponent("secret.mustache").path)
            }),
            ("content/strategy.md", { path in
                try FileManager.default.removeItem(atPath: path)
                #expect(mkfifo(path, 0o600) == 0)
            }),
            ("approvals.yaml", { path in
                try? FileManager.default.removeItem(atPath: path)
                #expect(mkfifo(path, 0o600) == 0)
            }),
        ]
        for (file, make) in cases {
            let path = project.root.appendingPathComponent(file).path
            let saved = try? Data(contentsOf: URL(fileURLWithPath: path))
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try make(path)
            do {
                _ = try EvidenceRun(options: project.options()).write(to: nil)
                Issue.record("\(file): evidence read it")
            } catch {
                #expect(error.diagnostics.contains { $0.location.path.hasSuffix(file) }, "\(file): \(error)")
            }
            try FileManager.default.removeItem(atPath: path)
            if let saved { try saved.write(to: URL(fileURLWithPath: path)) }
        }
    }

    @Test func thePackIsInTheMainLanguageWithNoEnglishLabel() throws {
        let (project, folder) = try Self.packed { project in
            let config = try #require(project.read("pipeline.yaml"))
            try project.write("pipeline.yaml", config.replacingOccurrences(of: "languages: [en, ja]", with: "languages: [ja, en]"))
        }
        defer { project.cleanUp() }
        let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(page.contains("<html lang=\"ja\">"))
        // The words a reader sees: the style sheet, ids, SQL, paths and digests (in <code>) are no labels.
        let html = page.replacing(/<style>.*?<\/style>/.dotMatchesNewlines(), with: "").replacing(/<pre>.*?<\/pre>/.dotMatchesNewlines(), with: "").replacing(/<code[^>]*>.*?<\/code>/, with: "")
        let english = Edition.english
        let japanese = try #require(Edition.named("ja"))
        let labels = Word.allCases.filter { $0.rawValue.hasPrefix("evidence_") }
        for word in labels where english[word] != japanese[word] {
            let first = (english[word].split(separator: "{").first.map(String.init) ?? english[word]).replacingOccurrences(of: "disclose ", with: "")
            #expect(!html.contains(first.trimmingCharacters(in: .whitespaces)) || first.count < 4, "English label of \(word.rawValue) in the Japanese pack")
        }
        for english in ["not reported", "Period ", "rows;", "did not send", "none (the values", "key figure", "goal</td>"] {
            #expect(!html.contains(english), "\(english)")
        }
        #expect(try Self.verify(project, folder).matches)
    }

    @Test func aCompanysCodeAndNameSitApartAndLabelsNeverBreakInsideAWord() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(html.contains("<th scope=\"row\"><span class=\"company-code\">P</span> <span class=\"company-name\">"))
        #expect(html.contains(".evidence .company-code, .evidence .company-name { display: block; }"))
        #expect(html.contains(".evidence th { overflow-wrap: normal; word-break: normal; }"))
        #expect(!html.contains("body { font-family: system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\", \"Noto Sans JP\", sans-serif; line-height: 1.5; overflow-wrap: anywhere"))
    }

    @Test func aLinkOrAFIFOInThePublishedFolderIsNamedNeverFollowedOrWaitedOn() throws {
        let (project, folder) = try Self.packed()
        defer { project.cleanUp() }
        let outside = try TestProject("verifyOutside")
        defer { outside.cleanUp() }
        let page = try #require(project.read("output/FY2025/ja/privacy.md"))
        try outside.write("privacy.md", page)
        let linked = project.root.appendingPathComponent("output/FY2025/ja/privacy.md").path
        try FileManager.default.removeItem(atPath: linked)
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: outside.root.appendingPathComponent("privacy.md").path)
        #expect(mkfifo(project.root.appendingPathComponent("output/FY2025/extra.fifo").path, 0o600) == 0)
        let outcome = try Self.verify(project, folder)
        #expect(outcome.problems.contains { $0.contains("FY2025/ja/privacy.md: differs from what a build writes today") }, "\(outcome.problems)")
        #expect(outcome.problems.contains { $0.contains("FY2025/extra.fifo: a build does not write this file") })
        #expect(outcome.failed == [.output])
        // The pack itself, read through a link or from a FIFO, is refused with its path.
        let pack = (folder as NSString).appendingPathComponent("evidence.json")
        try FileManager.default.removeItem(atPath: pack)
        #expect(mkfifo(pack, 0o600) == 0)
        do {
            _ = try EvidenceRun(options: project.options()).verify(folder)
            Issue.record("a FIFO was read as evidence.json")
        } catch {
            #expect(error.diagnostics.first?.message.contains("not a regular file") == true, "\(error)")
        }
    }
}
