import Foundation
import ArgumentParser
import DiscloseKit

/// Options shared by every command that reads a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The pipeline file; its folder is the project folder.", valueName: "file"))
    var config = "pipeline.yaml"

    @Option(name: .long, help: ArgumentHelp("Read data from this folder instead of paths.data.", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Fiscal year to disclose (default: disclosure.fiscal_year).", valueName: "year"))
    var fy: Int?

    @Flag(name: .long, help: "Print one JSON object on stdout; human text goes to stderr.")
    var json = false

    func pipelineOptions(strict: Bool = false, output: String? = nil, redacting: Bool = false) -> Pipeline.Options {
        var options = Pipeline.Options()
        options.configPath = config
        options.dataPath = data
        options.fiscalYear = fy
        options.strict = strict
        options.outputPath = output
        options.redactsPersonalData = redacting
        // Nothing a command prints carries personal data: refusals name the kind and the place, not the value.
        options.redactsRefusals = true
        options.progress = json ? .silent : Terminal.progress
        options.parsingThreads = ProcessInfo.processInfo.environment["DISCLOSE_THREADS"].flatMap { Int($0) }
        return options
    }
}
