import Foundation
import Testing

@testable import DiscloseKit

@Suite("Crash safety")
struct CrashSafetyTests {
    /// The published page set of a project, by file name.
    static func pageSet(_ project: TestProject) -> [String: String] {
        var files: [String: String] = [:]
        let folder = project.root.appendingPathComponent("output/FY2025")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name != Publisher.marker {
            files[name] = project.read("output/FY2025/\(name)")
        }
        return files
    }

    /// Flips one completion date so the two data versions give different pages.
    static func setVersion(_ project: TestProject, _ version: Int) throws {
        let path = "data/FY2025/P/training.csv"
        let text = try #require(project.read(path))
        let a = Rows(.training).row(["person_id": "E0", "completed_on": "2025-06-01"])
        let b = Rows(.training).row(["person_id": "E0"])
        try project.write(path, version == 0 ? text.replacingOccurrences(of: b + "\n", with: a + "\n") : text.replacingOccurrences(of: a + "\n", with: b + "\n"))
    }

    static func launchBuild(in folder: URL, temporary: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = Fixtures.discloseExecutable
        process.arguments = ["build"]
        process.currentDirectoryURL = folder
        if let temporary {
            var environment = ProcessInfo.processInfo.environment
            environment["TMPDIR"] = temporary.path
            process.environment = environment
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOldOrTheNewPagesNeverAMix() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        var expected: [[String: String]] = []
        var shortest: UInt64 = .max
        for version in [0, 1] {
            try Self.setVersion(project, version)
            let start = DispatchTime.now().uptimeNanoseconds
            #expect(try EndToEndTests.run(["build"], in: project.root).status == 0)
            shortest = min(shortest, (DispatchTime.now().uptimeNanoseconds - start) / 1_000)
            expected.append(Self.pageSet(project))
        }
        #expect(expected[0] != expected[1])
        var random = SplitMix64(seed: 20_251_124)
        var killed = 0
        let temporary = try TestProject("\(#function)-tmp")
        defer { temporary.cleanUp() }
        for run in 0..<24 {
            try Self.setVersion(project, run % 2)
            let before = Self.pageSet(project)
            let process = try Self.launchBuild(in: project.root, temporary: temporary.root)
            // Somewhere inside a build: anywhere from before it reads a file to when it publishes. Within the
            // quickest build measured (not the slowest: a build that runs faster now is still killed mid-way).
            usleep(UInt32(random.below(max(1, Int(shortest)))))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let after = Self.pageSet(project)
            #expect(after == before || after == expected[run % 2], "run \(run): a mixed page set")
            #expect(after == expected[0] || after == expected[1], "run \(run): a page set that no build writes")
        }
        // On a loaded machine builds run long and short unevenly; a quarter killed mid-way still tries many moments.
        #expect(killed >= 6, "many builds should be killed mid-way (\(killed) of 24 were)")
        // A killed build leaves no lock and no visible leftovers: the next build publishes normally, and
        // removes the build databases SIGKILL left behind (no handler can run for it).
        try Self.setVersion(project, 0)
        let next = try Self.launchBuild(in: project.root, temporary: temporary.root)
        next.waitUntilExit()
        #expect(next.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.root.path) == [], "no build database left behind")
        #expect(Self.pageSet(project) == expected[0])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("output").path)
            .filter { $0.contains(".staging-") }
        #expect(leftovers.isEmpty)
    }

    @Test func twoBuildsAtOnceBothFinishAndTheOutputIsComplete() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let first = try Self.launchBuild(in: project.root)
        let second = try Self.launchBuild(in: project.root)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        let pages = Self.pageSet(project)
        #expect(pages.keys.sorted() == ["data.json", "privacy.html", "privacy.md", "privacy.xhtml"])
        #expect(project.read("output/FY2025/\(Publisher.marker)") != nil)
        #expect(pages["privacy.html"]?.hasSuffix("</html>\n") == true)
    }

    @Test func aBuildWaitsForTheLockAndPublishesWhenItIsReleased() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let output = project.root.appendingPathComponent("output").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var lock: OutputLock? = try OutputLock(folder: output) { _ in }
        let build = try Self.launchBuild(in: project.root)
        usleep(600_000)
        #expect(build.isRunning, "the build waits while another holds the lock")
        #expect(Self.pageSet(project).isEmpty)
        #expect(lock != nil)
        lock = nil
        build.waitUntilExit()
        #expect(build.terminationStatus == 0)
        #expect(Self.pageSet(project).count == 4)
    }
}
