import ArgumentParser
import DiscloseKit

/// `disclose templates`: write the built-in page templates, or empty data files, to start from.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Write the built-in page templates, or header-only data files, into a folder.",
        subcommands: [ExportTemplatesCommand.self])
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
