import ArgumentParser
import DiscloseKit

/// `disclose init`: write a small fictional project to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small fictional sample project (four companies, two fiscal years) into DIR.",
        discussion: """
            DIR must be new or empty. The project builds at once:
              disclose init my-disclosure && cd my-disclosure && disclose build

            With --languages en,ja every text of pipeline.yaml is written in both languages and content/ja/ holds the \
            Japanese narrative; the build writes output/FY2025/ (English) and output/FY2025/ja/ (Japanese).
            It also writes the project's CI recipe: ci/disclose.sh (drafts; `ci/disclose.sh final` for the page to \
            publish) and .github/workflows/disclosure.yml, which runs it with a pinned disclose.
            """)

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var directory: String

    @Option(
        name: .long,
        help: ArgumentHelp("The page's languages, the main one first: en, ja or both.", valueName: "list"))
    var languages = "en"

    func run() throws {
        try Terminal.run {
            let list = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            try StarterProject.write(to: directory, languages: list)
            Terminal.error("wrote a sample project to \(directory): cd \(directory) && disclose check && disclose build")
        }
    }
}
