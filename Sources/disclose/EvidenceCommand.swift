import ArgumentParser
import DiscloseKit

/// `disclose evidence`: the pack an assurer re-performs every figure from, or `--verify` of one.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Write the evidence pack (evidence.json and index.html) behind every figure on the page, or verify one.",
        discussion: """
            For each figure published on the page (goal values, key figures, chart values, zero statements): the rule, \
            the SQL with its bound parameters, each company's contribution, the input files with SHA-256 digests and the \
            line numbers of the rows used (never their contents), coverage and the prior-year value; and a manifest of \
            every input, content and output digest. The pack goes to evidence/FY<year>/ (never under output/). \
            --verify DIR checks three things and names each difference: (a) the pack is intact (evidence.json agrees \
            with its own digests, index.html is exactly what evidence.json renders to); (b) the records (every input \
            file's digest, every figure re-performed from today's data); (c) the published output (every file under \
            output/FY<year>/, every edition and data.json, byte for byte what a build writes today). Exit 0 only when \
            all three hold; the summary says which failed.
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
        Terminal.redact()
        try Terminal.run(json: project.json) {
            let run = EvidenceRun(options: project.pipelineOptions())
            if let verify {
                let outcome = try run.verify(verify)
                for problem in outcome.problems { Terminal.output(problem + "\n") }
                Terminal.error(outcome.summary)
                if outcome.matches {
                    Terminal.error("\(verify): all \(outcome.filesChecked) file digests and \(outcome.figuresChecked) figures match, and the published output is what a build writes")
                    return
                }
                Terminal.error("\(verify): \(outcome.problems.count) difference\(outcome.problems.count == 1 ? "" : "s"); failed: \(outcome.failed.map(\.rawValue).joined(separator: ", "))")
                throw ExitCode(1)
            }
            let (folder, pack) = try run.write(to: out)
            Terminal.error("wrote \(folder)/evidence.json and index.html: \(pack.figures.count) figures, \(pack.manifest.inputs.count) input files")
        }
    }
}
