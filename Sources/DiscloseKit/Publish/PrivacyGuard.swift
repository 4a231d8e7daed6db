import Foundation

/// Refuses to publish a page set that carries an e-mail address, a phone number, an Individual
/// Number or a person_id from the data, naming the output line and, where it can, the source.
struct PrivacyGuard {
    let store: DisclosureStore
    let project: Project
    /// Strings pipeline.yaml admits on purpose (`allow_list:`), such as the contact desk's address.
    let allowed: Set<String>
    /// Where the output would be written, for the diagnostics' paths.
    let outputFolder: String
    /// For what a command prints: each refusal names the kind and where it is, never the value itself (the way
    /// `check` redacts), so a terminal or a CI log never carries it.
    var redactsValues = false

    /// How to publish a value that is public on purpose (a contact desk's address, say).
    static func allowHint(_ text: String) -> String {
        "; if it is public on purpose, allow it in pipeline.yaml: allow_list: [\"\(text)\"]"
    }

    /// Located errors for everything the pages must not carry; empty when they are clean.
    ///
    /// A value found in the pages is reported where it would be published, naming the input it
    /// came from; a value in an input that can reach the page (pipeline.yaml texts, narrative,
    /// templates, company names, data file and folder names) but is not on it this time is
    /// reported where it is written.
    func problems(in pages: [String: String]) throws(DiscloseError) -> [Diagnostic] {
        try problems(in: [(outputFolder, pages)])
    }

    /// `problems(in:)` over files bound for several folders (the page and, say, the evidence pack) in one pass.
    func problems(in outputs: [(folder: String, files: [String: String])]) throws(DiscloseError) -> [Diagnostic] {
        let redactor = Redactor(personIDs: try store.personIDs(), allowed: allowed.sorted())
        var found: [(path: String, match: SensitiveText.Match)] = []
        for (folder, files) in outputs {
            for name in files.keys.sorted() {
                let path = (folder as NSString).appendingPathComponent(name)
                found += redactor.matches(in: files[name] ?? "").map { (path, $0) }
            }
        }
        var inputs = InputScan(project: project, redactor: redactor)
        // The set holds hashes: name the ids found (the store's ids streamed again, on this failure path only).
        let forms = Set((found.map(\.match) + inputs.findings.map(\.match)).compactMap(\.personIDForm))
        if !forms.isEmpty {
            let names = try store.personIDNames(of: forms)
            found = found.map { ($0.path, $0.match.named(by: names)) }
            inputs.name(by: names)
        }
        let published = Set(found.map { InputScan.key($0.match) })
        let unpublished = inputs.findings.filter { !published.contains(InputScan.key($0.match)) }
        guard !found.isEmpty || !unpublished.isEmpty else { return [] }
        let rows = try store.firstRows(of: Set((found.map(\.match) + unpublished.map(\.match)).filter { $0.kind == .personID }.map(\.normalized)))
        var diagnostics: [Diagnostic] = found.map { path, match in
            let location = SourceLocation(path: path, line: match.line, column: match.column)
            let written = inputs.location(of: match)?.description
            let sources = [written, rows[match.normalized].map { "the id of the row at \($0)" }].compactMap { $0 }
            let origin = match.kind == .personID ? (sources.isEmpty ? nil : sources.joined(separator: "; ")) : written
            return .error(at: location, refusal(match, origin: origin))
        }
        for (location, match) in unpublished {
            let origin = match.kind == .personID ? rows[match.normalized] : nil
            diagnostics.append(.error(at: location, refusal(match, origin: origin) + "; this text can reach the page"))
        }
        guard redactsValues else { return diagnostics.sorted() }
        return diagnostics.map(redactor.redact).sorted()
    }

    /// The refusal as this guard words it: with the value, or (`redactsValues`) with its kind alone.
    func refusal(_ match: SensitiveText.Match, origin: String?) -> String {
        guard redactsValues else { return Self.refusal(match, origin: origin) }
        let from = origin.map { " (from \($0))" } ?? ""
        if match.kind == .personID { return "refusing to publish a person_id\(from)" }
        return "refusing to publish \(match.kind.rawValue)\(from); if it is public on purpose, copy it from there into allow_list: in pipeline.yaml"
    }

