import ArgumentParser
import DiscloseKit

/// `disclose status`: the goal table in the terminal, or the SPEC §7 report as JSON.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every goal of the fiscal year with its target, result, prior-year value and status.",
        discussion: """
            Status is decided in this order: insufficient data (a company in scope did not report a dataset the
            metric reads), reported (no target or no value), then met / not met.
            Example: disclose status --fy 2024
            """)

    @OptionGroup var project: ProjectOptions

    func run() throws {
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let (report, evaluation) = try Pipeline(options: project.pipelineOptions(redacting: true)).report()
            Terminal.redact(with: evaluation.store, allowed: evaluation.project.config.allowList)
            evaluation.store.close()
            Terminal.print(report.diagnostics)
            if project.json {
                Terminal.output(JSONReport.make(report).serialized())
            } else {
                Terminal.output(StatusTable(report: report, colour: Terminal.isStandardOutputInteractive).text + "\n")
            }
        }
    }
}
