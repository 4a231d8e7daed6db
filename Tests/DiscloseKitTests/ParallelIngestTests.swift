import Foundation
import Testing

@testable import DiscloseKit

/// Files are parsed on several threads and stored on one: nothing may depend on how many.
@Suite("Parallel ingest")
struct ParallelIngestTests {
    /// A generated group of `companies` in a fresh project, with `edit` applied to its files.
    static func group(_ folder: TestProject, companies: Int = 40, edit: (TestProject) throws -> Void = { _ in }) throws {
        try SyntheticGroup(companies: companies, people: 3000, years: 2, seed: 3, smallCompanies: 50).write(to: folder.root.path)
        try edit(folder)
    }

    static func options(_ folder: TestProject, threads: Int) -> Pipeline.Options {
        var options = folder.options()
        options.parsingThreads = threads
        return options
    }

    /// Every table of the store, row by row in insertion order.
    static func dump(_ store: DisclosureStore) throws -> [String: [[SQLValue]]] {
        var tables: [String: [[SQLValue]]] = [:]
        for name in ["files"] + (["companies"] + DatasetCatalog.perCompany.map(\.name)) {
            tables[name] = try store.rows("SELECT * FROM \(name) ORDER BY rowid")
        }
        return tables
    }

    @Test func theSamePagesForAnyNumberOfParsingThreads() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try Self.group(folder)
        let one = try Pipeline(options: Self.options(folder, threads: 1)).render().pages
        #expect(one["privacy.md"]?.isEmpty == false)
        for threads in [2, 5] {
            #expect(try Pipeline(options: Self.options(folder, threads: threads)).render().pages == one, "\(threads) threads")
        }
    }

    @Test func theSameStoreAndDiagnosticsForAnyNumberOfParsingThreads() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try Self.group(folder) { project in
            let ledger = "data/FY2025/GRP-0003/ledger.csv"
            let lines = (project.read(ledger) ?? "").split(separator: "\n")
            try project.write(ledger, (lines + [lines[1]]).joined(separator: "\n") + "\n")  // a duplicate form_id
            let reviews = "data/FY2024/GRP-0007/reviews.csv"
            try project.write(reviews, (project.read(reviews) ?? "") + Rows(.reviews).row([
                "review_id": "R999999", "kind": "control-form", "subject": "F99999", "performed_on": "2024-13-01",
            ]) + "\n")
            let training = "data/FY2025/GRP-0011/training.csv"
            try project.write(training, (project.read(training) ?? "") + Rows(.training).row(["person_id": "someone@example.com"]) + "\n")
        }
        let reference = try Pipeline(options: Self.options(folder, threads: 1)).validate()
        let messages = reference.data.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("duplicate form_id") })
        #expect(messages.contains { $0.contains("invalid date '2024-13-01'") })
        #expect(messages.contains { $0.contains("e-mail address") })
        let stored = try Self.dump(reference.store)
        #expect((stored["files"]?.count ?? 0) > 40 * 8)
        for threads in [2, 3, 8] {
            let other = try Pipeline(options: Self.options(folder, threads: threads)).validate()
            #expect(other.data.diagnostics == reference.data.diagnostics, "\(threads) threads")
            #expect(other.data.rowCounts == reference.data.rowCounts, "\(threads) threads")
            #expect(try Self.dump(other.store) == stored, "\(threads) threads")
        }
    }

    @Test func batchesReachTheWriterInPlanOrderWhateverTheThreadsAndTheRoomLeft() {
        let units = 300
        let queue = BatchQueue(units: units, capacity: 5)
        let group = DispatchGroup()
        for worker in 0..<4 {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                var random = SplitMix64(seed: UInt64(worker))
                while let unit = queue.claim() {
                    let files = 1 + random.below(4)
                    for file in 0..<files {
                        let batch = ParsedBatch(file: unit * 10 + file, isLast: true)
                        guard queue.publish([batch], of: unit, finished: file == files - 1) else { return }
                    }
                }
            }
            thread.start()
        }
        var seen: [Int] = []
        while let batches = queue.take() { seen += batches.map(\.file) }
        group.wait()
        #expect(Set(seen.map { $0 / 10 }) == Set(0..<units))
        #expect(seen == seen.sorted())
    }

    @Test func aWriterThatStopsReleasesEveryParsingThread() {
        let queue = BatchQueue(units: 50, capacity: 1)
        let group = DispatchGroup()
        for _ in 0..<3 {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                while let unit = queue.claim() {
                    guard queue.publish([ParsedBatch(file: unit, isLast: true)], of: unit, finished: true) else { return }
                }
            }
            thread.start()
        }
        #expect(queue.take() != nil)
        queue.cancel()
        #expect(group.wait(timeout: .now() + 10) == .success)
        #expect(queue.take() == nil)
    }
}

/// The quick way into small data files gives way to the careful one for anything unusual.
@Suite("Small files read in one go")
struct SmallFileTests {
    @Test func aPlainUTF8FileIsReadWhole() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try folder.write("a.csv", "\u{FEFF}code,name\nGRP,日本\n")
        #expect(SmallFile.utf8Contents(folder.root.appendingPathComponent("a.csv").path) == Array("\u{FEFF}code,name\nGRP,日本\n".utf8))
        try folder.write("empty.csv", "")
        #expect(SmallFile.utf8Contents(folder.root.appendingPathComponent("empty.csv").path) == [])
    }

    @Test func linksFoldersPipesLargeAndNonUTF8FilesTakeTheCarefulWay() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let root = folder.root.path
        try folder.write("target.csv", "a\n1\n")
        try FileManager.default.createSymbolicLink(atPath: root + "/link.csv", withDestinationPath: root + "/target.csv")
        #expect(SmallFile.utf8Contents(root + "/link.csv") == nil)
        try FileManager.default.createDirectory(atPath: root + "/folder.csv", withIntermediateDirectories: false)
        #expect(SmallFile.utf8Contents(root + "/folder.csv") == nil)
        #expect(mkfifo(root + "/pipe.csv", 0o600) == 0)
        #expect(SmallFile.utf8Contents(root + "/pipe.csv") == nil)
        try Data([0x61, 0x0A, 0x82, 0xA0, 0x0A]).write(to: folder.root.appendingPathComponent("sjis.csv"))
        #expect(SmallFile.utf8Contents(root + "/sjis.csv") == nil)
        try Data([0x61, 0xE3, 0x81]).write(to: folder.root.appendingPathComponent("cut.csv"))
        #expect(SmallFile.utf8Contents(root + "/cut.csv") == nil)
        try Data(repeating: 0x61, count: SmallFile.limit + 1).write(to: folder.root.appendingPathComponent("large.csv"))
        #expect(SmallFile.utf8Contents(root + "/large.csv") == nil)
        #expect(SmallFile.utf8Contents(root + "/missing.csv") == nil)
    }
}
