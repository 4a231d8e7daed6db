import Foundation
import Testing

@testable import DiscloseKit

@Suite("README")
struct ReadmeTests {
    static let begin = "<!-- data-contract:begin -->\n"
    static let end = "<!-- data-contract:end -->"

    /// The README's data-contract tables are generated from the validator's own description.
    /// Re-record them with `RECORD_SNAPSHOTS=1 swift test --filter ReadmeTests`.
    @Test func theDataContractTablesMatchTheValidatorsDescription() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: Self.begin))
        let stop = try #require(readme.range(of: Self.end))
        let current = String(readme[start.upperBound..<stop.lowerBound])
        let expected = "\n" + DatasetCatalog.markdownTables + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil, current != expected {
            try (readme[..<start.upperBound] + expected + readme[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "README data contract is stale: run RECORD_SNAPSHOTS=1 swift test --filter ReadmeTests")
    }
}
