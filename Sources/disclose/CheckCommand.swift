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

    @Option(name: .long, help: ArgumentHelp("Validate a submission kit alone: no project, no pipeline.yaml.", valueName: "dir"))
    var kit: String?

    func validate() throws {
        try output.validate(json: project.json)
        if kit != nil, company != nil || project.data != nil || project.fy != nil {
            throw ValidationError("--kit checks a kit on its own: its company and fiscal year come from its kit.json")
        }
    }

    func run() throws {
        Terminal.use(output.format, config: project.config)
        Terminal.redact()
        if let kit { return try checkKit(kit) }
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
            // The note comes before the listing, whose summary stays the last line.
            let config = validation.project.config
            if !project.json, output.format == .text, let note = config.disclosure.entityNote(configPath: config.path) {
                Terminal.error(note)
            }
            Terminal.print(diagnostics + drift)
            if diagnostics.isEmpty { Terminal.error(DiagnosticListing([]).summary) }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }

    /// `check --kit DIR`: the kit's files with the group's rules, and what it holds.
    func checkKit(_ folder: String) throws {
        Terminal.projectRoot = folder
        try Terminal.run(json: project.json) {
            let check = try SubmissionKit.check(folder: folder)
            Terminal.redactor = check.redactor
            let diagnostics = check.diagnostics(strict: strict)
            if project.json {
                Terminal.output(
                    JSONValue.object([
                        "company": .string(check.kit.company), "fiscal_year": .int(check.kit.fiscalYear),
                        "rows": .object(check.rows.mapValues { .int($0) }),
                        "diagnostics": .array(diagnostics.map(JSONReport.diagnostic)),
                    ]).serialized())
            } else {
                Terminal.error(KitTable(check: check).text)
            }
            Terminal.print(diagnostics)
            if diagnostics.isEmpty { Terminal.error(DiagnosticListing([]).summary) }
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}
