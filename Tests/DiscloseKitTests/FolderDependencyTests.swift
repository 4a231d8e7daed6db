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
    "Catalog",  // the data contract (DatasetCatalog, DatasetSpec) and the metric catalog (MetricCatalog, MetricQuery)
    "Config",  // pipeline.yaml (YAML parser, decoder) and the project on disk
    "Store",  // SQLite: the build database and everything about its tables
    "Ingest",  // CSV → validated rows → the store
    "Cycle",  // the yearly cycle: submission kits, new-year, data templates
    "Metrics",  // computing figures from the store
    "Editions",  // an edition's words, formats and page templates (en, ja)
    "Report",  // the year's report: figures, goals, restatements, chart data
    "Render",  // pages: Markdown, HTML, charts, narrative, data.json
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
        #expect(scan.uses.contains { $0.userFolder == "Metrics" && $0.declaringFolder == "Store" && $0.name == "DisclosureStore" })
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

/// One identifier a file uses that another folder declares.
struct FolderUse: Hashable {
    let file: String
    let userFolder: String
    let declaringFolder: String
    let name: String
}

/// The declarations and cross-folder uses of every Swift file under a sources folder.
struct FolderScan {
    /// Folder of each file's top level: `Config`, `Editions` (for Editions/en/…), or `.`.
    var folders: Set<String> = []
    /// A top-level name (type, typealias, func, let) and the folder that declares it.
    var declarations: [String: String] = [:]
    /// A member that an extension adds (`.name`), declared in one folder only, and that folder.
    var extensionMembers: [String: String] = [:]
    var uses: [FolderUse] = []

    init(sources: URL) throws {
        var files: [(path: String, text: String)] = []
        guard let walker = FileManager.default.enumerator(atPath: sources.path) else { throw CocoaError(.fileNoSuchFile) }
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            files.append((path, try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)))
        }
        self.init(files: files)
    }

    /// Scans Swift files given as paths relative to the sources folder, and their text.
    init(files sources: [(path: String, text: String)]) {
        var files: [(path: String, folder: String, tokens: [SwiftCode.Token])] = []
        for (path, text) in sources {
            let parts = path.split(separator: "/")
            let folder = parts.count > 1 ? String(parts[0]) : "."
            files.append((path, folder, SwiftCode.tokens(SwiftCode.strip(text))))
            folders.insert(folder)
        }
        files.sort { $0.path < $1.path }
        // Names each folder declares at any depth (members, locals, nested types), and the
        // folders that declare each member name.
        var ownNames: [String: Set<String>] = [:]
        var memberFolders: [String: Set<String>] = [:]
        var candidates: [String: String] = [:]
        for file in files {
            let found = SwiftCode.declarations(file.tokens)
            for name in found.topLevel { declarations[name] = file.folder }
            for name in found.all {
                ownNames[file.folder, default: []].insert(name)
                memberFolders[name, default: []].insert(file.folder)
            }
            for name in found.extensionMembers { candidates[name] = file.folder }
        }
        for (name, folder) in candidates where memberFolders[name] == [folder] && declarations[name] == nil {
            extensionMembers[name] = folder
        }
        var seen: Set<FolderUse> = []
        for file in files {
            let own = ownNames[file.folder] ?? []
            for (index, token) in file.tokens.enumerated() where token.isIdentifier {
                let afterDot = index > 0 && file.tokens[index - 1].text == "."
                var declaring: String?
                if afterDot {
                    declaring = extensionMembers[token.text]
                } else if let folder = declarations[token.text], !own.contains(token.text) || folder == file.folder {
                    declaring = folder
                }
                guard let declaring, declaring != file.folder else { continue }
                let use = FolderUse(file: file.path, userFolder: file.folder, declaringFolder: declaring, name: token.text)
                if seen.insert(use).inserted { uses.append(use) }
            }
        }
    }

    /// `file: uses NAME from UPPER/, a folder above FOLDER/` for each use of a folder later in `order`, sorted.
    func upwardUses(order: [String]) -> [String] {
        let level = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return uses.compactMap { use in
            guard let user = level[use.userFolder], let used = level[use.declaringFolder], used > user else { return nil }
            return "\(use.file): uses \(use.name) from \(use.declaringFolder)/, a folder above \(use.userFolder)/"
        }.sorted()
    }

    /// `A <-> B` for each two folders that use each other, sorted.
    func foldersUsingEachOther() -> [String] {
        let pairs = Set(uses.map { [$0.userFolder, $0.declaringFolder] })
        return pairs.filter { $0[0] < $0[1] && pairs.contains([$0[1], $0[0]]) }.map { "\($0[0]) <-> \($0[1])" }.sorted()
    }
}

/// A small lexer for Swift source: enough to find declarations and identifier uses.
enum SwiftCode {
    struct Token {
        let text: String
        var isIdentifier: Bool { text.first.map { $0 == "_" || $0.isLetter } ?? false }
    }

