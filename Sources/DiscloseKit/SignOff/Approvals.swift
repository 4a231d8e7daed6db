import Foundation

/// `approvals.yaml` at the project root: who approved which part of which fiscal year's page, the digest of
/// the content they approved, and that content itself (so `build --final` can show what changed since).
///
/// Written only by `disclose approve`, never by `build`; committed with the project.
public struct Approvals: Sendable, Equatable {
    /// One person's approval of one part.
    public struct Entry: Sendable, Equatable {
        public var sha256: String
        public var by: String
        public var note: String?
        /// `YYYY-MM-DD`, only when `--date` was given (no clock is read).
        public var date: String?
        public var markdown: String
        public var html: String

        public init(part: PagePart, by: String, note: String?, date: String?) {
            sha256 = part.sha256
            self.by = by
            self.note = note
            self.date = date
            markdown = part.markdown
            html = part.html
        }

        init(sha256: String, by: String, note: String?, date: String?, markdown: String, html: String) {
            self.sha256 = sha256
            self.by = by
            self.note = note
            self.date = date
            self.markdown = markdown
            self.html = html
        }
    }

    /// Where an approval sits: fiscal year label, edition, part key.
    public struct Key: Sendable, Hashable, Comparable {
        public var fiscalYear: Int
        public var edition: String
        public var part: String

        public init(fiscalYear: Int, edition: String, part: String) {
            self.fiscalYear = fiscalYear
            self.edition = edition
            self.part = part
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.fiscalYear, lhs.edition, lhs.part) < (rhs.fiscalYear, rhs.edition, rhs.part)
        }
    }

    public var entries: [Key: Entry] = [:]

    public init() {}

    /// The file's name at the project root.
    public static let fileName = ProjectFiles.approvals

    /// The approval of `part` for `fiscalYear`, if any.
    public func entry(for part: PagePart, fiscalYear: Int) -> Entry? {
        entries[Key(fiscalYear: fiscalYear, edition: part.edition, part: part.key)]
    }

    /// Records approvals of `parts`, replacing earlier ones of the same parts.
    public mutating func approve(_ parts: [PagePart], fiscalYear: Int, by: String, note: String?, date: String?) {
        for part in parts {
            entries[Key(fiscalYear: fiscalYear, edition: part.edition, part: part.key)] = Entry(
                part: part, by: by, note: note, date: date)
        }
    }
}

extension Approvals {
    /// Reads `path`; a missing file is no approvals at all.
    /// The project's approvals.yaml: read only as a regular file inside the project (a link leading out, a FIFO or
    /// a device is a located error, never read or waited on); a missing file is no approvals at all.
    public static func load(project: Project) throws(DiscloseError) -> Approvals {
        try load(path: project.approvalsPath, within: project.root)
    }

    /// Reads `path`, which must stay inside `root`; a missing file is no approvals at all.
    public static func load(path: String, within root: String?) throws(DiscloseError) -> Approvals {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return Approvals() }
            throw .invalid(at: SourceLocation(path: path), "cannot read the approvals file: \(FileProblem.describe(errno))")
        }
        let bytes = try InputFile.read(path, within: root, kind: "approvals file")
        if let problem = UTF8Position.problem(in: bytes, path: path) { throw .invalid([problem]) }
        let controls = ControlCharacter.diagnostics(in: String(decoding: bytes, as: UTF8.self), path: path)
        if !controls.isEmpty { throw .invalid(controls) }
        return try decode(bytes, path: path)
    }

    /// Parses the YAML text of an approvals file, reporting each malformed entry where it is.
    static func decode(_ bytes: [UInt8], path: String) throws(DiscloseError) -> Approvals {
        var approvals = Approvals()
        guard let root = try YAMLParser.parse(bytes, path: path), !root.isNull else { return approvals }
        var problems: [Diagnostic] = []
        func mapping(_ node: YAMLNode, _ what: String) -> [(key: YAMLNode, value: YAMLNode)]? {
            if case .mapping(let pairs) = node.kind { return pairs }
            problems.append(.error(at: node.location, "\(what) should be a mapping, not \(node.kindName)"))
            return nil
        }
        for (yearNode, editions) in mapping(root, "approvals.yaml") ?? [] {
            guard let label = yearNode.scalar, label.hasPrefix("FY"), let year = Int(label.dropFirst(2)) else {
                problems.append(.error(at: yearNode.location, "expected a fiscal year such as FY2025"))
                continue
            }
            for (editionNode, parts) in mapping(editions, label) ?? [] {
                let edition = editionNode.scalar ?? ""
                for (partNode, fields) in mapping(parts, "\(label).\(edition)") ?? [] {
                    let part = partNode.scalar ?? ""
                    var values: [String: String] = [:]
                    for (field, value) in mapping(fields, "\(label).\(edition).\(part)") ?? [] {
                        guard let name = field.scalar, let text = value.scalar else {
                            problems.append(.error(at: value.location, "expected text, not \(value.kindName)"))
                            continue
                        }
                        values[name] = text
                    }
                    guard let digest = values["sha256"], digest.count == 64, let by = values["by"] else {
                        problems.append(.error(at: partNode.location, "approval of '\(part)' needs 'sha256' (64 hex digits) and 'by'"))
                        continue
                    }
                    approvals.entries[Key(fiscalYear: year, edition: edition, part: part)] = Entry(
                        sha256: digest, by: by, note: values["note"], date: values["date"],
                        markdown: values["markdown"] ?? "", html: values["html"] ?? "")
                }
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return approvals
    }

    /// The file's text: fiscal years, editions and parts in sorted order, one field per line, approved
    /// text as literal blocks, so a re-approval shows in `git diff` as the content that changed.
    public func yaml() -> String {
        var output = """
            # Sign-off of the disclosure page: written by `disclose approve`, read by `disclose build`. Commit it.
            # Per fiscal year, edition and part (the page's frame, head, header, contents, sections, goal rows,
            # footer): the SHA-256 of the part's rendered content (its Markdown, a NUL byte, then its HTML), who
            # approved it, and the approved text, so `build --final` can show a diff. `{{> name}}` in a part's
            # text marks where another part sits inside it.

            """
        var year: Int?
        var edition: String?
        for key in entries.keys.sorted() {
            guard let entry = entries[key] else { continue }
            if key.fiscalYear != year {
                output += "FY\(key.fiscalYear):\n"
                year = key.fiscalYear
                edition = nil
            }
            if key.edition != edition {
                output += "  \(YAMLText.scalar(key.edition)):\n"
                edition = key.edition
            }
            output += "    \(YAMLText.scalar(key.part)):\n"
            output += "      sha256: \(entry.sha256)\n"
            output += "      by: \(YAMLText.scalar(entry.by))\n"
            if let note = entry.note { output += "      note: \(YAMLText.scalar(note))\n" }
            if let date = entry.date { output += "      date: \(YAMLText.scalar(date))\n" }
            output += "      markdown: " + YAMLText.block(entry.markdown, indent: 8)
            output += "      html: " + YAMLText.block(entry.html, indent: 8)
        }
        return output
    }

    /// Writes the file in one step (a temporary sibling renamed over it).
    public func write(to path: String) throws(DiscloseError) {
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(yaml().utf8)) else {
            throw DiscloseError(.fileSystem("cannot write \(temporary): \(String(cString: strerror(errno)))"))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiscloseError(.fileSystem("cannot write \(path): \(reason)"))
        }
    }
}
