import ArgumentParser
import DiscloseKit

/// `disclose diff`: two fiscal years side by side, with restated figures flagged.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare every goal metric and named figure of a fiscal year with an earlier one.",
        discussion: """
            A figure is flagged as restated when its value for the earlier year differs from the value \
            output/FY<earlier>/data.json published (data for a closed year changed after its page was published).
            Example: disclose diff --fy 2025 --against 2023
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("The earlier fiscal year (default: the year before --fy).", valueName: "year"))
    var against: Int?

    func run() throws {
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let pipeline = Pipeline(options: project.pipelineOptions(redacting: true))
            let evaluation = try pipeline.evaluate()
            Terminal.redactor = evaluation.redactor
            let later = evaluation.fiscalYear.label
            let earlier = against ?? later - 1
            let folder = pipeline.publisher(for: evaluation.project).folder(
                for: FiscalYear(earlier, startMonth: evaluation.fiscalYear.startMonth))
            let comparison = try YearComparison.make(
                evaluation: evaluation, laterYear: later, earlierYear: earlier, publishedFolder: folder,
                edition: evaluation.project.mainEdition)
            if project.json {
                Terminal.output(
                    JSONValue.array(
                        comparison.lines.map { line in
                            .object([
                                "name": .string(line.name), "earlier": .string(line.earlier), "later": .string(line.later),
                                "change": .string(line.change),
                                "restated_from": line.restatedFrom.map(JSONValue.string) ?? .null,
                            ])
                        }
                    ).serialized())
            } else {
                Terminal.output(comparison.text)
            }
        }
    }
}
