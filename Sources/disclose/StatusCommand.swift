import ArgumentParser
import DiscloseKit

/// `disclose status`: the goal table in the terminal, or the SPEC §7 report as JSON.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every goal of the fiscal year with its target, result, prior-year value and status.",
        discussion: """
            Status is decided in this order: insufficient data (a company in scope did not report a dataset the \
            metric reads), reported (no target or no value), then met / not met. \
            Then each part of the page (section, goal row, per edition) with its approval state (see `disclose approve`).
            Example: disclose status --fy 2024
            """)

    @OptionGroup var project: ProjectOptions

    func run() throws {
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let (report, _, evaluation, signOff) = try Pipeline(options: project.pipelineOptions(redacting: true)).renderSigned()
            Terminal.redactor = evaluation.redactor
            Terminal.print((report.shownDiagnostics + signOff.orphanWarnings).sorted())
            // Registers carried forward by new-year and unchanged: counted, but not sent for this year.
            let carried = CompletenessTable(data: evaluation.data, fiscalYear: evaluation.fiscalYear, edition: evaluation.project.mainEdition)
                .carriedNote
            if !carried.isEmpty { Terminal.error(carried) }
            if project.json {
                Terminal.output(signOff.dataJSON(JSONReport.make(report)).serialized())
            } else {
                Terminal.output(
                    StatusTable(report: report, colour: Terminal.isStandardOutputInteractive, edition: evaluation.project.mainEdition).text
                        + "\n")
                Terminal.output(signOff.table(edition: evaluation.project.mainEdition))
            }
        }
    }
}
