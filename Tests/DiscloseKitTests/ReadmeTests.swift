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
        // Files name their columns in any order (the README says so), so a table's row order is not part
        // of the contract: reordering the catalog's columns leaves the README true.
        #expect(Self.tables(current) == Self.tables(expected), "README data contract is stale: run RECORD_SNAPSHOTS=1 swift test --filter ReadmeTests")
    }

    /// Each `####` section of the data contract with its lines sorted.
    static func tables(_ text: String) -> [[String]] {
        text.components(separatedBy: "\n#### ").map { $0.split(separator: "\n").map(String.init).sorted() }
    }
}
