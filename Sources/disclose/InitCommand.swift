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
            """)

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var directory: String

    func run() throws {
        try Terminal.run {
            try StarterProject.write(to: directory)
            Terminal.error("wrote a sample project to \(directory): cd \(directory) && disclose check && disclose build")
        }
    }
}
