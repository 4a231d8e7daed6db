import Foundation
import Testing

@testable import DiscloseKit

/// The bytes one reader thread collects for another; handed over through a semaphore.
final class DataBox: @unchecked Sendable {
    var data = Data()
}

@Suite("End to end")
struct EndToEndTests {
    /// Runs the built `disclose` executable.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Fixtures.discloseExecutable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "true"
        process.environment = environment
        return try outcome(of: process)
    }

    /// Runs `process` to its end and returns its status, stdout and stderr.
    static func outcome(of process: Process) throws -> (status: Int32, stdout: String, stderr: String) {
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read stderr on its own thread: a child that fills one pipe while we wait on the other would hang.
        let stderrBox = DataBox()
        let stderrDone = DispatchSemaphore(value: 0)
        let stderrHandle = err.fileHandleForReading
        Thread.detachNewThread {
            stderrBox.data = stderrHandle.readDataToEndOfFile()
            stderrDone.signal()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderrDone.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self),
            String(decoding: stderrBox.data, as: UTF8.self)
        )
    }

    static func incidentProject(_ name: String = #function) throws -> TestProject {
        let project = try TestProject.group(name, pipeline: TestProject.pipeline + """

            figures:
              leaks: {id: incidents, filter: {type: [loss, leak, theft, unauthorized-access]}}
              group_leaks: {id: incidents, scope: {relationship: [parent, subsidiary]}, filter: {type: [loss, leak]}}
            sections:
              initiatives: content/initiatives.md
            """)
        try project.write(
            "content/initiatives.md",
            """
            # Incidents

            {{#figures.leaks.zero}}There were no incidents involving the loss or leak of personal information in fiscal year {{fy}}.{{/figures.leaks.zero}}

            Group-wide, {{figures.group_leaks.value}} were discovered by the {{fy_end}}.

            """)
        try project.dataset(.incidents, company: "US1", [["occurred_on": "2025-03-30", "discovered_on": "2025-04-02", "records_affected": "12", "summary": "internal note"]])
        try project.dataset(.incidents, company: "JP1", [["incident_id": "I-9", "type": "loss", "discovered_on": "2025-05-01", "records_affected": "1", "substantiated": "no"]])
        return project
    }

    @Test func theBuiltCommandWritesBothPagesFromAFixtureProject() throws {
        let project = try Self.incidentProject()
        defer { project.cleanUp() }
        let result = try Self.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote output/FY2025/privacy.md"))
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        #expect(markdown.contains("# Personal Information Protection and Privacy"))
        #expect(markdown.contains("There were no incidents involving the loss or leak of personal information in fiscal year 2025."))
        #expect(markdown.contains("Group-wide, 2 were discovered by the end of March 2026."))
        let html = try #require(project.read("output/FY2025/privacy.html"))
        #expect(html.contains("<h1>Personal Information Protection and Privacy</h1>"))
        #expect(html.contains("<h3>Incidents</h3>"))
        #expect(!html.contains("internal note"))
        #expect(project.read("output/FY2025/data.json")?.contains("internal note") == false)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let project = try Self.incidentProject()
        defer { project.cleanUp() }
        #expect(try Self.run(["build"], in: project.root).status == 0)
        let before = project.read("output/FY2025/privacy.html")
        try project.dataset(.incidents, company: "JP1", [["incident_id": "I-9", "type": "lost", "discovered_on": "2025-05-01", "records_affected": "1", "substantiated": "no"]])
        let result = try Self.run(["build"], in: project.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("data/FY2025/JP1/incidents.csv:2:5: error: invalid value 'lost' in field 'type'"))
        #expect(result.stderr.contains("1 error, 0 warnings in 1 file"))
        #expect(project.read("output/FY2025/privacy.html") == before)
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        #expect(try Self.run(["build", "--frobnicate"], in: project.root).status == 64)
    }
}

@Suite("disclose check")
struct CheckCommandTests {
    @Test func checkPrintsTheCompletenessTableAndExitsZero() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/JP1/training.csv")
        let result = try EndToEndTests.run(["check"], in: project.root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("JP1           0        0          0                    0   missing"))
        #expect(result.stderr.contains("\(TestProject.filesPerYear - 1) of \(TestProject.filesPerYear) files received"))
        #expect(result.stderr.contains("data/FY2025/JP1/training.csv: warning: missing file: JP1 did not report training for FY2025"))
        #expect(try EndToEndTests.run(["check", "--strict"], in: project.root).status == 1)
    }

    @Test func checkJSONListsWhoIsMissingWhat() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/US1/appointments.csv")
        let result = try EndToEndTests.run(["check", "--json"], in: project.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
              "missing": [
                {
                  "company": "US1",
                  "dataset": "appointments",
                  "fiscal_year": 2025
                }
              ],
            """))
        #expect(result.stdout.contains("\"severity\": \"warning\""))
    }
}

@Suite("The product under test")
struct ProductUnderTestTests {
    /// End-to-end tests run the `disclose` built with these tests, wherever `--build-path` put it.
    @Test func endToEndTestsRunTheDiscloseProductOfThisBuild() throws {
        let executable = Fixtures.discloseExecutable
        #expect(FileManager.default.isExecutableFile(atPath: executable.path), "\(executable.path)")
        let testBinary = try #require(Bundle.main.executableURL)
        #expect(testBinary.path.hasPrefix(executable.deletingLastPathComponent().path + "/"))
        let result = try EndToEndTests.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == DiscloseVersion.current)
    }
}
