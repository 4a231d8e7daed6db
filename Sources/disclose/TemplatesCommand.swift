import ArgumentParser
import DiscloseKit

/// `disclose templates`: write the built-in page templates, or empty data files, to start from.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Write the built-in page templates, or header-only data files, into a folder.",
        subcommands: [ExportTemplatesCommand.self, DataTemplatesCommand.self])
}

/// `disclose templates export DIR`: the built-in page templates, to copy into templates/ and edit.
struct ExportTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in page templates (privacy.md.mustache, privacy.html.mustache) into DIR.",
        discussion: """
            Files already in DIR are never overwritten. To change the page, export into templates/ and edit:
              disclose templates export templates
            """)

    @Argument(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var directory: String

    func run() throws {
        try Terminal.run {
            for path in try PageTemplates.export(to: directory) { Terminal.error("wrote \(path)") }
        }
    }
}

/// `disclose templates data DIR`: header-only CSVs with the data contract's columns, to fill in and send.
struct DataTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Write header-only data files (every dataset of the contract) into DIR/<CODE>/, for one company or all.",
        discussion: """
            Without --company: every company consolidated at the end of the fiscal year (from companies.csv).
            Files already in DIR are never overwritten.
            Example: disclose templates data /tmp/to-send --company AOBA-US
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Write the files for this company only.", valueName: "code"))
    var company: String?

    @Argument(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var directory: String

    func run() throws {
        try Terminal.run {
            let folders = try Pipeline(options: project.pipelineOptions()).dataTemplates(to: directory, company: company)
            Terminal.error("wrote header-only files for \(folders.count) compan\(folders.count == 1 ? "y" : "ies") into \(directory)/")
        }
    }
}
