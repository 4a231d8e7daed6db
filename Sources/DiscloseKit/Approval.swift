/// One run of `disclose approve`: renders the page as a build would, picks the named parts and records them
/// in approvals.yaml with their digests and text.
public struct Approval {
    public var options: Pipeline.Options
    /// Section keys, `goal:ID`, bare goal ids or `goals`; nil approves every part.
    public var selectors: [String]?
    /// Only this edition; nil for every edition.
    public var edition: String?
    public var by: String
    public var note: String?
    public var date: String?

    public init(options: Pipeline.Options, selectors: [String]?, edition: String?, by: String, note: String?, date: String?) {
        self.options = options
        self.selectors = selectors
        self.edition = edition
        self.by = by
        self.note = note
        self.date = date
    }

    /// What was recorded.
    public struct Outcome: Sendable {
        public var path: String
        public var fiscalYear: Int
        public var approved: [PagePart]
        /// How the page now stands.
        public var signOff: SignOff

        public var summary: String {
            let names = approved.map { "\($0.key) (\($0.edition))" }.joined(separator: ", ")
            let state = signOff.isDraft
                ? "the page is still a draft: \(signOff.pending.count) part\(signOff.pending.count == 1 ? "" : "s") not approved"
                : "every part is approved: `disclose build` writes the final page"
            return "approved \(approved.count) part\(approved.count == 1 ? "" : "s") of FY\(fiscalYear) in \(path): \(names)\n\(state)"
        }
    }

    /// Renders, selects, records and writes approvals.yaml; writes nothing if a selector names no part, if the page is
    /// one `build` would refuse (personal data on it), or if `--by`/`--note` hold a control character or personal data.
    public func record() throws(DiscloseError) -> Outcome {
        try Self.checkArgument(by, flag: "--by")
        if let note { try Self.checkArgument(note, flag: "--note") }
        if let edition { try Self.checkArgument(edition, flag: "--edition") }
        for selector in selectors ?? [] { try Self.checkArgument(selector, flag: "a part's name") }
        let pipeline = Pipeline(options: options)
        let (report, evaluation) = try pipeline.report()
        let redactor = try evaluation.store.redactor(allowed: evaluation.project.config.allowList)
        for (flag, text) in [("--by", by), ("--note", note ?? "")] where !redactor.matches(in: text).isEmpty {
            throw DiscloseError(
                .usage(
                    "\(flag) \"\(redactor.redact(text))\" holds personal data, which approvals.yaml (committed with the project) must not "
                        + "carry; name the approver by role or initials" + PrivacyGuard.allowHint("…")))
        }
        let signed = try pipeline.pageSet(for: report, evaluation: evaluation)
        // The parts as judged: rendered without draft marks, as the final page will read.
        let all = signed.signOff.lines.map(\.part)
        var parts = all
        if let edition {
            let editions = Set(parts.map(\.edition))
            guard editions.contains(edition) else {
                throw DiscloseError(.usage("--edition \(edition) is not an edition of this page (\(editions.sorted().joined(separator: ", ")))"))
            }
            parts = parts.filter { $0.edition == edition }
        }
        let chosen = try select(from: parts)
        let path = evaluation.project.approvalsPath
        var approvals = try Approvals.load(project: evaluation.project)
        let year = report.fiscalYear.label
        if selectors == nil {
            // `--all` rewrites the year's approvals: entries of parts the page no longer has go.
            for key in SignOff(parts: all, approvals: approvals, fiscalYear: year).orphans where edition == nil || key.edition == edition {
                approvals.entries[key] = nil
            }
        }
        approvals.approve(chosen, fiscalYear: year, by: by, note: note, date: date)
        try approvals.write(to: path)
        return Outcome(path: path, fiscalYear: year, approved: chosen, signOff: SignOff(parts: all, approvals: approvals, fiscalYear: year))
    }

    /// A usage error for an argument with a control character (a line break, an escape): approvals.yaml keeps
    /// one line per field, and a terminal must not be steered by what it prints back.
    static func checkArgument(_ text: String, flag: String) throws(DiscloseError) {
        guard let scalar = text.unicodeScalars.first(where: { ControlCharacter.isForbidden($0) || $0.properties.generalCategory == .control })
        else { return }
        throw DiscloseError(.usage("\(flag) holds a control character (\(ControlCharacter.describe(scalar))); write it as plain text on one line"))
    }

    /// The parts the selectors name, in page order; a usage error listing the valid names for one that names none.
    func select(from parts: [PagePart]) throws(DiscloseError) -> [PagePart] {
        guard let selectors else { return parts }
        var keys: Set<String> = []
        for selector in selectors {
            let matching = parts.filter { part in
                part.key == selector || part.key == PagePart.goalPrefix + selector || (selector == "goals" && part.isGoal)
            }
            guard !matching.isEmpty else {
                let names = Set(parts.map(\.key)).sorted()
                throw DiscloseError(
                    .usage(
                        "the page has no part named '\(selector)'"
                            + (Suggestion.closest(to: selector, in: names).map { "; did you mean '\($0)'? Its parts are: " } ?? "; its parts are: ")
                            + names.joined(separator: ", ")))
            }
            matching.forEach { keys.insert($0.key) }
        }
        return parts.filter { keys.contains($0.key) }
    }
}
