import ArgumentParser
import DiscloseKit

/// `disclose explain`: the rule, companies, files and SQL behind one figure.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the rule, the companies in scope, the files and rows read, the coverage and the SQL behind a figure.",
        discussion: """
            NAME is a goal id, a figure name from pipeline.yaml, or a built-in metric id (evaluated for the parent).
            Example: disclose explain overseas-ledger
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("A goal id, figure name or metric id.", valueName: "name"))
    var name: String

    func run() throws {
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let (report, evaluation) = try Pipeline(options: project.pipelineOptions(redacting: true)).report()
            Terminal.redactor = evaluation.redactor
            let explanation = try Explanation.make(
                name, report: report, evaluation: evaluation, edition: evaluation.project.mainEdition)
            if project.json {
                var object = JSONReport.metric(explanation.result)
                if case .object(var members) = object {
                    members["sql"] = .string(explanation.result.sql)
                    members["rule"] = .string(explanation.rule)
                    members["companies"] = .array(explanation.companies.map { company in
                        .object([
                            "code": .string(company.code), "figure": .string(company.figure),
                            "files": .array(company.files.map { .object(["path": .string($0.path), "rows": .int($0.rows)]) }),
                            "missing": .array(company.missing.map(JSONValue.string)),
                        ])
                    })
                    if let goal = explanation.goal { members["status"] = .string(goal.status.jsonValue) }
                    object = .object(members)
                }
                Terminal.output(object.serialized())
            } else {
                Terminal.output(explanation.text)
            }
        }
    }
}
