/// The pack's `index.html`: readable offline (inline CSS, no scripts, no links out), one table per figure, each
/// naming the id of the page element that shows the figure, since the pack travels apart from the page.
///
/// It is rendered from evidence.json alone (the document, not the values behind it), through the page's templates
/// and the main language's words, so `--verify` can tell whether an index.html is exactly what its evidence.json
/// renders to.
extension EvidencePack {
    /// index.html of an evidence.json document (its `integrity` member, if any, is not shown).
    static func html(from document: JSONValue, project: Project) throws(DiscloseError) -> String {
        let edition = project.mainEdition
        let markers = PartMarkers()
        MarkdownContentType.registerOnce()
        var words: [String: String] = [:]
        for word in Word.allCases { words[word.rawValue] = edition[word] }
        let fiscalYear = Int(document["fiscal_year"]?.plainText ?? "") ?? 0
        let values = [
            "title": document["title"]?.stringValue ?? "", "organization": document["organization"]?.stringValue ?? "",
            "fy": edition.fiscalYear(fiscalYear),
        ]
        words[Word.pageTitle.rawValue] = edition.format(.evidenceTitle, values)
        let period = document["period"]
        func day(_ text: String?) -> String { text.flatMap { Day(iso: $0) }.map(edition.date) ?? (text ?? "") }
        var firstBySQL: [String: Int] = [:]
        let figures = document["figures"]?.items ?? []
        var figureContexts: [[String: Any]] = []
        for (index, figure) in figures.enumerated() {
            let number = index + 1
            let sql = figure["sql"]?.stringValue ?? ""
            let earlier = firstBySQL[sql]
            if earlier == nil { firstBySQL[sql] = number }
            var context = Self.figureContext(figure, number: number, edition: edition)
            context["has_same_as"] = earlier != nil
            context["same_as"] = earlier.map(String.init) ?? ""
            context["same_as_text"] = earlier.map { edition.format(.evidenceSameAs, ["number": String($0)]) } ?? ""
            context["has_companies"] = earlier == nil && !(figure["companies"]?.items.isEmpty ?? true)
            figureContexts.append(context)
        }
        let manifest = document["manifest"]
        let groups: [(Word, [JSONValue])] = [
            (.evidenceRoleConfiguration, manifest?["pipeline"].map { [$0] } ?? []), (.evidenceRoleContent, manifest?["content"]?.items ?? []),
            (.evidenceRoleInputs, manifest?["inputs"]?.items ?? []), (.evidenceRoleOutputs, manifest?["outputs"]?.items ?? []),
        ]
        let context: [String: Any] = [
            "language": edition.language,
            "words": PageContext.htmlWords(words),
            "extra_css": PageTemplates.evidenceStyle,
            "alternates": [[String: String]](),
            "robots_meta": markers.inline(DraftMarks.robotsMark, ""),
            "heading": edition.format(.evidenceHeading, values),
            "intro": edition.format(.evidenceIntro, ["from": day(period?["from"]?.stringValue), "to": day(period?["to"]?.stringValue)]),
            "figures": figureContexts,
            "manifest_intro": edition.format(.evidenceManifestIntro, ["version": manifest?["disclose_version"]?.stringValue ?? ""]),
            "manifest": groups.filter { !$0.1.isEmpty }.map { role, digests -> [String: String] in
                [
                    "role": edition[role], "count": String(digests.count),
                    "lines": digests.map { "\($0["sha256"]?.stringValue ?? "")  \($0["path"]?.stringValue ?? "")" }.joined(separator: "\n"),
                ]
            },
        ]
        let templates = try PageTemplateSet(format: .html, edition: edition, project: project, markers: markers, frame: "evidence")
        return markers.spans(of: templates.render(context)).spans.map(\.text).joined()
    }

