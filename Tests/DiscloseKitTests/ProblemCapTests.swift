import Foundation
import Testing

@testable import DiscloseKit

/// The problem cap bounds memory: floods end with the capped list and one "… and N more" line.
@Suite("Problem cap")
struct ProblemCapTests {
    /// Runs `disclose check` on the project; returns its stderr lines and the peak RSS (MB) of the largest
    /// child this test process has waited for (an upper bound for this one).
    static func check(_ project: TestProject) throws -> (lines: [String], peakMB: Int) {
        // stderr goes to a file: ten thousand lines would fill a pipe nobody reads yet.
        let log = project.root.appendingPathComponent("check.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = Fixtures.discloseExecutable
        process.arguments = ["check"]
        process.currentDirectoryURL = project.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = handle
        try process.run()
        // This child's own high-water mark, read from /proc while it runs (the process-wide RUSAGE_CHILDREN peak
        // would also count every other test's children, which run in parallel in this process).
        var peakKB = 0
        while process.isRunning {
            peakKB = max(peakKB, Self.highWaterMarkKB(of: process.processIdentifier))
            usleep(2_000)
        }
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 1)
        #expect(peakKB > 0, "the child's memory was read")
        let result = (stderr: project.read("check.log") ?? "", status: process.terminationStatus)
        return (result.stderr.split(separator: "\n").map(String.init), peakKB / 1024)
    }

    /// `VmHWM` of a running process, in kB (0 once it has gone).
    static func highWaterMarkKB(of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }

    static func flood(_ name: String, _ body: String) throws -> TestProject {
        let project = try TestProject.group(name)
        try project.write("data/FY2025/P/training_sessions.csv", body)
        return project
    }

    static let header = TestProject.header(.trainingSessions)
    static let session = Rows(.trainingSessions).row()

    @Test func aMillionBlankLinesEndWithTheCappedListAndACount() throws {
        let project = try Self.flood(#function, Self.header + Self.session + "\n" + String(repeating: "\n", count: 1_000_000) + Rows(.trainingSessions).row(["session_id": "S2"]) + "\n")
        defer { project.cleanUp() }
        let (lines, peak) = try Self.check(project)
        let file = lines.filter { $0.hasPrefix("data/FY2025/P/training_sessions.csv:") }
        #expect(file.count == ProblemBudget.perFile + 1)
        #expect(file.last == "data/FY2025/P/training_sessions.csv:1000002: error: … and 990000 more problems in this file (not listed: fix those above and run again)")
        #expect(lines.last?.hasPrefix("1000000 errors") == true, "\(lines.last ?? "")")
        #expect(peak < 200, "peak RSS \(peak) MB")
    }

    @Test func duplicateIdFloodsAreCountedNotStored() throws {
        let project = try Self.flood(#function, Self.header + String(repeating: Self.session + "\n", count: 150_000))
        defer { project.cleanUp() }
        let (lines, peak) = try Self.check(project)
        let file = lines.filter { $0.hasPrefix("data/FY2025/P/training_sessions.csv:") }
        #expect(file.count == ProblemBudget.perFile + 1)
        #expect(file.first == "data/FY2025/P/training_sessions.csv:3:1: error: duplicate session_id 'S1' (first at line 2)")
        #expect(file.last?.contains("error: … and 139999 more problems in this file") == true, "\(file.last ?? "")")
        #expect(lines.last?.hasPrefix("149999 errors") == true)
        #expect(peak < 200, "peak RSS \(peak) MB")
    }

    @Test(arguments: ["col", "session_id"])
    func aHeaderOfAMillionColumnsIsCountedNotListed(name: String) throws {
        let columns = (0..<1_000_000).map { name == "col" ? "col\($0)" : name }.joined(separator: ",")
        let project = try Self.flood("header\(name)", columns + "\n")
        defer { project.cleanUp() }
        let (lines, peak) = try Self.check(project)
        let file = lines.filter { $0.hasPrefix("data/FY2025/P/training_sessions.csv:") }
        #expect(file.count <= ProblemBudget.perFile + 1)
        #expect(file.filter { $0.contains("more problems in this file") }.count == 1, "\(file.prefix(2))")
        #expect(lines.last?.hasPrefix(name == "col" ? "1000001 errors" : "1000000 errors") == true, "\(lines.last ?? "")")
        #expect(peak < 200, "peak RSS \(peak) MB")
    }

    @Test func theCapAlsoBoundsTheTotalAcrossFiles() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        for company in ["P", "JP1", "US1"] {
            try project.dataset(.trainingSessions, company: company, (1...6_000).map { ["session_id": "S\($0)", "kind": "lectur"] })
        }
        let diagnostics = try project.diagnostics()
        #expect(diagnostics.count == ProblemBudget.total + 2, "10,000 kept in all, then one closing line for each of the two files cut short")
        #expect(diagnostics.filter { $0.contains("more problems in this file") }.count == 2)
        #expect(DiagnosticListing(try Pipeline(options: project.options()).validate().data.diagnostics).errorCount == 18_000)
    }

    @Test func theBudgetKeepsThenCounts() {
        var budget = ProblemBudget()
        var list: [Diagnostic] = []
        for line in 1...(ProblemBudget.perFile + 5) {
            budget.add(.error(at: SourceLocation(path: "a.csv", line: line), "x"), to: &list)
        }
        #expect(list.count == ProblemBudget.perFile)
        #expect(budget.trailers.map(\.description) == ["a.csv:10005: error: … and 5 more problems in this file (not listed: fix those above and run again)"])
        #expect(budget.trailers.first?.problemCount == 5)
    }
}
