import Foundation

extension EvidenceRun {
    /// What `--verify` found, check by check.
    public struct Verification: Sendable {
        /// The three things a pack promises.
        public enum Check: String, Sendable, CaseIterable {
            case pack = "(a) the pack is intact"
            case records = "(b) the records"
            case output = "(c) the published output"
        }

        /// One difference, under the check it fails.
        public struct Problem: Sendable, Equatable {
            public var check: Check
            public var text: String
        }

        public var folder: String
        public var found: [Problem]
        public var figuresChecked: Int
        public var filesChecked: Int

        /// Every difference as a line, check by check.
        public var problems: [String] { found.map { "\($0.check.rawValue): \($0.text)" } }
        public var matches: Bool { found.isEmpty }
        public var failed: [Check] { Check.allCases.filter { check in found.contains { $0.check == check } } }

        /// One line per check: held, or how many differences.
        public var summary: String {
            Check.allCases.map { check in
                let count = found.filter { $0.check == check }.count
                return "\(check.rawValue): " + (count == 0 ? "holds" : "FAILED (\(count) difference\(count == 1 ? "" : "s"))")
            }.joined(separator: "\n")
        }
    }

    /// Checks the pack in `folder`: (a) evidence.json agrees with its own digests and index.html is what it renders to;
    /// (b) every input file and figure re-performed from today's records matches the pack; (c) every file published
    /// under `output/FY<year>/` is byte for byte what a build writes today.
    public func verify(_ folder: String) throws(DiscloseError) -> Verification {
        let path = (folder as NSString).appendingPathComponent("evidence.json")
        let bytes = try InputFile.read(path, within: nil, kind: "evidence.json")
        guard let document = JSONValue.parse(bytes), document["figures"] != nil else {
            throw .invalid(at: SourceLocation(path: path), "not an evidence pack written by `disclose evidence` (no figures in it)")
        }
        var options = options
        if options.fiscalYear == nil, let year = Int(document["fiscal_year"]?.plainText ?? "") { options.fiscalYear = year }
        let made = try EvidenceRun(options: options).make()
        var found: [Verification.Problem] = []
        func note(_ check: Verification.Check, _ text: String) { found.append(.init(check: check, text: text)) }

        // (a) The pack agrees with itself.
        let indexPath = (folder as NSString).appendingPathComponent("index.html")
        let index = (try? InputFile.read(indexPath, within: nil, kind: "index.html")).map { String(decoding: $0, as: UTF8.self) }
        var unsealed = document
        if case .object(var members) = unsealed {
            members["integrity"] = nil
            unsealed = .object(members)
        }
        if let stored = document["integrity"] {
            let expected = EvidencePack.integrity(of: unsealed, indexHTML: index ?? "")
            for (key, what) in [("document", "its title, period or fiscal year"), ("manifest", "its manifest of digests")]
            where stored[key] != expected[key] {
                note(.pack, "evidence.json: \(what) no longer match the digest the pack recorded (edited)")
            }
            let storedFigures = Self.members(stored["figures"])
            let expectedFigures = Self.members(expected["figures"])
            for id in Set(storedFigures.keys).union(expectedFigures.keys).sorted() where storedFigures[id] != expectedFigures[id] {
                let what = storedFigures[id] == nil ? "is not in the pack's record (added)" : expectedFigures[id] == nil ? "was removed" : "was edited"
                note(.pack, "evidence.json: figure \(id) \(what)")
            }
            if stored["index_html"] != expected["index_html"] { note(.pack, "index.html: edited since the pack was made") }
        } else {
            note(.pack, "evidence.json: no record of its own digests (an earlier release's pack, or removed); make the pack again")
        }
        let rendered = try EvidencePack.html(from: unsealed, project: made.project)
        if let index {
            if let line = Self.firstDifference(index, rendered) {
                note(.pack, "index.html: not what evidence.json renders to, first at line \(line)")
            }
        } else {
            note(.pack, "index.html: missing")
        }

        // (b) The records: input digests and every figure, re-performed now.
        let current = made.pack.json
        let oldManifest = document["manifest"]
        let newManifest = current["manifest"]
        var filesChecked = 0
        for (role, key) in [("configuration", "pipeline"), ("content", "content"), ("input", "inputs"), ("output", "outputs")] {
            let old = Self.digests(oldManifest?[key])
            let new = Self.digests(newManifest?[key])
            filesChecked += old.count
            for file in Set(old.keys).union(new.keys).sorted() where old[file] != new[file] {
                let what = old[file] == nil ? "new since the pack was made" : new[file] == nil ? "no longer read" : "digest changed"
                note(.records, "\(role) file \(file): \(what)")
            }
        }
        if oldManifest?["disclose_version"] != newManifest?["disclose_version"] {
            note(.records, "disclose version: the pack was made by \(oldManifest?["disclose_version"]?.plainText ?? "?"), this is \(DiscloseVersion.current)")
        }
        let oldFigures = Dictionary((document["figures"]?.items ?? []).map { ($0["id"]?.stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let newFigures = Dictionary((current["figures"]?.items ?? []).map { ($0["id"]?.stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(oldFigures.keys).union(newFigures.keys).sorted() {
            guard let old = oldFigures[id], let new = newFigures[id] else {
                let anchor = (oldFigures[id] ?? newFigures[id])?["anchor"]?.plainText ?? ""
                note(.records, "figure \(id) (page element #\(anchor)): " + (oldFigures[id] == nil ? "new since the pack was made" : "no longer on the page"))
                continue
            }
            let fields = Self.differences(old, new, path: "")
            guard !fields.isEmpty else { continue }
            let values = old["published"] != new["published"]
                ? "; published value \(old["published"]?.plainText ?? "") now \(new["published"]?.plainText ?? "")" : ""
            note(.records, "figure \(id) (page element #\(new["anchor"]?.plainText ?? "")): \(fields.prefix(8).joined(separator: ", ")) changed\(values)")
        }

        // (c) The published output, byte for byte.
        let published = Self.publishedFiles(made.outputFolder)
        for name in Set(published.keys).union(made.pages.keys).sorted() {
            let shown = (made.outputFolder as NSString).appendingPathComponent(name)
            switch (published[name], made.pages[name]) {
            case (nil, _): note(.output, "\(shown): missing (a build writes it)")
            case (_, nil): note(.output, "\(shown): a build does not write this file")
            case (let old?, let new?):
                if let line = Self.firstDifference(old, new) { note(.output, "\(shown): differs from what a build writes today, first at line \(line)") }
            }
        }
        return Verification(folder: folder, found: found, figuresChecked: oldFigures.count, filesChecked: filesChecked)
    }

    /// An object's members, empty for anything else.
    static func members(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let members)? = value { return members }
        return [:]
    }

    /// `path → sha256` of a manifest role (an object for `pipeline`, a list for the others).
    static func digests(_ value: JSONValue?) -> [String: String] {
        guard let value else { return [:] }
        let items = value.items.isEmpty && value["path"] != nil ? [value] : value.items
        return Dictionary(items.map { ($0["path"]?.plainText ?? "", $0["sha256"]?.plainText ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    /// The fields of two JSON values that differ, as paths (`sql`, `companies[JP1].files[data/…].sha256`); numbers
    /// compare as exact decimals. Items of a list are matched by `code`, `path` or `id` when they have one.
    static func differences(_ old: JSONValue, _ new: JSONValue, path: String) -> [String] {
        switch (old, new) {
        case (.object(let a), .object(let b)):
            return Set(a.keys).union(b.keys).sorted().flatMap { key in
                differences(a[key] ?? .null, b[key] ?? .null, path: path.isEmpty ? key : path + "." + key)
            }
        case (.array(let a), .array(let b)):
            func key(_ item: JSONValue, _ index: Int) -> String {
                item["code"]?.stringValue ?? item["path"]?.stringValue ?? item["id"]?.stringValue ?? String(index)
            }
            let left = Dictionary(a.enumerated().map { (key($1, $0), $1) }, uniquingKeysWith: { x, _ in x })
            let right = Dictionary(b.enumerated().map { (key($1, $0), $1) }, uniquingKeysWith: { x, _ in x })
            if left.count != a.count || right.count != b.count || Set(left.keys) != Set(right.keys) {
                return a == b ? [] : [path]
            }
            return left.keys.sorted().flatMap { differences(left[$0] ?? .null, right[$0] ?? .null, path: "\(path)[\($0)]") }
        default:
            return DecimalText.same(old, new) ? [] : [path]
        }
    }

    /// The 1-based line where two texts first differ; nil when they are equal.
    static func firstDifference(_ old: String, _ new: String) -> Int? {
        guard old != new else { return nil }
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) where index >= a.count || index >= b.count || a[index] != b[index] {
            return index + 1
        }
        return max(a.count, b.count)
    }

    /// The files published in a fiscal year's output folder (the marker excepted), each read only as a regular file
    /// inside it; a link, a FIFO or a device there is listed with empty text, so it differs and is named.
    static func publishedFiles(_ folder: String) -> [String: String] {
        var files: [String: String] = [:]
        for name in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() where name != Publisher.marker {
            let path = (folder as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
            let bytes = try? InputFile.read(path, within: folder, kind: "published file")
            files[name] = bytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        return files
    }
}
