import ArgumentParser
import DiscloseKit

/// How `check` and `build` print their diagnostics: as text, as SARIF 2.1.0, or as GitHub workflow commands.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, sarif, github
}

/// `--format`, shared by `check` and `build`.
struct FormatOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "How diagnostics are printed: text on stderr, or on stdout as sarif (SARIF 2.1.0) or github (workflow commands).",
            valueName: "format"))
    var format: DiagnosticFormat = .text

    /// Refuses `--json` with a format other than text: each claims stdout.
    func validate(json: Bool) throws {
        if json, format != .text { throw ValidationError("--json and --format \(format.rawValue) cannot be combined: both print on stdout") }
    }
}
