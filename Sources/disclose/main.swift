import ArgumentParser
import DiscloseKit

/// The `disclose` command: turns a group's privacy records into its annual disclosure page.
struct Disclose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclose",
        abstract: "Build the annual Personal Information Protection and Privacy disclosure from records.",
        discussion: """
            Run the commands in a project folder holding pipeline.yaml, data/, content/ and templates/.
            Exit status: 0 success; 1 invalid data or configuration, or --check found output/ stale; 64 usage.
            """,
        subcommands: [
            BuildCommand.self, CheckCommand.self, StatusCommand.self, DiffCommand.self, ExplainCommand.self,
            InitCommand.self, SchemaCommand.self, GenerateCommand.self,
        ])
}

Disclose.main()
