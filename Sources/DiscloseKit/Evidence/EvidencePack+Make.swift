import Foundation

extension EvidencePack {
    /// Collects the pack for an evaluated report whose store is still open, and the page set it renders to.
    static func make(report: Report, evaluation: Pipeline.Evaluation, pages: [String: String], outputFolder: String) throws(DiscloseError)
        -> EvidencePack
    {
        var collector = try EvidenceCollector(evaluation: evaluation)
        var figures: [Figure] = []
        for goal in report.goals {
            guard let result = goal.result else { continue }
            figures.append(try collector.figure(
                id: "goal:\(goal.goal.id)", kind: "goal", anchor: goal.anchor, label: goal.goal.text,
                published: goal.resultText, result: result, prior: goal.prior))
        }
        for figure in report.figures {
            figures.append(try collector.figure(
                id: "figure:\(figure.name)", kind: "key figure", anchor: figure.anchor, label: figure.label,
                published: figure.valueText, result: figure.result, prior: try collector.prior(of: figure.result)))
        }
        for chart in report.charts {
            for bar in chart.bars {
                guard let result = bar.source else { continue }
                figures.append(try collector.figure(
                    id: "chart:\(chart.id):\(bar.label)", kind: "chart value", anchor: chart.id,
                    label: "\(chart.title): \(bar.label)", published: bar.valueText, result: result,
                    prior: try collector.prior(of: result)))
            }
        }
        for statement in ZeroStatement.find(in: evaluation.project) {
            guard let named = report.figures.first(where: { $0.name == statement.figure }) else { continue }
            var figure = try collector.figure(
                id: "zero:\(statement.figure):\(collector.relative(statement.path)):\(statement.line)", kind: "zero statement",
                anchor: statement.section, label: "\(named.label) (statement at \(collector.relative(statement.path)):\(statement.line))",
                published: named.result.isZero ? "0" : "not stated", result: named.result,
                prior: try collector.prior(of: named.result))
            figure.statementShown = named.result.isZero
            figures.append(figure)
        }
        let manifest = try collector.manifest(pages: pages, outputFolder: outputFolder)
        return EvidencePack(
            title: report.title, organization: report.organization, fiscalYear: report.fiscalYear, figures: figures, manifest: manifest)
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
            let path = project.path(section.path)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                for match in line.matches(of: /\{\{\s*#\s*figures\.([A-Za-z0-9_-]+)\.zero\s*\}\}/) {
                    found.append(ZeroStatement(figure: String(match.1), section: section.key, path: path, line: index + 1))
                }
            }
        }
        return found
    }
}
