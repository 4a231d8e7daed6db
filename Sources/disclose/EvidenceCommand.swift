import ArgumentParser
import DiscloseKit

/// `disclose evidence`: the pack an assurer re-performs every figure from, or `--verify` of one.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Write the evidence pack (evidence.json and index.html) behind every figure on the page, or verify one.",
        discussion: """
            For each figure published on the page (goal values, key figures, chart values, zero statements): the rule,
            the SQL with its bound parameters, each company's contribution, the input files with SHA-256 digests and the
            line numbers of the rows used (never their contents), coverage and the prior-year value; and a manifest of
            every input, content and output digest. The pack goes to evidence/FY<year>/ (never under output/).
            --verify DIR re-computes everything from the current files: exit 0 when every digest and value matches,
            1 naming each input file and figure that changed.
            Examples:
              disclose evidence
              disclose evidence --out /tmp/assurance-FY2025
              disclose evidence --verify evidence/FY2025
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Write the pack here (default: evidence/FY<year>/ in the project).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Re-perform the pack in DIR against the current files; write nothing.", valueName: "dir"))
    var verify: String?

    func validate() throws {
        if out != nil, verify != nil { throw ValidationError("--out and --verify cannot be combined") }
    }

    func run() throws {
        try Terminal.run(json: project.json) {
            let run = EvidenceRun(options: project.pipelineOptions())
            if let verify {
                let outcome = try run.verify(verify)
                for problem in outcome.problems { Terminal.output(problem + "\n") }
                if outcome.matches {
                    Terminal.error("\(verify): all \(outcome.filesChecked) file digests and \(outcome.figuresChecked) figures match")
                    return
                }
                Terminal.error("\(verify): \(outcome.problems.count) difference\(outcome.problems.count == 1 ? "" : "s") from the current files")
                throw ExitCode(1)
            }
            let (folder, pack) = try run.write(to: out)
            Terminal.error("wrote \(folder)/evidence.json and index.html: \(pack.figures.count) figures, \(pack.manifest.inputs.count) input files")
        }
    }
}
