import Foundation

extension EvidencePack {
    /// Collects the pack for an evaluated report whose store is still open, and the page set it renders to.
    static func make(
        report: Report, evaluation: Pipeline.Evaluation, pages: [String: String], templateFiles: [String], outputFolder: String
    ) throws(DiscloseError)
        -> EvidencePack
    {
        let edition = evaluation.project.mainEdition
        let language = edition.language
        var collector = try EvidenceCollector(evaluation: evaluation, edition: edition)
        var figures: [Figure] = []
        for goal in report.goals {
            guard let result = goal.result else { continue }
            figures.append(try collector.figure(
                id: "goal:\(goal.goal.id)", kind: "goal", anchor: goal.anchor, label: goal.goal.text[language],
                published: edition.figure(result), result: result, prior: goal.prior))
        }
        for figure in report.figures {
            figures.append(try collector.figure(
                id: "figure:\(figure.name)", kind: "key figure", anchor: figure.anchor, label: figure.label[language],
                published: edition.figure(figure.result), result: figure.result, prior: try collector.prior(of: figure.result)))
        }
        for data in report.charts {
            let chart = EditionChart(chart: data, report: report, edition: edition)
            for (bar, source) in zip(chart.bars, data.bars) {
                let result = source.result
                figures.append(try collector.figure(
                    id: "chart:\(chart.id):\(bar.label)", kind: "chart value", anchor: chart.id,
                    label: edition.format(.evidenceChartValueLabel, ["chart": chart.title, "bar": bar.label]), published: bar.valueText,
                    result: result,
                    prior: try collector.prior(of: result)))
            }
        }
        for statement in ZeroStatement.find(in: evaluation.project) {
            guard let named = report.figures.first(where: { $0.name == statement.figure }) else { continue }
            var figure = try collector.figure(
                id: "zero:\(statement.figure):\(collector.relative(statement.path)):\(statement.line)", kind: "zero statement",
                anchor: statement.section,
                label: edition.format(
                    .evidenceZeroStatementLabel,
                    ["figure": named.label[language], "place": "\(collector.relative(statement.path)):\(statement.line)"]),
                published: named.result.isZero ? edition.number(0) : edition[.evidenceNotStated], result: named.result,
                prior: try collector.prior(of: named.result))
            figure.statementShown = named.result.isZero
            figures.append(figure)
        }
        let manifest = try collector.manifest(pages: pages, templateFiles: templateFiles, outputFolder: outputFolder)
        return EvidencePack(
            title: report.title[language], organization: report.organization[language], fiscalYear: report.fiscalYear, figures: figures,
            manifest: manifest, edition: edition)
    }
}

/// A `{{#figures.NAME.zero}}` section in narrative: a sentence the page states only when the figure is zero.
struct ZeroStatement {
    var figure: String
    /// The section key (`initiatives`), which is also the page element's id.
    var section: String
    var path: String
    var line: Int

    static func find(in project: Project) -> [ZeroStatement] {
        var found: [ZeroStatement] = []
        for section in project.config.sections {
            for relative in section.allPaths {
            let path = project.path(relative)
            // Read as the build reads narrative (a regular file inside the project), never through a link or a FIFO.
            guard let text = try? project.readText(path, kind: "narrative file") else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                for match in line.matches(of: /\{\{\s*#\s*figures\.([A-Za-z0-9_-]+)\.zero\s*\}\}/) {
                    found.append(ZeroStatement(figure: String(match.1), section: section.key, path: path, line: index + 1))
                }
            }
            }
        }
        return found
    }
}
