import Foundation
import Testing

@testable import DiscloseKit

/// The data-folder scan reads each folder once (`readdir` and the entry's own type), yet finds exactly
/// what a listing that `stat`s and resolves every path finds: the same years, files and diagnostics,
/// in the same order, whatever mix of links, stray files, hidden entries and odd names the folder holds.
@Suite("Data folder scan")
struct DataFolderScanTests {
    static let companies = [
        company("P", .parent, from: "2000-04-01"), company("JP1", .subsidiary, from: "2010-04-01"),
        company("US1", .subsidiary, from: "2010-04-01"), company("NEW", .subsidiary, from: "2025-01-01"),
    ]

    static func company(_ code: String, _ relationship: CompanyScope.Relationship, from: String) -> Company {
        Company(
            code: code, name: "\(code) Co.", country: "JP", relationship: relationship, parentCode: nil, major: false,
            consolidatedFrom: Day(iso: from) ?? Day(ordinal: 0), consolidatedUntil: nil)
    }

    static let rules = DataFolderLayout.Rules(companies: companies, disclosedYear: 2025, startMonth: 4)

    /// A scan's whole outcome, comparable.
    struct Outcome: Equatable {
        var years: [Int]
        var files: [String: [String]]
        var diagnostics: [String]
        var ignored: [String]
    }

