import ArgumentParser
import DiscloseKit

/// The `disclose` command: turns a group's privacy records into its annual disclosure page.
struct Disclose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclose",
        abstract: "Build the annual Personal Information Protection and Privacy disclosure from records.",
        discussion: """
            Run the commands in a project folder holding pipeline.yaml, data/, content/ and templates/. \
            A first session:
              disclose init my-disclosure && cd my-disclosure
              disclose check          # validate every file; who has not reported what
              disclose build          # write output/FY2025/: pages and data.json
              disclose status         # each goal against its target
              disclose explain web-training
              disclose approve --all --by "Hanako Sato"   # sign off: the page is final

            Exit status: 0 success; 1 invalid data or configuration, or --check found output/ stale; 64 usage.
            """,
        version: DiscloseVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, StatusCommand.self, ApproveCommand.self, EvidenceCommand.self, DiffCommand.self, ExplainCommand.self,
            InitCommand.self, SchemaCommand.self, GenerateCommand.self, TemplatesCommand.self, TaxonomyCommand.self, NewYearCommand.self, ReceiveCommand.self,
        ])
}

if let message = CommandSuggestion.unknownCommand(
    in: Array(CommandLine.arguments.dropFirst()), known: Disclose.configuration.subcommands.map { $0._commandName })
{
    Terminal.error(message)
    Disclose.exit(withError: ExitCode(64))
}
Disclose.main()
