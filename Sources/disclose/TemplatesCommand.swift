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

/// `disclose templates data DIR`: a submission kit for one company (DIR itself), or one per company.
struct DataTemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Write a company's submission kit into DIR (with --company), or one kit per company into DIR/<CODE>/.",
        discussion: """
            A kit holds the company's event files (header only, to fill in), its registers (ledger, appointments, \
            privacy_mark) carried forward from the year before, and kit.json: everything `disclose check --kit DIR` \
            needs to check the files without the group's project. The company fills them in, runs the check, and \
            sends the folder back; the group files it with `disclose receive DIR`. \
            Without --company: a kit for every company consolidated at the end of the fiscal year, each in \
            DIR/<CODE>/. Files already in DIR are never overwritten; a DIR inside the data folder is refused.
            Example: disclose templates data /tmp/kit-aoba-us --company AOBA-US --fy 2026
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Write the kit of this company only, into DIR itself.", valueName: "code"))
    var company: String?

    @Argument(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var directory: String

    func run() throws {
        try Terminal.run {
            let kits = try Pipeline(options: project.pipelineOptions()).dataTemplates(to: directory, company: company)
            for kit in kits {
                let carried = kit.carriedForward.isEmpty ? "no register carried forward" : "registers carried forward: \(kit.carriedForward.joined(separator: ", "))"
                Terminal.error("wrote the FY\(kit.fiscalYear) kit of \(kit.company) (\(carried))")
            }
            Terminal.error(
                company == nil
                    ? "wrote \(kits.count) kit\(kits.count == 1 ? "" : "s") into \(directory)/<CODE>/; each company checks its own with `disclose check --kit DIR`"
                    : "wrote the kit into \(directory)/; the company checks it with `disclose check --kit \(directory)`, and the group files it with `disclose receive \(directory)`")
        }
    }
}
