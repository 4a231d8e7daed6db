import Foundation
import Testing

@testable import DiscloseKit

/// Out-of-range numbers are located errors in words, never crashes or SQLite text; disk and permission
/// failures name the reason and the path.
@Suite("Out-of-range numbers and failing disks")
struct OutOfRangeTests {
    static func failure(_ project: TestProject) -> String {
        do {
            _ = try Pipeline(options: project.options()).build()
            return "succeeded"
        } catch {
            return error.description.replacingOccurrences(of: project.root.path + "/", with: "")
        }
    }

    @Test(arguments: ["9223372036854775808", "99999999999999999999999999999"])
    func aNumberPastTheIntegerRangeIsALocatedErrorAtItsCell(value: String) throws {
        let project = try TestProject.group("huge\(value.count)")
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "JP1", [["discovered_on": "2025-05-01", "records_affected": "\(value)"]])
        let errors = project.errorList
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("data/FY2025/JP1/incidents.csv:2:") == true, "\(errors)")
        #expect(errors.first?.contains("in field 'records_affected' is too large: at most 9223372036854775807") == true, "\(errors)")
    }

    @Test func databaseErrorsAreInWordsWithoutSQL() {
        let database = DiscloseError(.database(code: 13, message: "database or disk is full", sql: "INSERT INTO training VALUES (?)"))
        #expect(database.description.contains("No space left on device"))
        #expect(!database.description.contains("INSERT"))
    }

    @Test(arguments: [
        "SELECT 9223372036854775807", "SELECT 9223372036854775807, 1", "SELECT -5, 10", "SELECT 1, 9223372036854775807",
        "SELECT SUM(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1 AS x)",
    ])
    func anSQLMetricOutOfRangeIsALocatedErrorNotACrash(sql: String) throws {
        let project = try GoalTests.sqlProject(sql, "range\(sql.hashValue)")
        defer { project.cleanUp() }
        let message = Self.failure(project)
        #expect(message.hasPrefix("pipeline.yaml:"), "\(message)")
        #expect(!message.contains("SQLite error"), "\(message)")
    }

    @Test func exactArithmeticNeverOverflows() {
        #expect(Ratio(Int.max, 1).percentText() == "922337203685477580700.0")
        #expect(Ratio(Int.max, Int.max).percentText() == "100.0")
        #expect(Ratio(2, 3).percentJSON == "66.666667")
        #expect(Ratio(1, 3).percentText() == "33.3")
        #expect(Ratio(-1, 3).percentText() == "-33.3")
        #expect(Ratio(1, 2000).percentText() == "0.1")
        let target = Target("<= 99999999999999.9")
        #expect(target?.isMet(value: Int.max) == false)
        #expect(target?.isMet(value: 5) == true)
        #expect(Target(">= 95%")?.isMet(Ratio(Int.max, Int.max)) == true)
    }

    @Test func generateAndFYOutOfRangeAreUsageErrorsNamingTheFlag() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        for (arguments, flag) in [
            (["generate", "big", "--companies", "9223372036854775807"], "--companies"),
            (["generate", "big", "--people=-3"], "--people"), (["generate", "big", "--years", "100000"], "--years"),
            (["build", "--fy", "99999999"], "--fy"), (["check", "--fy=-1"], "--fy"),
        ] {
            let result = try EndToEndTests.run(arguments, in: project.root)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(flag), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("out of range"), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("big").path))
    }

    // MARK: 8. Disk full and permission errors

    @Test func aFullDiskIsNamedWithThePath() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        do {
            try OutputFile.write("a page\n", to: descriptor, path: "output/.FY2025.staging-1/privacy.md")
            Issue.record("writing to /dev/full succeeded")
        } catch {
            #expect(error.description == "error: cannot write output/.FY2025.staging-1/privacy.md: No space left on device")
        }
    }

    @Test func aFolderThatCannotBeWrittenIsNamedWithTheReason() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            print("skipped: running as another user needs root and runuser")
            return
        }
        // The build folder may sit where another user cannot enter (a 0700 clone): run a copy from a folder anyone can
        // read. As another user, the project (owned by root, mode 0755) can be read but not written.
        // Its temporary folder (the build database) is one that user may write in, whatever TMPDIR the tests have.
        let copy = try TestProject("executableCopy")
        defer { copy.cleanUp() }
        let executable = copy.root.appendingPathComponent("disclose").path
        try FileManager.default.copyItem(atPath: Fixtures.discloseExecutable.path, toPath: executable)
        let temporary = copy.root.appendingPathComponent("tmp").path
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        chmod(copy.root.path, 0o755)
        chmod(executable, 0o755)
        chmod(temporary, 0o1777)
        let reach = Process()
        reach.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        reach.arguments = ["-u", "nobody", "--", "/bin/sh", "-c", "test -x \"$0\" && test -w \"$1\" && test -r \"$2\"", executable, temporary, project.root.path]
        try reach.run()
        reach.waitUntilExit()
        guard reach.terminationStatus == 0 else {
            print("skipped: user nobody cannot reach \(copy.root.path) or \(project.root.path) (a temporary folder under one others cannot enter)")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", "nobody", "--", "/usr/bin/env", "TMPDIR=\(temporary)", executable, "build"]
        process.currentDirectoryURL = project.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.contains("cannot create ./output: Permission denied"), "\(text)")
    }
}
