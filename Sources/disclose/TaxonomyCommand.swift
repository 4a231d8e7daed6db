import ArgumentParser
import DiscloseKit

/// `disclose taxonomy`: the XBRL taxonomy the inline XBRL pages (privacy.xhtml) are tagged with.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taxonomy",
        abstract: "Write the XBRL taxonomy package the privacy.xhtml pages (inline XBRL) refer to.",
        subcommands: [ExportTaxonomyCommand.self])
}

/// `disclose taxonomy export DIR`: the project's taxonomy package as one ZIP.
struct ExportTaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the taxonomy package (XBRL Taxonomy Packages 1.0) as DIR/disclose-privacy-taxonomy.zip.",
        discussion: """
            One concept per built-in metric, typed dimensions for scope and filters, labels in every edition's \
            language, references to the standards the Standards Index cites, a presentation linkbase in page order, \
            and the project's sql: figures and goals in an extension schema (project.xsd, the entry point). \
            Its texts pass the privacy guard first (the data is read for its person ids). An earlier zip of the \
            same name is replaced. Validate a page with Arelle, offline:
              disclose taxonomy export /tmp/tax
              arelleCmdLine --internetConnectivity=offline --packages /tmp/tax/disclose-privacy-taxonomy.zip \\
                --file output/FY2025/privacy.xhtml --validate --validationExitCode
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var directory: String

    func run() throws {
        try Terminal.run {
            let (path, package) = try Pipeline(options: project.pipelineOptions()).exportTaxonomy(to: directory)
            Terminal.error("wrote \(path) (\(package.files.count) files; \(package.projectConcepts.count) sql: concepts)")
        }
    }
}
