import ArgumentParser
import DiscloseKit

/// Commands of the contract that are not built yet: they say so and exit 64 rather than pretend.
protocol PendingCommand: ParsableCommand {}

extension PendingCommand {
    func run() throws {
        Terminal.error("error: `disclose \(Self.configuration.commandName ?? "")` is not built yet")
        throw ExitCode(64)
    }
}

/// `disclose generate` (not built yet).
struct GenerateCommand: PendingCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write synthetic data at scale (not built yet).")
    @Argument(help: "Folder to write the project into.") var directory: String
    @Option(help: "Number of companies.") var companies = 300
    @Option(help: "Number of people.") var people = 150_000
    @Option(help: "Number of fiscal years.") var years = 3
    @Option(help: "Random seed.") var seed = 1
}
