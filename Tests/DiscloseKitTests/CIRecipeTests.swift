import Foundation
import Testing

@testable import DiscloseKit

/// Issue 31: a disclosure project is its own repository, with the CI recipe `disclose init` writes.
@Suite("CI recipe")
struct CIRecipeTests {
    /// Runs `ci/disclose.sh` of `project` with `sh`, DISCLOSE set to the built executable (or PATH holding it), no network.
    static func runScript(
        _ project: URL, _ arguments: [String] = [], viaPath: Bool = false
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [project.appendingPathComponent("ci/disclose.sh").path] + arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "true"
        environment.removeValue(forKey: "GITHUB_ACTIONS")
        environment.removeValue(forKey: "DISCLOSE_FORMAT")
        environment.removeValue(forKey: "DISCLOSE_SARIF")
        if viaPath {
            environment.removeValue(forKey: "DISCLOSE")
            environment["PATH"] = Fixtures.discloseExecutable.deletingLastPathComponent().path + ":/usr/bin:/bin"
        } else {
            environment["DISCLOSE"] = Fixtures.discloseExecutable.path
        }
        process.environment = environment
        return try EndToEndTests.outcome(of: process)
    }

    @Test func theScriptPassesDraftsAndFailsFinalUntilEveryPartIsApproved() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let project = folder.root.appendingPathComponent("my-disclosure")
        let made = try EndToEndTests.run(["init", project.path], in: folder.root)
        #expect(made.status == 0, "\(made.stderr)")
        let drafts = try Self.runScript(project)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        for step in ["==> disclose check --strict", "==> disclose build --format text", "==> disclose build --check"] {
            #expect(drafts.stderr.contains(step), "\(step)")
        }
        #expect(drafts.stderr.contains("the page is a draft"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("output/FY2025/privacy.html").path))
        let refused = try Self.runScript(project, ["final"])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("not approved"))
        let approved = try EndToEndTests.run(["approve", "--all", "--by", "Sustainability Committee"], in: project)
        #expect(approved.status == 0, "\(approved.stderr)")
        let final = try Self.runScript(project, ["final"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(final.stderr.contains("the page is final"))
        // disclose found on PATH when DISCLOSE is not set.
        let onPath = try Self.runScript(project, viaPath: true)
        #expect(onPath.status == 0, "\(onPath.stderr)")
        let usage = try Self.runScript(project, ["publish"])
        #expect(usage.status == 64 && usage.stderr.contains("usage: ci/disclose.sh"))
    }

    @Test func theScriptFailsDraftsOnInvalidData() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let project = folder.root.appendingPathComponent("p")
        _ = try EndToEndTests.run(["init", project.path], in: folder.root)
        try FileManager.default.removeItem(at: project.appendingPathComponent("data/FY2025/KAEDE-US/reviews.csv"))
        let drafts = try Self.runScript(project)
        #expect(drafts.status == 1, "check --strict fails on a missing file of the disclosed year")
        #expect(!drafts.stderr.contains("==> disclose build"), "nothing is built after a failed check")
    }

    @Test func initWritesTheScriptExecutableAndTheSampleCarriesTheSameOne() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let project = folder.root.appendingPathComponent("p")
        try StarterProject.write(to: project.path)
        let script = project.appendingPathComponent("ci/disclose.sh").path
        #expect(FileManager.default.isExecutableFile(atPath: script))
        #expect(try String(contentsOfFile: script, encoding: .utf8) == StarterProject.ciScript)
        let sample = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("ci/disclose.sh"), encoding: .utf8)
        #expect(sample == StarterProject.ciScript, "the sample uses the script init writes")
        #expect(FileManager.default.isExecutableFile(atPath: Fixtures.packageRoot.appendingPathComponent("ci/disclose.sh").path))
        let makefile = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        #expect(makefile.contains("DISCLOSE=$(BIN) ci/disclose.sh"))
    }

    @Test func theWorkflowPinsCachesAndInstallsWhatDiscloseNeeds() throws {
        let workflow = StarterProject.workflow
        let lines = workflow.split(separator: "\n").map(String.init)
        let env = try #require(lines.firstIndex(of: "env:"))
        let jobs = try #require(lines.firstIndex(of: "jobs:"))
        let top = lines[env..<jobs].joined(separator: "\n")
        #expect(top.contains("DISCLOSE_VERSION: \"\(DiscloseVersion.current)\""), "the version pinned at the top")
        #expect(top.contains("DISCLOSE_REPOSITORY: \"https://"), "the source repository at the top")
        #expect(workflow.contains("git clone --depth 1 --branch \"v$DISCLOSE_VERSION\" \"$DISCLOSE_REPOSITORY\""))
        #expect(workflow.contains("swift build -c release"))
        #expect(workflow.contains("uses: actions/cache@v4"))
        #expect(workflow.contains("key: disclose-${{ env.DISCLOSE_VERSION }}-"), "the cache is keyed by the pinned version")
        #expect(workflow.contains("if: steps.cache.outputs.cache-hit != 'true'"), "built only when not cached")
        #expect(workflow.contains("apt-get install -y -qq libsqlite3-dev libyaml-dev libcmark-dev"))
        #expect(workflow.contains("run: ci/disclose.sh\n") && workflow.contains("run: ci/disclose.sh final"))
        #expect(workflow.contains("path: output/"))
        #expect(!workflow.contains("\t"), "YAML indents with spaces")
        // It is YAML disclose's own reader accepts.
        #expect(throws: Never.self) { _ = try YAMLParser.parse(Array(workflow.utf8), path: "disclosure.yml") }
    }
}
