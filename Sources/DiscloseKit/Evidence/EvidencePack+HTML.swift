/// The pack's `index.html`: readable offline (inline CSS, no scripts, no links out), one table per figure,
/// each naming the id of the page element that shows the figure, since the pack travels apart from the page.
extension EvidencePack {
    public var html: String {
        let e = SVGChart.escape
        let words = ["title": title, "organization": organization, "fy": edition.fiscalYear(fiscalYear.label)]
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"\(e(edition.language))\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(e(edition.format(.evidenceTitle, words)))</title>", "<style>",
            "body { font-family: system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\", \"Noto Sans JP\", sans-serif; line-height: 1.5; overflow-wrap: anywhere; color: #1a1a1a; background: #fff; max-width: 75rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }",
            "table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; }",
            "caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }",
            "th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }",
            "thead th { background: #e8eef5; }", "td.number { text-align: right; }",
            "code, pre { font-family: ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace; font-size: 0.85rem; }",
            "pre { white-space: pre-wrap; word-break: break-word; margin: 0; }", ".digest { word-break: break-all; }",
            "a { color: #1f4e79; }", "</style>", "</head>", "<body>", "<main>",
            "<h1>\(e(edition.format(.evidenceHeading, words)))</h1>",
            "<p>Period \(fiscalYear.start) to \(fiscalYear.end). For every figure on the page: the rule, the SQL run, the companies in scope and what each contributed, the input files with their SHA-256 digests and the line numbers of the rows used (never the rows' contents), the coverage and the prior-year value. Re-perform it with <code>disclose evidence --verify</code>; the same facts are in <code>evidence.json</code>.</p>",
            "<h2 id=\"figures\">\(e(edition[.evidenceFigures]))</h2>", "<table>", "<caption>\(e(edition[.evidenceFiguresCaption]))</caption>", "<thead>",
            "<tr>" + [Word.evidenceColumnFigure, .evidenceColumnKind, .evidenceColumnElement, .evidenceColumnPublished].map { "<th scope=\"col\">\(e(edition[$0]))</th>" }.joined() + "</tr>",
            "</thead>", "<tbody>",
        ]
        for (index, figure) in figures.enumerated() {
            lines.append(
                "<tr><th scope=\"row\"><a href=\"#evidence-\(index + 1)\">\(e(figure.label))</a></th><td>\(e(figure.kind))</td>"
                    + "<td><code>\(e(figure.anchor))</code></td><td class=\"number\">\(e(figure.published))</td></tr>")
        }
        lines += ["</tbody>", "</table>"]
        var firstBySQL: [String: Int] = [:]
        for (index, figure) in figures.enumerated() {
            let same = firstBySQL[figure.result.sql]
            if same == nil { firstBySQL[figure.result.sql] = index + 1 }
            lines += html(figure, number: index + 1, sameCompaniesAs: same)
        }
        lines += Self.html(manifest, edition: edition)
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A figure's facts, then its companies (or a link to the earlier figure with the same query and companies).
    func html(_ figure: Figure, number: Int, sameCompaniesAs earlier: Int? = nil) -> [String] {
        let e = SVGChart.escape
        let result = figure.result
        let coverage = result.coverage
        var facts: [(String, String)] = [
            (edition[.evidenceFactId], "<code>\(e(figure.id))</code>"),
            (edition[.evidenceColumnElement], "<code>\(e(figure.anchor))</code>"),
            (edition[.evidenceColumnPublished], e(figure.published)),
            (edition[.evidenceFactRule], e(figure.rule)),
            (edition[.evidenceFactMetric], "<code>\(e(result.reference.id))</code>, FY\(result.fiscalYear)"),
            (edition[.evidenceFactSQL], "<pre><code>\(e(result.sql))</code></pre>"),
            (edition[.evidenceFactParameters], figure.parameters.isEmpty ? "none (the values are written into the SQL)"
                : figure.parameters.map { "<code>\(e($0.name))</code> = \(e($0.value))" }.joined(separator: "<br>")),
            (edition[.evidenceFactCoverage], "\(coverage.reported) of \(coverage.inScope) companies reported"
                + (coverage.missingCompanies.isEmpty ? "" : "; not reported: \(e(coverage.missingCompanies.joined(separator: ", ")))")),
            (edition[.evidenceFactPrior], figure.prior.map { "FY\($0.fiscalYear): \(e(edition.figure($0))), recomputed by the same rule from the FY\($0.fiscalYear) data files" } ?? "no data for the prior year"),
            (edition[.evidenceFactRows], figure.rowSelection == "matching" ? "the rows the query's conditions select" : "every row of the company and year in the datasets read (the query combines rows)"),
        ]
        if let ratio = result.ratio { facts.insert((edition[.evidenceFactRatio], "\(ratio.numerator) / \(ratio.denominator)"), at: 3) }
        if let shown = figure.statementShown { facts.insert((edition[.evidenceFactStatement], shown ? "yes: the figure is zero" : "no"), at: 3) }
        var lines = [
            "<section id=\"evidence-\(number)\" aria-labelledby=\"evidence-\(number)-heading\">",
            "<h2 id=\"evidence-\(number)-heading\">\(e(figure.label))</h2>", "<table>", "<caption>\(e(edition[.evidenceHowCaption]))</caption>", "<tbody>",
        ]
        lines += facts.map { "<tr><th scope=\"row\">\($0.0)</th><td>\($0.1)</td></tr>" }
        lines += ["</tbody>", "</table>"]
        if let earlier {
            lines.append("<p>Companies, input files and rows used: the same query as <a href=\"#evidence-\(earlier)\">figure \(earlier)</a>.</p>")
            lines.append("</section>")
            return lines
        }
        lines += [
            "<table>", "<caption>\(e(edition[.evidenceCompaniesCaption]))</caption>", "<thead>",
            "<tr>" + [Word.evidenceColumnCompany, .evidenceColumnContribution, .evidenceColumnFiles].map { "<th scope=\"col\">\(e(edition[$0]))</th>" }.joined() + "</tr>",
            "</thead>", "<tbody>",
        ]
        for company in figure.contributions {
            var files = company.files.map { file in
                let used = file.lines.isEmpty ? "none" : e(file.lines.joined(separator: ", "))
                return "<code>\(e(file.path))</code><br><code class=\"digest\">\(file.sha256)</code><br>\(file.rows) rows; \(file.rowsUsed) used: \(used)"
            }
            if !company.missing.isEmpty { files.append("did not send: \(e(company.missing.joined(separator: ", ")))") }
            if files.isEmpty { files.append("no file read") }
            lines.append(
                "<tr><th scope=\"row\">\(e(company.code)) \(e(company.name))</th><td>\(e(company.text))</td><td>\(files.joined(separator: "<br>"))</td></tr>")
        }
        lines += ["</tbody>", "</table>", "</section>"]
        return lines
    }

