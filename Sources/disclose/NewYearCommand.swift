import ArgumentParser
import DiscloseKit

/// `disclose new-year N`: start a fiscal year's data folder from the one before.
struct NewYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-year",
        abstract: "Start data/FY<N>/: a folder per company and the registers carried forward from FY N-1; no event files.",
        discussion: """
            One folder for every company consolidated on the last day of FY N-1. ledger, appointments and \
            privacy_mark are copied from FY N-1 (the registers as they stood then); `check` and `status` show them as \
            carried forward until a company sends its own. No event dataset is written: until a company sends its \
            FY N files it has not reported them. Header-only files for companies to fill in come from \
            `disclose templates data DIR` (outside the data folder). An existing data/FY<N>/ is never overwritten.
            Example: disclose new-year 2026
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The fiscal year to start.", valueName: "year"))
    var year: Int

    func run() throws {
        try Terminal.run {
            let outcome = try Pipeline(options: project.pipelineOptions()).startYear(year)
            for path in outcome.notCarried {
                Terminal.error("\(path): warning: not carried forward (FY\(year - 1) has no such register file); the company must send it")
            }
            Terminal.error(
                "wrote \(outcome.folder)/ for \(outcome.companies.count) companies: \(outcome.carried) register files carried forward; "
                    + "no event files (each company sends its own; `disclose templates data DIR` writes empty ones to fill in)")
        }
    }
}