    static func scan(_ data: String, rules: DataFolderLayout.Rules = rules) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var ignored: [Diagnostic] = []
        let layout = DataFolderLayout.scan(dataPath: data, rules: rules, diagnostics: &diagnostics, ignored: &ignored)
        return outcome(layout, diagnostics, ignored)
    }

    static func outcome(_ layout: DataFolderLayout, _ diagnostics: [Diagnostic], _ ignored: [Diagnostic]) -> Outcome {
        Outcome(
            years: layout.fiscalYears,
            files: Dictionary(uniqueKeysWithValues: layout.files.map { ("FY\($0.key.fiscalYear)/\($0.key.company)", $0.value.sorted()) }),
            diagnostics: diagnostics.map(\.description), ignored: ignored.map(\.description))
    }

    /// The scan as it was written before it read folders entry by entry: `stat` on every path, `realpath`
    /// on every folder, paths joined by Foundation. The oracle the fast scan must agree with.
    static func referenceScan(_ dataPath: String, rules: DataFolderLayout.Rules = rules) -> Outcome {
        var layout = DataFolderLayout()
        var diagnostics: [Diagnostic] = []
        var ignored: [Diagnostic] = []
        let known = DatasetCatalog.perCompany.map(\.fileName)
        let codes = Set(rules.companies.map(\.code))
        let root = FolderBoundary.realPath(dataPath) ?? dataPath
        func entries(_ path: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }
        func ignore(_ path: String, _ message: String) {
            let warning = Diagnostic.warning(at: SourceLocation(path: SensitiveText.redacted(path)), message)
            diagnostics.append(warning)
            ignored.append(warning)
        }
        for entry in entries(dataPath) {
            let path = (dataPath as NSString).appendingPathComponent(entry)
            guard DataFolderLayout.isDirectory(path) else { continue }
            guard let year = DataFolderLayout.fiscalYear(named: entry) else {
                ignore(path, "ignored folder: fiscal-year folders are named FY and four digits, e.g. FY2025")
                continue
            }
            if let disclosed = rules.disclosedYear, year > disclosed { continue }
            if !DataFolderLayout.staysInside(path, root: root, &diagnostics) { continue }
            let fyEnd = FiscalYear(year, startMonth: rules.startMonth).end
            if year != rules.disclosedYear, !rules.companies.isEmpty, !rules.companies.contains(where: { $0.isConsolidated(on: fyEnd) }) {
                ignore(path, "ignored folder: no company in companies.csv is consolidated at the end of FY\(year) (\(fyEnd))")
                continue
            }
            layout.fiscalYears.append(year)
            for code in entries(path) {
                let companyPath = (path as NSString).appendingPathComponent(code)
                guard DataFolderLayout.isDirectory(companyPath) else {
                    diagnostics.append(.warning(at: SourceLocation(path: companyPath), "ignored file: a fiscal-year folder holds only one folder per company"))
                    continue
                }
                guard codes.contains(code) else {
                    let message = "folder '\(code)' is not a company in companies.csv"
                    diagnostics.append(
                        rules.followsFromRegistry(code)
                            ? .followOn(at: SourceLocation(path: companyPath), message + " (its registry row was rejected)")
                            : .error(at: SourceLocation(path: companyPath), message + Suggestion.hint(for: code, in: codes.sorted())))
                    continue
                }
                if !DataFolderLayout.staysInside(companyPath, root: root, &diagnostics) { continue }
                var sent: Set<String> = []
                for file in entries(companyPath) {
                    if known.contains(file) {
                        sent.insert(file)
                    } else {
                        diagnostics.append(
                            .error(
                                at: SourceLocation(path: (companyPath as NSString).appendingPathComponent(file)),
                                "unknown dataset file '\(file)' (expected: \(known.joined(separator: ", ")))"
                                    + Suggestion.hint(for: file, in: known)))
                    }
                }
                layout.files[FolderKey(fiscalYear: year, company: code)] = sent
            }
        }
        return outcome(layout, diagnostics, ignored)
    }

    /// A throwaway folder holding `data/` and `outside/`, removed by the caller.
    struct Tree {
        let base: String
        var data: String { base + "/data" }
        var outside: String { base + "/outside" }

        init() throws {
            base = TemporaryName.url("disclose-scan").path
            try FileManager.default.createDirectory(atPath: base + "/data", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: base + "/outside", withIntermediateDirectories: true)
        }

        func folder(_ relative: String) throws {
            try FileManager.default.createDirectory(atPath: base + "/" + relative, withIntermediateDirectories: true)
        }

        func file(_ relative: String) throws {
            try folder((relative as NSString).deletingLastPathComponent)
            try Data("x\n".utf8).write(to: URL(fileURLWithPath: base + "/" + relative))
        }

        /// A symbolic link at `relative` to `target` (relative to the link's folder, or absolute).
        func link(_ relative: String, to target: String) throws {
            try folder((relative as NSString).deletingLastPathComponent)
            try FileManager.default.createSymbolicLink(atPath: base + "/" + relative, withDestinationPath: target)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: base)
        }
    }

    /// A company folder's contents: some dataset files, stray names, hidden entries, a sub-folder.
    static func fill(_ tree: Tree, _ folder: String, _ random: inout SplitMix64) throws {
        try tree.folder(folder)
        let folderNamedLikeAFile = random.chance(10)
        if folderNamedLikeAFile { try tree.folder("\(folder)/incidents.csv") }
        for spec in DatasetCatalog.perCompany where random.chance(70) && !(folderNamedLikeAFile && spec.fileName == "incidents.csv") {
            try tree.file("\(folder)/\(spec.fileName)")
        }
        let strays = ["ledger.CSV", "ledgr.csv", "notes.txt", "研修.csv", "a b.csv", "Z.csv", "training.csv.bak", "~$ledger.csv"]
        for name in strays where random.chance(15) {
            try tree.file("\(folder)/\(name)")
        }
        if random.chance(20) { try tree.file("\(folder)/.DS_Store") }
        if random.chance(10) { try tree.folder("\(folder)/old") }
    }

    /// A data folder of every kind of entry the scan meets, chosen by `seed`.
    static func randomTree(seed: UInt64) throws -> Tree {
        var random = SplitMix64(seed: seed)
        let tree = try Tree()
        try tree.file("data/companies.csv")
        try fill(tree, "data/stash/P", &random)
        try fill(tree, "outside/P", &random)
        try fill(tree, "outside/FY2023/JP1", &random)
        for year in [2022, 2023, 2024, 2025, 2026] where random.chance(85) {
            let name = "FY\(year)"
            switch random.below(10) {
            case 0: try tree.link("data/\(name)", to: "stash")
            case 1: try tree.link("data/\(name)", to: tree.outside + "/FY2023")
            case 2: try tree.link("data/\(name)", to: "missing-target")
            case 3: try tree.file("data/\(name)")
            default: try tree.folder("data/\(name)")
            }
            guard random.chance(90) else { continue }
            let folder = "data/\(name)"
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: tree.base + "/" + folder, isDirectory: &isFolder), isFolder.boolValue,
                (try? FileManager.default.destinationOfSymbolicLink(atPath: tree.base + "/" + folder)) == nil
            else { continue }
            for code in ["P", "JP1", "US1", "NEW", "XX", "jp1", "JP 1"] where random.chance(60) {
                switch random.below(12) {
                case 0: try tree.link("\(folder)/\(code)", to: "../stash/P")
                case 1: try tree.link("\(folder)/\(code)", to: tree.outside + "/P")
                case 2: try tree.link("\(folder)/\(code)", to: "nowhere")
                case 3: try tree.file("\(folder)/\(code)")
                default: try fill(tree, "\(folder)/\(code)", &random)
                }
            }
            if random.chance(20) { try tree.file("\(folder)/readme.txt") }
            if random.chance(20) { try tree.file("\(folder)/.DS_Store") }
            if random.chance(10) { try tree.link("\(folder)/link-to-file", to: "../companies.csv") }
        }
        for name in ["FY25", "fy2024", "archive", "FY2024 copy", ".git", "Taro Yamada"] where random.chance(25) {
            try tree.folder("data/\(name)")
        }
        if random.chance(30) { try tree.file("data/notes.txt") }
        if random.chance(30) { try tree.link("data/FY2021", to: "nowhere") }
        return tree
    }

    @Test(arguments: 0..<40)
    func theScanFindsWhatAStatOfEveryPathFinds(seed: Int) throws {
        let tree = try Self.randomTree(seed: UInt64(seed))
        defer { tree.remove() }
        let expected = Self.referenceScan(tree.data)
        let everyYear = DataFolderLayout.Rules(companies: Self.companies, disclosedYear: nil, startMonth: 1)
        let expectedEveryYear = Self.referenceScan(tree.data, rules: everyYear)
        for threads in [1, 4] {
            var rules = Self.rules
            rules.threads = threads
            #expect(Self.scan(tree.data, rules: rules) == expected, "\(threads) threads")
            var everyYearRules = everyYear
            everyYearRules.threads = threads
            #expect(Self.scan(tree.data, rules: everyYearRules) == expectedEveryYear, "\(threads) threads, every year")
        }
    }

    /// The random trees above are no vacuous test: together they meet every diagnostic and a read through a link.
    @Test func theRandomTreesMeetEveryCase() throws {
        var seen: Set<String> = []
        for seed in 0..<40 {
            let tree = try Self.randomTree(seed: UInt64(seed))
            defer { tree.remove() }
            let outcome = Self.scan(tree.data)
            for (kind, marker) in [
                ("outside", "leads outside the data folder"), ("file in FY", "ignored file: a fiscal-year folder"),
                ("not FY", "fiscal-year folders are named FY"), ("unknown file", "unknown dataset file"),
                ("unknown company", "is not a company in companies.csv"),
            ] where outcome.diagnostics.contains(where: { $0.contains(marker) }) {
                seen.insert(kind)
            }
            if outcome.years.contains(where: { year in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(tree.data)/FY\(year)")) != nil
            }) {
                seen.insert("linked year read")
            }
        }
        #expect(seen == ["outside", "file in FY", "not FY", "unknown file", "unknown company", "linked year read"])
    }

    @Test func aLinkedYearOrCompanyFolderInsideTheDataFolderIsRead() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.file("data/stash/FY2024/P/ledger.csv")
        try tree.file("data/stash/JP1/training.csv")
        try tree.link("data/FY2024", to: "stash/FY2024")
        try tree.folder("data/FY2025")
        try tree.link("data/FY2025/JP1", to: "../stash/JP1")
        let outcome = Self.scan(tree.data)
        #expect(outcome.years == [2024, 2025])
        #expect(outcome.files == ["FY2024/P": ["ledger.csv"], "FY2025/JP1": ["training.csv"]])
        #expect(outcome.diagnostics == ["\(tree.data)/stash: warning: ignored folder: fiscal-year folders are named FY and four digits, e.g. FY2025"])
    }

    @Test(arguments: ["FY2024", "FY2025/P"])
    func aLinkLeadingOutOfTheDataFolderIsAnErrorAndNotRead(relative: String) throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.file("outside/P/ledger.csv")
        try tree.file("outside/ledger.csv")
        try tree.folder("data/FY2025")
        try tree.link("data/\(relative)", to: tree.outside + (relative == "FY2024" ? "" : "/P"))
        let outcome = Self.scan(tree.data)
        #expect(outcome.files.isEmpty)
        #expect(
            outcome.diagnostics == [
                "\(tree.data)/\(relative): error: the folder leads outside the data folder through a symbolic link; disclose reads only files inside it"
            ])
    }

    @Test func aBrokenLinkOrAFileInAYearFolderIsAnIgnoredFile() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.file("data/FY2025/readme.txt")
        try tree.link("data/FY2025/P", to: "nowhere")
        try tree.link("data/FY2025/JP1", to: "readme.txt")
        let warning = "warning: ignored file: a fiscal-year folder holds only one folder per company"
        #expect(
            Self.scan(tree.data).diagnostics == [
                "\(tree.data)/FY2025/JP1: \(warning)", "\(tree.data)/FY2025/P: \(warning)", "\(tree.data)/FY2025/readme.txt: \(warning)",
            ])
    }

    @Test func hiddenEntriesAreSkippedAtEveryLevel() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try tree.file("data/.DS_Store")
        try tree.folder("data/.git/FY2025")
        try tree.file("data/FY2025/.DS_Store")
        try tree.folder("data/FY2025/.P")
        try tree.file("data/FY2025/P/.~lock.ledger.csv#")
        try tree.file("data/FY2025/P/ledger.csv")
        let outcome = Self.scan(tree.data)
        #expect(outcome == Outcome(years: [2025], files: ["FY2025/P": ["ledger.csv"]], diagnostics: [], ignored: []))
    }

    @Test func unknownFilesAreReportedInByteOrderOfTheirNames() throws {
        let tree = try Tree()
        defer { tree.remove() }
        for name in ["研修.csv", "b.csv", "B.csv", "a.csv", "ä.csv", "ledger.csv"] {
            try tree.file("data/FY2025/P/\(name)")
        }
        let files = Self.scan(tree.data).diagnostics.compactMap { $0.split(separator: ":").first.map(String.init) }
        #expect(files == ["B.csv", "a.csv", "b.csv", "ä.csv", "研修.csv"].map { "\(tree.data)/FY2025/P/\($0)" })
    }

    @Test func yearsAreListedOldestFirstAndLaterYearsAreLeftUnread() throws {
        let tree = try Tree()
        defer { tree.remove() }
        for year in [2025, 2023, 2026, 2024] {
            try tree.file("data/FY\(year)/P/ledger.csv")
        }
        try tree.file("data/FY2026/ZZ/ledger.csv")
        let outcome = Self.scan(tree.data)
        #expect(outcome.years == [2023, 2024, 2025])
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func sortedEntriesListsAFolderInByteOrderWithoutHiddenEntries() throws {
        let tree = try Tree()
        defer { tree.remove() }
        for name in ["b", "A", ".hidden", "a", "É", "Z"] {
            try tree.file("data/\(name)")
        }
        try tree.folder("data/c")
        #expect(DataFolderLayout.sortedEntries(tree.data) == ["A", "Z", "a", "b", "c", "É"])
        #expect(DataFolderLayout.sortedEntries(tree.base + "/missing") == [])
    }
}
