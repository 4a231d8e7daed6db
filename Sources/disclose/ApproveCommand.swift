import ArgumentParser
import DiscloseKit
import Foundation

/// `disclose approve`: record in approvals.yaml that a person approved parts of the page as they now stand.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve parts of the page as they now render, in approvals.yaml (the page is final once all are).",
        discussion: """
            A PART is a section (governance, strategy, metrics, initiatives, standards), a goal's row (goal:ID or \
            just the goal id), `goals` for every goal row, or a part of the page's shell (page, head, header, \
            contents, footer): every byte of every page is in exactly one part. The page is rendered as `build` \
            renders it, and approve refuses what build refuses (personal data on the page); --by and --note may \
            hold no control character and no personal data (unless allow_list: names it). approvals.yaml keeps, per fiscal year, edition and part, \
            the SHA-256 of the part's rendered content, who approved it, the note and the approved text; a later \
            change to the part makes the page a draft again until it is re-approved. No clock is read: the date is \
            recorded only when --date is given.
            Examples:
              disclose approve governance strategy --by "Hanako Sato" --note "With Legal"
              disclose approve --all --by "Hanako Sato" --date 2026-06-20
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("Parts to approve.", valueName: "part"))
    var parts: [String] = []

    @Flag(name: .long, help: "Approve every part of every edition.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Who approves (recorded as given).", valueName: "name"))
    var by: String

    @Option(name: .long, help: ArgumentHelp("A note kept with the approval.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("The approval date, YYYY-MM-DD (default: none recorded).", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Approve only this edition (default: every edition).", valueName: "lang"))
    var edition: String?

    func validate() throws {
        if all == !parts.isEmpty { throw ValidationError("name the parts to approve, or give --all (not both)") }
        if by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by needs a name") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date \(date) is not a date of the form YYYY-MM-DD") }
    }

    func run() throws {
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let outcome = try Approval(
                options: project.pipelineOptions(), selectors: all ? nil : parts, edition: edition,
                by: by, note: note, date: date
            ).record()
            Terminal.error(outcome.summary)
        }
    }
}
