import Foundation
import Testing

/// The folders of Sources/DiscloseKit in pipeline order, lowest first: a folder may use only the folders listed
/// before it (and itself). This array is the one place the order is written (CONTRIBUTING describes it); a new
/// folder fails the test until it is placed here. `.` stands for the files directly in Sources/DiscloseKit.
let folderOrder: [String] = [
    "PersonalData",  // the personal-data scanner: SensitiveText, NormalizedText, NumberRun, Redactor, PersonIDSet
    "Domain",  // value types and small generic helpers: FiscalYear, Day, Company, Ratio, Target, JSONValue, FieldFormat…
    "Diagnostics",  // Diagnostic, SourceLocation, DiscloseError, listings and reports of problems
    "Digest",  // SHA-256
    "FileSystem",  // reading inside a folder boundary, writing output files
    "Catalog",  // the data contract (DatasetCatalog, DatasetSpec)
    "Metrics",  // each built-in metric declared once with its SQL (MetricCatalog, MetricQuery, RowSelection)
    "Config",  // pipeline.yaml (YAML parser, decoder) and the project on disk
    "Store",  // SQLite: the build database and everything about its tables
    "Ingest",  // CSV → validated rows → the store
    "Cycle",  // the yearly cycle: submission kits, new-year, data templates
    "Evaluation",  // computing figures and goal statuses from the store, by the metrics' declarations
    "Editions",  // an edition's words, formats and page templates (en, ja)
    "Report",  // the year's report: figures, goals, restatements, chart data
    "Render",  // pages: Markdown, HTML, XHTML with inline XBRL, charts, narrative, data.json
    "Taxonomy",  // the XBRL taxonomy package the XHTML pages refer to, and its ZIP
    "Publish",  // the privacy guard and writing output/ atomically
    "SignOff",  // approvals.yaml and the page's sign-off state
    "Generate",  // the synthetic sample group
    "Starter",  // `disclose init`'s starter project
    ".",  // Pipeline.swift and the runs it drives (build, approve, receive, data templates)
    "Views",  // terminal views of a pipeline run (status, explain, compare)
    "Evidence",  // the evidence pack of a build
]

@Suite("Folder dependencies")
struct FolderDependencyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/DiscloseKit")
    static let scan = Result { try FolderScan(sources: sources) }

    @Test func everyFolderHasAPlaceInTheStageOrder() throws {
        let scan = try Self.scan.get()
        let unplaced = scan.folders.filter { !folderOrder.contains($0) }.sorted()
        #expect(unplaced.isEmpty, "folders not in folderOrder (FolderDependencyTests.swift): \(unplaced.joined(separator: ", ")); place each in the stage order")
        let gone = folderOrder.filter { !scan.folders.contains($0) }
        #expect(gone.isEmpty, "folderOrder names folders that do not exist: \(gone.joined(separator: ", "))")
    }

    @Test func foldersUseOnlyTheFoldersBelowThem() throws {
        let problems = try Self.scan.get().upwardUses(order: folderOrder)
        #expect(problems.isEmpty, "\(problems.count) uses of a folder above:\n\(problems.joined(separator: "\n"))")
    }

    @Test func noTwoFoldersUseEachOther() throws {
        let both = try Self.scan.get().foldersUsingEachOther()
        #expect(both.isEmpty, "folders that use each other: \(both.joined(separator: ", "))")
    }

    /// The scan finds uses across folders in the real sources, so the tests above have something to judge.
    @Test func theScanSeesTheSourcesUsesAcrossFolders() throws {
        let scan = try Self.scan.get()
        #expect(scan.declarations["FiscalYear"] == "Domain")
        #expect(scan.declarations["DisclosureStore"] == "Store")
        #expect(scan.uses.contains { $0.userFolder == "Evaluation" && $0.declaringFolder == "Store" && $0.name == "DisclosureStore" })
        #expect(scan.uses.count > 200)
    }

    /// A lower folder using a type, a top-level function or an extension's member from a higher one is named, with
    /// the file and the folder above.
    @Test func aUseOfAnUpperFolderIsNamed() {
        let scan = FolderScan(files: [
            ("Low/Lower.swift", "struct Lower { let upper: Upper }"),
            ("Low/Caller.swift", "func call() -> Int { helper() + [1].sum }"),
            ("High/Upper.swift", "public struct Upper { let lower: Lower }\nfunc helper() -> Int { 1 }"),
            ("High/Array+Sum.swift", "extension Array where Element == Int {\n    var sum: Int { reduce(0, +) }\n}"),
            ("Low/Quiet.swift", "// Upper\nlet text = \"Upper helper()\""),
        ])
        let problems = scan.upwardUses(order: ["Low", "High"])
        #expect(problems == [
            "Low/Caller.swift: uses helper from High/, a folder above Low/",
            "Low/Caller.swift: uses sum from High/, a folder above Low/",
            "Low/Lower.swift: uses Upper from High/, a folder above Low/",
        ])
        #expect(scan.foldersUsingEachOther() == ["High <-> Low"])
        #expect(scan.upwardUses(order: ["High", "Low"]) == ["High/Upper.swift: uses Lower from Low/, a folder above High/"])
    }

    /// A name declared in one folder that another declares for itself (a nested type, a local) is the other's own.
    @Test func aFoldersOwnNameIsNotAUse() {
        let scan = FolderScan(files: [
            ("Low/Row.swift", "struct Table { struct Row {} ; let rows: [Row] }"),
            ("High/Row.swift", "struct Row {}"),
        ])
        #expect(scan.uses.isEmpty)
    }

    /// Comments and string literals are not uses; code inside an interpolation is.
    @Test func commentsAndStringsAreNotUses() {
        let source = ##"""
            a /* B /* nested */ C */ d // E
            "F \(g) H" """
             I \(j("k"))
            """ #"L \#(m) \(N)"#
            """##
        let code = SwiftCode.strip(source)
        let words = Set(SwiftCode.tokens(code).map(\.text))
        #expect(words.isSuperset(of: ["a", "d", "g", "j", "m"]))
        #expect(words.isDisjoint(with: ["B", "C", "E", "F", "H", "I", "k", "L", "N"]))
    }
}
