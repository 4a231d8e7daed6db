import Testing

@testable import DiscloseKit

@Suite("Diagnostics output")
struct DiagnosticListingTests {
    @Test func theSummaryCountsErrorsWarningsAndFiles() {
        let listing = DiagnosticListing([
            .error(at: SourceLocation(path: "b.csv", line: 3, column: 1), "x"),
            .warning(at: SourceLocation(path: "a.csv"), "y"),
            .error(at: SourceLocation(path: "a.csv", line: 2, column: 4), "z"),
            .error(at: SourceLocation(path: "a.csv", line: 10, column: 1), "w"),
        ])
        #expect(listing.summary == "3 errors, 1 warning in 2 files")
        #expect(listing.text.split(separator: "\n").map(String.init) == [
            "a.csv: warning: y",
            "a.csv:2:4: error: z",
            "a.csv:10:1: error: w",
            "b.csv:3:1: error: x",
            "3 errors, 1 warning in 2 files",
        ])
    }

    @Test func aTerminalShowsFiftyPerFileAndCountsTheRest() {
        let many = (1...120).map { Diagnostic.error(at: SourceLocation(path: "big.csv", line: $0 + 1, column: 1), "bad") }
        let lines = DiagnosticListing(many, perFileLimit: 50).text.split(separator: "\n")
        #expect(lines.count == 52)
        #expect(lines[49] == "big.csv:51:1: error: bad")
        #expect(lines[50] == "big.csv: note: 70 more problems in this file not shown (use --json for all)")
        #expect(lines[51] == "120 errors, 0 warnings in 1 file")
        #expect(DiagnosticListing(many).text.split(separator: "\n").count == 121)
    }
}
