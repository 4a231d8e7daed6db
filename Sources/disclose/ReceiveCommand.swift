import ArgumentParser
import DiscloseKit

/// `disclose receive DIR`: check a company's returned kit and file it into the data folder.
struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Check a company's returned submission kit and file it into data/FY<N>/<CODE>/.",
        discussion: """
            The kit is checked as `disclose check --kit DIR` checks it; one with errors, for another fiscal year, or for \
            a company not consolidated at the year's end is refused and nothing is filed. A file the company already \
            sent is never overwritten unless --replace is given: receive refuses and names each one (a register that \
            new-year carried forward, unchanged since, is replaced by the kit's). Prints each file added, replaced or \
            unchanged, with its rows before and after.
            Example: disclose receive /tmp/returned/AOBA-US
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The kit folder the company sent back.", valueName: "dir"))
    var directory: String

    @Flag(name: .long, help: "Replace files the company already sent with the kit's.")
    var replace = false

    func run() throws {
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let receipt = try Pipeline(options: project.pipelineOptions(redacting: true)).receive(directory, replace: replace)
            let text = (receipt.files.map(\.line) + [receipt.summary]).joined(separator: "\n")
            if !project.json { Terminal.output(text + "\n") }
            if project.json {
                Terminal.error(text)
                Terminal.output(
                    JSONValue.object([
                        "company": .string(receipt.kit.company), "fiscal_year": .int(receipt.kit.fiscalYear),
                        "files": .array(
                            receipt.files.map { file in
                                .object([
                                    "path": .string(file.path), "dataset": .string(file.dataset), "change": .string(file.change.rawValue),
                                    "rows_before": file.rowsBefore.map { .int($0) } ?? .null, "rows_after": .int(file.rowsAfter),
                                ])
                            }),
                    ]).serialized())
            }
        }
    }
}
