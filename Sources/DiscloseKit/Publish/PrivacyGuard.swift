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

    /// How to publish a value that is public on purpose (a contact desk's address, say).
    static func allowHint(_ text: String) -> String {
        "; if it is public on purpose, allow it in pipeline.yaml: allow_list: [\"\(text)\"]"
    }

    /// Located errors for everything the pages must not carry; empty when they are clean.
    func problems(in pages: [String: String]) throws(DiscloseError) -> [Diagnostic] {
        let redactor = Redactor(personIDs: try store.personIDs(), allowed: allowed.sorted())
        var found: [(path: String, match: SensitiveText.Match)] = []
        for name in pages.keys.sorted() {
            let path = (outputFolder as NSString).appendingPathComponent(name)
            found += redactor.matches(in: pages[name] ?? "").map { (path, $0) }
        }
        guard !found.isEmpty else { return [] }
        let rows = try store.firstRows(of: Set(found.filter { $0.match.kind == .personID }.map(\.match.normalized)))
        let sources = SourceIndex(project: project, store: store, redactor: redactor)
        return found.map { path, match in
            let location = SourceLocation(path: path, line: match.line, column: match.column)
            if match.kind == .personID {
                let origin = rows[match.normalized].map { " (from \($0))" } ?? ""
                return .error(at: location, "refusing to publish a person_id '\(match.normalized)'\(origin)")
            }
            let reading = match.normalized == match.text ? "" : " (read as '\(match.normalized)')"
            let origin = sources.location(of: match).map { " (from \($0))" } ?? ""
            return .error(at: location, "refusing to publish \(match.kind.rawValue) '\(match.text)'\(reading)\(origin)" + Self.allowHint(match.normalized))
        }.sorted()
    }
}

/// Where a value found in the output first appears in the inputs that reach the page: pipeline.yaml,
/// narrative files, templates, the registry, training session titles and the names of data files and folders.
struct SourceIndex {
    private var first: [String: SourceLocation] = [:]

    init(project: Project, store: DisclosureStore, redactor: Redactor) {
        var files = [project.config.path] + project.config.sections.flatMap { $0.allPaths.map(project.path) }
        let templates = project.path(project.config.paths.templates)
        files += DataFolderLayout.sortedEntries(templates).map { (templates as NSString).appendingPathComponent($0) }
        files.append((project.dataPath as NSString).appendingPathComponent("companies.csv"))
        files += (try? store.paths(of: "training_sessions")) ?? []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            for match in redactor.matches(in: String(decoding: data, as: UTF8.self)) {
                record(match, at: SourceLocation(path: file, line: match.line, column: match.column))
            }
        }
        for path in Self.paths(under: project.dataPath) {
            for match in redactor.matches(in: path) { record(match, at: SourceLocation(path: path)) }
        }
    }

    mutating func record(_ match: SensitiveText.Match, at location: SourceLocation) {
        let key = Self.key(match)
        if first[key] == nil { first[key] = location }
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

    /// Every file and folder under the data folder, in sorted order, at most three levels deep.
    static func paths(under root: String, depth: Int = 3) -> [String] {
        guard depth > 0 else { return [] }
        var result: [String] = []
        for entry in DataFolderLayout.sortedEntries(root) {
            let path = (root as NSString).appendingPathComponent(entry)
            result.append(path)
            if DataFolderLayout.isDirectory(path) { result += paths(under: path, depth: depth - 1) }
        }
        return result
    }
}
