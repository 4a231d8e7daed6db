/// Each part of a fiscal year's page against `approvals.yaml`: approved, changed since approval, or never approved.
/// The page is a draft while any part is not approved as it now stands.
public struct SignOff: Sendable {
    /// Where one part stands.
    public enum State: String, Sendable {
        case approved
        /// Approved once, but its content has changed since.
        case changed
        case unapproved = "not approved"

        /// The state's word in an edition.
        var word: Word {
            switch self {
            case .approved: return .signOffApproved
            case .changed: return .signOffChanged
            case .unapproved: return .signOffNotApproved
            }
        }
    }

    /// One part with its state and, when there is one, its approval.
    public struct Line: Sendable {
        public var part: PagePart
        public var state: State
        public var approval: Approvals.Entry?
    }

    public var fiscalYear: Int
    public var lines: [Line]
    /// Approvals of this fiscal year for parts the page no longer has (a section a template dropped, a goal removed).
    public var orphans: [Approvals.Key]

    public init(parts: [PagePart], approvals: Approvals, fiscalYear: Int) {
        self.fiscalYear = fiscalYear
        lines = parts.map { part in
            let approval = approvals.entry(for: part, fiscalYear: fiscalYear)
            let state: State = approval == nil ? .unapproved : approval?.sha256 == part.sha256 ? .approved : .changed
            return Line(part: part, state: state, approval: approval)
        }
        let present = Set(parts.map { Approvals.Key(fiscalYear: fiscalYear, edition: $0.edition, part: $0.key) })
        orphans = approvals.entries.keys.filter { $0.fiscalYear == fiscalYear && !present.contains($0) }.sorted()
    }

    /// The draft marks of the page: each edition's pending parts as its banner names them.
    public func marks(editions: [Edition] = Edition.builtIn) -> DraftMarks {
        var names: [String: [String]] = [:]
        for line in pending {
            let words = SignOffWords(edition: Edition.named(line.part.edition, among: editions) ?? .english)
            names[line.part.edition, default: []].append(line.part.isGoal ? words.goalRow(line.part.name) : line.part.name)
        }
        return DraftMarks(names: names)
    }

    /// Warnings for approvals of parts the page no longer has (`status`, `build --final`); `approve --all` drops them.
    public var orphanWarnings: [Diagnostic] {
        orphans.map { key in
            .warning(
                at: SourceLocation(path: Approvals.fileName),
                "FY\(key.fiscalYear) \(key.edition) '\(key.part)' is approved, but the page has no such part any more; "
                    + "`disclose approve --all` removes the entry")
        }
    }

    /// Parts not approved as they now stand, in page order.
    public var pending: [Line] { lines.filter { $0.state != .approved } }

    public var isDraft: Bool { !pending.isEmpty }

    /// Pending parts of one edition, as the banner names them.
    func pendingNames(edition: String) -> [String] {
        pending.filter { $0.part.edition == edition }.map(\.part.name)
    }

    /// What `build --final` prints when it refuses: each pending part, and for a changed one a short diff
    /// of its approved text against the current one.
    public func refusal(maxDiffLines: Int = 40) -> String {
        var text = ""
        for line in pending {
            let part = line.part
            let label = "FY\(fiscalYear) \(part.edition) '\(part.key)' (\(part.name))"
            switch line.state {
            case .approved: continue
            case .unapproved: text += "\(Approvals.fileName): error: \(label) is not approved\n"
            case .changed:
                let who = line.approval.map { " by \($0.by)" } ?? ""
                text += "\(Approvals.fileName): error: \(label) changed since it was approved\(who)\n"
                text += diff(line, maxLines: maxDiffLines)
            }
        }
        for warning in orphanWarnings { text += warning.description + "\n" }
        let count = pending.count
        text += "\(count) part\(count == 1 ? "" : "s") not approved; review them and run `disclose approve PART… --by NAME`"
        return text
    }

    /// The unified diff of a changed part's approved and current text (Markdown, then HTML), cut at `maxLines`.
    func diff(_ line: Line, maxLines: Int) -> String {
        guard let approval = line.approval else { return "" }
        let part = line.part
        let name = "FY\(fiscalYear)/\(part.edition)/\(part.key)"
        var diff = UnifiedDiff.make(
            old: approval.markdown, new: part.markdown, oldName: "approved/\(name).md", newName: "current/\(name).md")
        diff += UnifiedDiff.make(
            old: approval.html, new: part.html, oldName: "approved/\(name).html", newName: "current/\(name).html")
        diff += UnifiedDiff.make(
            old: approval.xhtml, new: part.xhtml, oldName: "approved/\(name).xhtml", newName: "current/\(name).xhtml")
        let lines = diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.count > maxLines else { return diff }
        return lines.prefix(maxLines).joined(separator: "\n") + "\n… \(lines.count - maxLines) more diff lines\n"
    }

    /// The state of every part as an aligned table, for `disclose status`, in English.
    public var table: String { table(edition: .english) }

    /// The state of every part as an aligned table in `edition`'s words (the main language's, for `disclose status`).
    public func table(edition: Edition) -> String {
        let header = [Word.signOffColumnPart, .signOffColumnEdition, .signOffColumnState, .signOffColumnApprovedBy].map { edition[$0] }
        let rows = lines.map { line -> [String] in
            let by = line.approval.map { entry in entry.by + (entry.date.map { " (\($0))" } ?? "") } ?? ""
            let key = line.part.isGoal ? line.part.key : "\(line.part.key) (\(line.part.name))"
            return [key, line.part.edition, edition[line.state.word], by]
        }
        let values = ["fy": edition.fiscalYear(fiscalYear), "pending": edition.number(pending.count), "total": edition.number(lines.count)]
        let summary = edition.format(isDraft ? .signOffDraft : .signOffFinal, values)
        return (AlignedColumns(rows: [header] + rows).lines() + [summary]).joined(separator: "\n") + "\n"
    }
}