    /// The manifest as `sha256sum` lines per role, so `sha256sum -c` can check the files directly.
    static func html(_ manifest: Manifest, edition: Edition = .english) -> [String] {
        let e = SVGChart.escape
        var lines = [
            "<section id=\"manifest\" aria-labelledby=\"manifest-heading\">", "<h2 id=\"manifest-heading\">\(e(edition[.evidenceManifest]))</h2>",
            "<p>disclose \(e(manifest.discloseVersion)). SHA-256 of each file's bytes, in <code>sha256sum</code> format: save a list and run <code>sha256sum -c</code> in the project folder. Outputs are the page set as <code>disclose build</code> writes it from these inputs.</p>",
        ]
        let groups: [(String, [Digest])] = [
            (edition[.evidenceRoleConfiguration], [manifest.pipeline]), (edition[.evidenceRoleContent], manifest.content),
            (edition[.evidenceRoleInputs], manifest.inputs), (edition[.evidenceRoleOutputs], manifest.outputs),
        ]
        for (role, digests) in groups where !digests.isEmpty {
            lines.append("<h3>\(e(role)) (\(digests.count))</h3>")
            lines.append("<pre><code>" + digests.map { "\($0.sha256)  \(e($0.path))" }.joined(separator: "\n") + "</code></pre>")
        }
        lines.append("</section>")
        return lines
    }
}
