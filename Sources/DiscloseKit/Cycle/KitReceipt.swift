import Foundation

/// What `disclose receive DIR` did with a kit: each file added, replaced or left as it was, with its rows.
public struct KitReceipt: Sendable {
    /// What happened to one of the kit's files.
    public enum Change: String, Sendable {
        case added, replaced, unchanged
    }

    /// One file of the kit, filed (or not) into the data folder.
    public struct Filed: Sendable {
        public var change: Change
        public var path: String
        public var dataset: String
        /// Valid rows of the file that was there before (nil when there was none).
        public var rowsBefore: Int?
        public var rowsAfter: Int
        /// True when the file replaced was a register `new-year` carried forward and nobody had sent since.
        public var wasCarriedForward: Bool

        /// `replaced data/FY2026/AOBA/ledger.csv (carried forward from FY2025): 12 rows → 14 rows`
        public var line: String {
            func rows(_ count: Int) -> String { "\(count) row\(count == 1 ? "" : "s")" }
            let before = change == .unchanged ? "" : rowsBefore.map { rows($0) + " → " } ?? ""
            let carried = wasCarriedForward ? " (the register carried forward by new-year)" : ""
            return "\(change.rawValue) \(path)\(carried): \(before)\(rows(rowsAfter))"
        }
    }

    public var kit: SubmissionKit
    /// The company's folder in the data folder.
    public var folder: String
    public var files: [Filed]

    /// `KAEDE-US FY2026: 5 files added, 1 replaced, 2 unchanged`
    public var summary: String {
        func count(_ change: Change) -> Int { files.filter { $0.change == change }.count }
        let added = count(.added)
        return "\(kit.company) FY\(kit.fiscalYear) into \(folder)/: \(added) file\(added == 1 ? "" : "s") added, "
            + "\(count(.replaced)) replaced, \(count(.unchanged)) unchanged"
    }
}
