import Foundation
import Testing

@testable import DiscloseKit

/// Every file `build`, `evidence` and `approve` write passes the privacy guard: a value that reaches
/// all of them is refused in each one.
@Suite("Every output, one guard")
struct EveryOutputGuardedTests {
    /// A two-language starter project (`disclose init --languages en,ja`) in a temporary folder.
    static func starter(_ name: String = #function) throws -> (folder: TestProject, root: URL) {
        let folder = try TestProject(name)
        let root = folder.root.appendingPathComponent("starter")
        let result = try EndToEndTests.run(["init", root.path, "--languages", "en,ja"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, root)
    }

    /// Every regular file under `folders` of `root`, relative to it, sorted.
    static func files(under folders: [String], of root: URL) -> [String] {
        folders.flatMap { folder -> [String] in
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            return (enumerator?.allObjects as? [String] ?? []).map { "\(folder)/\($0)" }
                .filter { !DataFolderLayout.isDirectory(root.appendingPathComponent($0).path) }
        }.sorted()
    }

    /// Files whose content is fixed text no input reaches: the lock (empty) and the marker of a folder `build` owns.
    static let fixed = ["output/.disclose.lock", "output/FY2025/.disclose-output"]

    /// The output folder's index and record: the guard scans them in a pass of their own after the
    /// pages (`Pipeline.indexFiles`), so a value the pages carry too is refused on the pages first.
    static let index = ["output/index.html", "output/index.md"]

    /// The record of what is published: years, editions and flags, no text from an input; the index pass
    /// scans it with the index (the test checks it is among the files that pass gets).
    static let record = "output/published.json"

    @Test func everyFileBuildAndEvidenceWriteIsScannedByTheGuard() throws {
        let (folder, root) = try Self.starter()
        defer { folder.cleanUp() }
        #expect(try EndToEndTests.run(["build"], in: root).status == 0)
        #expect(try EndToEndTests.run(["evidence"], in: root).status == 0)
        let written = Self.files(under: ["output", "evidence"], of: root)
        #expect(written.contains("output/FY2025/ja/privacy.html") && written.contains("evidence/FY2025/evidence.json"), "\(written)")
        for path in Self.fixed {
            let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            #expect(SensitiveText.scan(text).isEmpty && !text.contains("Kaede"), "\(path)")
        }

        let clean = Pipeline(options: project(root))
        let (cleanReport, cleanEvaluation) = try clean.report()
        let cleanPages = try clean.pageSet(for: cleanReport, evaluation: cleanEvaluation)
        let indexScanned = try clean.indexFiles(
            cleanPages.pages, signOff: cleanPages.signOff, evaluation: cleanEvaluation, publisher: clean.publisher(for: cleanEvaluation.project))
        #expect(Set(indexScanned.keys) == Set((Self.index + [Self.record]).map { String($0.dropFirst("output/".count)) }))
        let record = (try? String(contentsOf: root.appendingPathComponent(Self.record), encoding: .utf8)) ?? ""
        #expect(!record.contains("Kaede") && !record.contains("Personal"))

        // The organization's name reaches every page, data.json, the index and the evidence pack.
        let config = root.appendingPathComponent("pipeline.yaml")
        let yaml = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(
            of: "organization: {en: \"Kaede Group\", ja: \"かえでグループ\"}",
            with: "organization: {en: \"Kaede Group 080・5512・3307\", ja: \"かえでグループ〇八〇─五五一二─三三〇七\"}")
        try yaml.write(to: config, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("output"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("evidence"))
        let build = try EndToEndTests.run(["build"], in: root)
        let evidence = try EndToEndTests.run(["evidence"], in: root)
        #expect(build.status == 1 && evidence.status == 1)
        #expect(Self.files(under: ["output", "evidence"], of: root).allSatisfy { $0 == "output/.disclose.lock" })
        let refused = Set((build.stderr + evidence.stderr).split(separator: "\n").filter { $0.contains(": error: refusing to publish") }.map {
            String($0.prefix { $0 != ":" })
        })
        for path in written where !Self.fixed.contains(path) && !Self.index.contains(path) && path != Self.record {
            #expect(refused.contains(path), "\(path) is not scanned: refused \(refused.sorted())")
        }

        // The index pass alone, over pages rendered without the guard.
        let pipeline = Pipeline(options: project(root))
        let (report, evaluation) = try pipeline.report()
        let signed = try pipeline.pageSet(for: report, evaluation: evaluation, guarding: false)
        var indexRefused: Set<String> = []
        do {
            _ = try pipeline.indexFiles(signed.pages, signOff: signed.signOff, evaluation: evaluation, publisher: pipeline.publisher(for: evaluation.project))
        } catch {
            indexRefused = Set(error.diagnostics.filter { $0.message.hasPrefix("refusing to publish") }.map {
                String($0.location.path.dropFirst(root.path.count + 1))
            })
        }
        for path in written where Self.index.contains(path) {
            #expect(indexRefused.contains(path), "\(path) is not scanned: refused \(indexRefused.sorted())")
        }
        #expect(Set(written.filter { !Self.fixed.contains($0) && $0 != Self.record }).isSubset(of: refused.union(indexRefused)))
    }

    /// Library options for the project at `root`.
    func project(_ root: URL) -> Pipeline.Options {
        var options = Pipeline.Options()
        options.configPath = root.appendingPathComponent("pipeline.yaml").path
        return options
    }

    @Test func approveRefusesAPageThePrivacyGuardRefuses() throws {
        let (folder, root) = try Self.starter()
        defer { folder.cleanUp() }
        try "# Initiatives\n\nCall 〇八〇・五五一二・三三〇七.\n".write(
            to: root.appendingPathComponent("content/initiatives.md"), atomically: true, encoding: .utf8)
        let approve = try EndToEndTests.run(["approve", "--all", "--by", "Committee"], in: root)
        let approvals = (try? String(contentsOf: root.appendingPathComponent("approvals.yaml"), encoding: .utf8)) ?? ""
        #expect(approve.status == 1)
        #expect(approve.stderr.contains("content/initiatives.md:3:6); if it is public on purpose"))
        #expect(!approvals.contains("〇八〇"))
        #expect(try EndToEndTests.run(["build"], in: root).status == 1)
    }
}