    /// The code with comments and the text of string literals blanked (interpolated code is kept).
    static func strip(_ source: String) -> String {
        let bytes = Array(source.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        code(bytes, &index, &out, insideInterpolation: false)
        return String(decoding: out, as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\""), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
    private static let hash = UInt8(ascii: "#"), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
    private static let open = UInt8(ascii: "("), close = UInt8(ascii: ")"), space = UInt8(ascii: " ")

    private static func code(_ b: [UInt8], _ i: inout Int, _ out: inout [UInt8], insideInterpolation: Bool) {
        var depth = 0
        while i < b.count {
            let c = b[i]
            if c == slash, i + 1 < b.count, b[i + 1] == slash {
                while i < b.count, b[i] != newline { i += 1 }
            } else if c == slash, i + 1 < b.count, b[i + 1] == star {
                var nesting = 0
                repeat {
                    if b[i] == slash, i + 1 < b.count, b[i + 1] == star { nesting += 1; i += 2 }
                    else if b[i] == star, i + 1 < b.count, b[i + 1] == slash { nesting -= 1; i += 2 }
                    else { if b[i] == newline { out.append(newline) }; i += 1 }
                } while i < b.count && nesting > 0
                out.append(space)
            } else if c == quote || (c == hash && i + 1 < b.count && (b[i + 1] == quote || b[i + 1] == hash)) {
                var hashes = 0
                while i < b.count, b[i] == hash { hashes += 1; i += 1 }
                guard i < b.count, b[i] == quote else { continue }
                string(b, &i, &out, hashes: hashes)
            } else if insideInterpolation, c == open {
                depth += 1; out.append(c); i += 1
            } else if insideInterpolation, c == close {
                if depth == 0 { return }
                depth -= 1; out.append(c); i += 1
            } else {
                out.append(c); i += 1
            }
        }
    }

    /// Skips a string literal starting at its first quote; keeps the code of its interpolations.
    private static func string(_ b: [UInt8], _ i: inout Int, _ out: inout [UInt8], hashes: Int) {
        let multiline = i + 2 < b.count && b[i + 1] == quote && b[i + 2] == quote
        i += multiline ? 3 : 1
        out.append(space)
        func closes(at j: Int) -> Bool {
            let quotes = multiline ? 3 : 1
            guard j + quotes + hashes <= b.count else { return false }
            for k in 0..<quotes where b[j + k] != quote { return false }
            for k in 0..<hashes where b[j + quotes + k] != hash { return false }
            return true
        }
        while i < b.count {
            if closes(at: i) { i += (multiline ? 3 : 1) + hashes; return }
            if b[i] == backslash {
                var j = i + 1, count = 0
                while j < b.count, b[j] == hash, count < hashes { count += 1; j += 1 }
                if count == hashes, j < b.count, b[j] == open {
                    i = j + 1
                    out.append(space)
                    code(b, &i, &out, insideInterpolation: true)
                    out.append(space)
                    i += 1
                    continue
                }
                if hashes == 0 { i += 2; continue }
            }
            if b[i] == newline { out.append(newline) }
            i += 1
        }
    }

    /// Identifiers (backticks dropped) and single punctuation characters.
    static func tokens(_ code: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        for ch in code {
            if ch == "_" || ch.isLetter || ch.isNumber && !word.isEmpty {
                word.append(ch)
                continue
            }
            if !word.isEmpty { tokens.append(Token(text: word)); word = "" }
            if ch == "`" || ch.isWhitespace { continue }
            tokens.append(Token(text: String(ch)))
        }
        if !word.isEmpty { tokens.append(Token(text: word)) }
        return tokens
    }

    static let typeKeywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
    static let valueKeywords: Set<String> = ["func", "let", "var", "case"]

    /// Top-level names, names an extension adds to a type (non-private), and every name declared at any depth.
    static func declarations(_ tokens: [Token]) -> (topLevel: [String], extensionMembers: [String], all: [String]) {
        var topLevel: [String] = [], members: [String] = [], all: [String] = []
        var depth = 0
        var extensionDepth: Int?  // depth of the body of the extension we are in
        var pendingExtension = false
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "{":
                depth += 1
                if pendingExtension { extensionDepth = depth; pendingExtension = false }
            case "}":
                if depth == extensionDepth { extensionDepth = nil }
                depth -= 1
            case "extension" where depth == 0:
                pendingExtension = true
            default:
                let keyword = token.text
                guard typeKeywords.contains(keyword) || valueKeywords.contains(keyword), index + 1 < tokens.count else { continue }
                // `class func`, `class var`: a modifier, not a class.
                let next = tokens[index + 1]
                guard next.isIdentifier, !valueKeywords.contains(next.text), !typeKeywords.contains(next.text) else { continue }
                // `case Type.member:` in a switch is a pattern; an enum's cases are lower camel case.
                if keyword == "case", depth == 0 || next.text.first?.isUppercase == true { continue }
                all.append(next.text)
                if isPrivate(tokens, before: index) { continue }
                if depth == 0 {
                    topLevel.append(next.text)
                } else if let extensionDepth, depth == extensionDepth, keyword != "case" {
                    members.append(next.text)
                }
            }
        }
        return (topLevel, members, all)
    }

    static let modifiers: Set<String> = [
        "public", "internal", "package", "static", "final", "nonisolated", "override", "mutating", "lazy",
        "indirect", "open", "unowned", "weak", "(", ")", "set",
    ]

    /// Whether the modifiers before a declaration keyword make it `private` or `fileprivate`.
    static func isPrivate(_ tokens: [Token], before index: Int) -> Bool {
        var j = index - 1
        while j >= 0 {
            let text = tokens[j].text
            if text == "private" || text == "fileprivate" { return true }
            guard modifiers.contains(text) else { return false }
            j -= 1
        }
        return false
    }
}