    /// "refusing to publish a phone number '…' (read as '…') (from content/x.md:3:9); if it is public…"
    static func refusal(_ match: SensitiveText.Match, origin: String?) -> String {
        let from = origin.map { " (from \($0))" } ?? ""
        if match.kind == .personID { return "refusing to publish a person_id '\(match.normalized)'\(from)" }
        let reading = match.normalized == match.text ? "" : " (read as '\(match.normalized)')"
        return "refusing to publish \(match.kind.rawValue) '\(match.text)'\(reading)\(from)" + allowHint(match.normalized)
    }
}

/// Personal data in the inputs that can reach the page: the texts of pipeline.yaml (not `sql:` or
/// `allow_list:`), narrative files, template overrides, the registry and the names of the files and
/// folders in the data folder's `FY<year>` folders; each with where it is written.
struct InputScan {
    private(set) var findings: [(location: SourceLocation, match: SensitiveText.Match)] = []
    private var first: [String: SourceLocation] = [:]

    init(project: Project, redactor: Redactor) {
        if let data = FileManager.default.contents(atPath: project.config.path),
            let root = try? YAMLParser.parse(Array(data), path: project.config.path)
        {
            scan(root, redactor: redactor)
        }
        var files = project.config.sections.flatMap { $0.allPaths.map(project.path) }
        let templates = project.path(project.config.paths.templates)
        files += DataFolderLayout.sortedEntries(templates).filter { $0.hasSuffix(".mustache") }.map { (templates as NSString).appendingPathComponent($0) }
        files.append((project.dataPath as NSString).appendingPathComponent("companies.csv"))
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            for match in redactor.matches(in: String(decoding: data, as: UTF8.self)) {
                record(match, at: SourceLocation(path: file, line: match.line, column: match.column))
            }
        }
        // Names repeat (every company sends `ledger.csv`, every year holds the same company folders): scan each once.
        var matchesByName: [String: [SensitiveText.Match]] = [:]
        for path in Self.paths(under: project.dataPath) {
            let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
            let found = matchesByName[name] ?? redactor.matches(in: name)
            matchesByName[name] = found
            for match in found { record(match, at: SourceLocation(path: path)) }
        }
    }

    /// Every scalar of the YAML tree but the values of `sql:` and `allow_list:`.
    mutating func scan(_ node: YAMLNode, redactor: Redactor) {
        switch node.kind {
        case .scalar(let text, let plain):
            for match in redactor.matches(in: text) {
                let line = node.location.line + match.line - 1
                let column = match.line == 1 ? node.location.column + match.column - (plain ? 1 : 0) : match.column
                record(match, at: SourceLocation(path: node.location.path, line: line, column: column))
            }
        case .sequence(let items):
            for item in items { scan(item, redactor: redactor) }
        case .mapping(let entries):
            for (key, value) in entries where key.scalar != "sql" && key.scalar != "allow_list" {
                scan(key, redactor: redactor)
                scan(value, redactor: redactor)
            }
        }
    }

    mutating func record(_ match: SensitiveText.Match, at location: SourceLocation) {
        findings.append((location, match))
        let key = Self.key(match)
        if first[key] == nil { first[key] = location }
    }

    /// Names each person-id finding by its id (see `PersonIDSet.naming`), so spellings of one id share a key.
    mutating func name(by names: [UInt64: String]) {
        let named = findings.map { ($0.location, $0.match.named(by: names)) }
        findings = []
        first = [:]
        for (location, match) in named { record(match, at: location) }
    }

    func location(of match: SensitiveText.Match) -> SourceLocation? {
        first[Self.key(match)]
    }

    /// Digits alone for numbers, the lower-cased value otherwise: spellings of one value share a key.
    static func key(_ match: SensitiveText.Match) -> String {
        switch match.kind {
        case .phone, .individualNumber: return match.kind.rawValue + match.normalized.filter(\.isNumber)
        case .email, .personID: return match.kind.rawValue + match.normalized.lowercased()
        }
    }

    /// The files and folders inside the data folder's `FY<year>` folders, two levels deep: the names
    /// data.json may quote in a warning. (Folders outside them are ignored and never published.)
    static func paths(under root: String) -> [String] {
        var result: [String] = []
        for year in DataFolderLayout.sortedEntries(root) where DataFolderLayout.fiscalYear(named: year) != nil {
            let folder = (root as NSString).appendingPathComponent(year)
            for entry in DataFolderLayout.sortedEntries(folder) {
                let path = (folder as NSString).appendingPathComponent(entry)
                result.append(path)
                if DataFolderLayout.isDirectory(path) {
                    result += DataFolderLayout.sortedEntries(path).map { (path as NSString).appendingPathComponent($0) }
                }
            }
        }
        return result
    }
}
