import ArgumentParser
import DiscloseKit

/// `disclose check`: validate only, and show who sent what.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate pipeline.yaml and every data file; print problems and the completeness table.",
        discussion: """
            A header-only file reports zero rows; a missing file means the company did not report.
            Example: disclose check --strict
            """)

    @OptionGroup var project: ProjectOptions

    @OptionGroup var output: FormatOptions

    @Flag(name: .long, help: "Treat warnings (such as a missing dataset) as errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Validate this company's folder of the fiscal year alone (before it sends its files).", valueName: "code"))
    var company: String?

    func validate() throws {
        try output.validate(json: project.json)
    }

    func run() throws {
        Terminal.use(output.format, config: project.config)
        Terminal.redact()
        try Terminal.run(json: project.json) {
            var options = project.pipelineOptions(strict: strict, redacting: true)
            options.company = company
            let pipeline = Pipeline(options: options)
            let validation = try pipeline.validate()
            Terminal.redactor = try validation.redactor()
            let data = validation.data
            let diagnostics = data.diagnostics(strict: strict)
            if project.json {
                Terminal.output(JSONReport.check(fiscalYear: validation.fiscalYear, data: data, diagnostics: diagnostics).serialized())
            } else {
                let table = CompletenessTable(data: data, fiscalYear: validation.fiscalYear, edition: validation.project.mainEdition)
                Terminal.error(table.text)
                if !data.readAs.isEmpty { Terminal.error(table.encodingNote(data.readAs)) }
            }
            let drift = TranslatedText.drift(
                TranslatedText.all(in: validation.project),
                since: TranslatedText.published(
                    inFolder: pipeline.publisher(for: validation.project).folder(for: validation.fiscalYear)))
            Terminal.print(diagnostics + drift)
            if diagnostics.isEmpty { Terminal.error(DiagnosticListing([]).summary) }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}
