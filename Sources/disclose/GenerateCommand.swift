import ArgumentParser
import DiscloseKit

/// `disclose generate`: a synthetic project of any size, for benchmarks and trials.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a valid synthetic project (registry, every dataset, every company) of a chosen size into DIR.",
        discussion: """
            The same seed gives byte-identical files. Every name is fictional.
            Examples (the second is make bench's "many", a group of many small companies):
              disclose generate /tmp/big --companies 300 --people 150000 --seed 1
              disclose generate /tmp/many --companies 1210 --people 42000 \\
                --small-companies 75
            """)

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var directory: String

    @Option(help: "Number of companies, the parent included.") var companies = 30
    @Option(help: "Number of people across the group (one training row each per year).") var people = 3000
    @Option(help: "Number of fiscal years, ending with FY2025.") var years = 3
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Percent of subsidiaries with only one to three people (a group of many small companies).")
    var smallCompanies = 0

    func validate() throws {
        if let problem = SyntheticGroup.problem(companies: companies, people: people, years: years) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        try Terminal.run {
            let group = SyntheticGroup(
                companies: companies, people: people, years: years, seed: seed, smallCompanies: smallCompanies)
            try group.write(to: directory, progress: Terminal.progress)
            Terminal.error("wrote a \(companies)-company project to \(directory)")
        }
    }
}
