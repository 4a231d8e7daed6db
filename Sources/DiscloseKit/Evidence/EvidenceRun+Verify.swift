import Foundation

extension EvidenceRun {
    /// What `--verify` found: one line per input file, content file, output or figure that no longer matches.
    public struct Verification: Sendable {
        public var folder: String
        public var problems: [String]
        public var figuresChecked: Int
        public var filesChecked: Int

        public var matches: Bool { problems.isEmpty }
    }

    /// Re-computes the pack from the current files and compares it with `DIR/evidence.json`.
    public func verify(_ folder: String) throws(DiscloseError) -> Verification {
        let path = (folder as NSString).appendingPathComponent("evidence.json")
        guard let data = FileManager.default.contents(atPath: path),
            let old = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw DiscloseError(.fileSystem("cannot read \(path): not an evidence pack written by `disclose evidence`"))
        }
        var options = options
        if options.fiscalYear == nil, let year = old["fiscal_year"] as? Int { options.fiscalYear = year }
        let current = try EvidenceRun(options: options).make().pack
        var problems: [String] = []
        let oldManifest = old["manifest"] as? [String: Any] ?? [:]
        var filesChecked = 0
        func compare(_ role: String, _ old: [[String: Any]], _ new: [EvidencePack.Digest]) {
            let now = Dictionary(new.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
            var seen: Set<String> = []
            for entry in old {
                guard let path = entry["path"] as? String else { continue }
                seen.insert(path)
                filesChecked += 1
                switch now[path] {
                case nil: problems.append("\(role) file \(path): no longer read")
                case let digest? where digest != entry["sha256"] as? String: problems.append("\(role) file \(path): digest changed")
                default: break
                }
            }
            for digest in new where !seen.contains(digest.path) { problems.append("\(role) file \(digest.path): new since the pack was made") }
        }
        compare("configuration", [oldManifest["pipeline"] as? [String: Any] ?? [:]], [current.manifest.pipeline])
        compare("content", oldManifest["content"] as? [[String: Any]] ?? [], current.manifest.content)
        compare("input", oldManifest["inputs"] as? [[String: Any]] ?? [], current.manifest.inputs)
        compare("output", oldManifest["outputs"] as? [[String: Any]] ?? [], current.manifest.outputs)
        if let version = oldManifest["disclose_version"] as? String, version != current.manifest.discloseVersion {
            problems.append("disclose version: the pack was made by \(version), this is \(current.manifest.discloseVersion)")
        }
        let figures = Dictionary(current.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        let oldFigures = old["figures"] as? [[String: Any]] ?? []
        for entry in oldFigures {
            guard let id = entry["id"] as? String else { continue }
            seen.insert(id)
            let anchor = entry["anchor"] as? String ?? ""
            guard let figure = figures[id] else {
                problems.append("figure \(id) (page element #\(anchor)): no longer on the page")
                continue
            }
            let was = entry["published"] as? String ?? ""
            if was != figure.published || !Self.same(entry["value"], JSONReport.value(figure.result.value)) {
                problems.append("figure \(id) (page element #\(figure.anchor)): value changed from \(was) to \(figure.published)")
            }
        }
        for figure in current.figures where !seen.contains(figure.id) {
            problems.append("figure \(figure.id) (page element #\(figure.anchor)): new since the pack was made")
        }
        return Verification(folder: folder, problems: problems, figuresChecked: oldFigures.count, filesChecked: filesChecked)
    }

    /// A value read back from JSON against one computed now.
    static func same(_ old: Any?, _ new: JSONValue) -> Bool {
        switch new {
        case .null: return old == nil || old is NSNull
        case .string(let text): return old as? String == text
        case .number(let text): return (old as? NSNumber).map { $0.doubleValue == Double(text) } ?? false
        default: return false
        }
    }
}