    /// One figure's rows of facts and its companies, in the edition's words.
    static func figureContext(_ figure: JSONValue, number: Int, edition: Edition) -> [String: Any] {
        func text(_ key: String) -> String { figure[key]?.plainText ?? "" }
        func fact(_ word: Word, _ value: String, style: String = "text") -> [String: Any] {
            ["label": edition[word], "text": value, "is_code": style == "code", "is_sql": style == "sql", "is_text": style == "text"]
        }
        let kinds: [String: Word] = [
            "goal": .evidenceKindGoal, "key figure": .evidenceKindKeyFigure, "chart value": .evidenceKindChartValue,
            "zero statement": .evidenceKindZeroStatement,
        ]
        let coverage = figure["coverage"]
        let missing = coverage?["not_reported"]?.items.compactMap(\.stringValue) ?? []
        var coverageText = edition.format(
            .evidenceCoverageText,
            ["reported": coverage?["reported"]?.plainText ?? "", "in_scope": edition.companies(Int(coverage?["in_scope"]?.plainText ?? "") ?? 0)])
        if !missing.isEmpty { coverageText = edition.format(.evidenceCoverageMissing, ["coverage": coverageText, "missing": edition.list(missing)]) }
        let parameters = figure["parameters"]
        var parameterLines: [String] = []
        if case .object(let members)? = parameters {
            for key in members.keys.sorted() { parameterLines.append("\(key) = \(members[key]?.plainText ?? "")") }
        }
        var facts: [[String: Any]] = [
            fact(.evidenceFactId, text("id"), style: "code"),
            fact(.evidenceColumnElement, text("anchor"), style: "code"),
            fact(.evidenceColumnPublished, text("published")),
        ]
        if case .bool(let shown)? = figure["statement_shown"] {
            facts.append(fact(.evidenceFactStatement, edition[shown ? .evidenceStatementShown : .evidenceStatementHidden]))
        }
        if figure["numerator"] != nil { facts.append(fact(.evidenceFactRatio, "\(text("numerator")) / \(text("denominator"))")) }
        let prior = figure["prior"]
        let priorText: String
        if let prior, prior != .null {
            let year = edition.fiscalYear(Int(prior["fiscal_year"]?.plainText ?? "") ?? 0)
            priorText = edition.format(.evidencePriorText, ["fy": year, "value": prior["published"]?.stringValue ?? ""])
        } else {
            priorText = edition[.evidenceNoPrior]
        }
        facts += [
            fact(.evidenceFactRule, text("rule")),
            fact(.evidenceFactMetric, "\(text("metric")) \(edition.fiscalYear(Int(text("fiscal_year")) ?? 0))", style: "code"),
            fact(.evidenceFactSQL, text("sql"), style: "sql"),
            fact(.evidenceFactParameters, parameterLines.isEmpty ? edition[.evidenceNoParameters] : parameterLines.joined(separator: "; ")),
            fact(.evidenceFactCoverage, coverageText),
            fact(.evidenceFactPrior, priorText),
            fact(.evidenceFactRows, edition[text("row_selection") == "matching" ? .evidenceRowsMatching : .evidenceRowsRead]),
        ]
        let companies = (figure["companies"]?.items ?? []).map { company -> [String: Any] in
            let files = (company["files"]?.items ?? []).map { file -> [String: String] in
                let path = file["path"]?.stringValue ?? ""
                let lines = (file["lines"]?.items ?? []).compactMap(\.stringValue).map { line in
                    line.hasPrefix(path + ":") ? String(line.dropFirst(path.count + 1)) : line
                }
                return [
                    "path": path, "sha256": file["sha256"]?.stringValue ?? "",
                    "rows": edition.format(
                        .evidenceFileRows,
                        [
                            "rows": file["rows"]?.plainText ?? "", "used": file["rows_used"]?.plainText ?? "",
                            "lines": lines.isEmpty ? edition[.evidenceNoLinesUsed] : edition.list(lines),
                        ]),
                ]
            }
            var notes: [[String: String]] = []
            let notSent = company["not_reported"]?.items.compactMap(\.stringValue) ?? []
            if !notSent.isEmpty { notes.append(["text": edition.format(.evidenceDidNotSend, ["datasets": edition.list(notSent)])]) }
            if files.isEmpty, notSent.isEmpty { notes.append(["text": edition[.evidenceNoFile]]) }
            return [
                "code": company["code"]?.stringValue ?? "", "name": company["name"]?.stringValue ?? "",
                "figure": company["figure"]?.stringValue ?? "", "files": files, "notes": notes,
            ]
        }
        return [
            "number": String(number), "label": text("label"), "kind": kinds[text("kind")].map { edition[$0] } ?? text("kind"),
            "anchor": text("anchor"), "published": text("published"), "facts": facts, "companies": companies,
        ]
    }
}
