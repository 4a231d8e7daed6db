import ArgumentParser
import DiscloseKit

/// `disclose build`: validate, evaluate, render and publish the page set.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate the data, evaluate every goal and write output/FY<year>/ (privacy.md, privacy.html, privacy.xhtml, data.json).",
        discussion: """
            Nothing is written unless every file is valid; the previous output stays untouched on failure. \
            A page with any part not approved in approvals.yaml (see `disclose approve`) is marked as a draft; \
            --final refuses such a page instead, naming each part and showing what changed since its approval. \
            Every build also rewrites output/index.html and index.md, the list of published years and editions, from \
            output/published.json, the record each build keeps of what it published.
            Example: disclose build --config pipeline.yaml
            """)

    @OptionGroup var project: ProjectOptions

    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("Write pages under this folder instead of paths.output.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Write nothing; print a diff and exit 1 if output/ differs from a fresh build.")
    var check = false

    @Flag(name: .long, help: "Publish only a fully approved page: exit 1, writing nothing, while any part is not approved.")
    var final = false

    @Flag(name: .long, help: "Treat warnings (such as a missing dataset) as errors.")
    var strict = false

    func validate() throws {
        try output.validate(json: project.json)
    }

    func run() throws {
        Terminal.use(output.format, config: project.config)
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let pipeline = Pipeline(options: project.pipelineOptions(strict: strict, output: out))
            if check {
                let outcome = try pipeline.checkOutput()
                Terminal.print(outcome.warnings)
                if !outcome.diff.isEmpty {
                    Terminal.output(outcome.diff)
                    Terminal.error("\(outcome.folder) is stale: run `disclose build` and commit the result")
                    throw ExitCode(1)
                }
                Terminal.error("\(outcome.folder) is up to date")
                return
            }
            let (folder, report, signOff) = try pipeline.build(final: final)
            Terminal.print(report.shownDiagnostics)
            if !report.readAs.isEmpty {
                Terminal.error(CompletenessTable.encodingNote(report.readAs, edition: Edition.builtIn.first { $0.language == report.languages.first } ?? .english))
            }
            if project.json {
                Terminal.output(JSONReport.make(report).serialized())
            }
            Terminal.error("wrote \(folder)/privacy.md, privacy.html, privacy.xhtml (inline XBRL) and data.json, and the index beside \(folder)")
            for language in report.languages.dropFirst() {
                Terminal.error("wrote \(folder)/\(language)/privacy.md, privacy.html and privacy.xhtml (the '\(language)' edition)")
            }
            if signOff.isDraft {
                let count = signOff.pending.count
                Terminal.error("the page is a draft: \(count) part\(count == 1 ? "" : "s") not approved (see `disclose status`)")
            } else {
                Terminal.error("the page is final: every part is approved")
            }
        }
    }
}
