import ArgumentParser
import DiscloseKit
import Foundation

/// Where human text goes, and how errors become exit codes.
enum Terminal {
    static let isInteractive = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil
    /// True when stdout is a terminal (colour in tables only then, so pipes get plain text).
    static let isStandardOutputInteractive = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil

    /// Progress lines on stderr, only on an interactive terminal.
    static let progress: ProgressReporter = isInteractive
        ? ProgressReporter { message in FileHandle.standardError.write(Data("\u{1B}[2K\r\(message)\r".utf8)) }
        : .silent

    /// Hides personal data in everything printed: by its patterns from the start, and also the data's person ids
    /// once a command that reads the data has set it (`explain`, `status`, `diff`, `check`).
    nonisolated(unsafe) static var redactor: Redactor? = Redactor()

    /// A message on stderr, redacted, with control characters (an argument's ESC, say) shown as `<U+001B>`.
    static func error(_ text: String) {
        let shown = (redactor?.redact(text) ?? text).unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
                ? "<U+\(String(format: "%04X", scalar.value))>" : String(scalar)
        }.joined()
        FileHandle.standardError.write(Data((shown + "\n").utf8))
    }

    /// Main output on stdout; with `--format sarif|github` stdout holds only that report, so this goes to stderr.
    static func output(_ text: String) {
        let handle = format == .text ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((redactor?.redact(text) ?? text).utf8))
    }

    /// `--format` of `check` and `build`: text prints diagnostics on stderr; sarif and github print one report on stdout.
    nonisolated(unsafe) static var format: DiagnosticFormat = .text
    /// The project folder the report's paths are relative to.
    nonisolated(unsafe) static var projectRoot = "."
    /// True once the SARIF or GitHub report is printed: a command prints exactly one.
    nonisolated(unsafe) static var reported = false

    /// Sets the format and the project folder (the folder of `--config`) for this command.
    static func use(_ format: DiagnosticFormat, config: String) {
        self.format = format
        let folder = (config as NSString).deletingLastPathComponent
        projectRoot = folder.isEmpty ? "." : folder
    }

    /// With `--format sarif|github`, prints the one report of `diagnostics` on stdout (redacted like every message),
    /// and the usual listing on stderr for people reading the log; later calls print nothing.
    static func report(_ diagnostics: [Diagnostic]) {
        guard format != .text, !reported else { return }
        reported = true
        let report = DiagnosticReport(diagnostics, root: projectRoot, redactor: redactor ?? Redactor())
        switch format {
        case .sarif:
            FileHandle.standardOutput.write(Data(report.sarif.serialized().utf8))
            if !diagnostics.isEmpty { error(DiagnosticListing(diagnostics).text) }
        case .github:
            FileHandle.standardOutput.write(Data(report.github.utf8))
            error(DiagnosticListing(diagnostics).summary)
        case .text:
            break
        }
    }

    /// Redacts from here on: patterns now, and the data's person ids once `store` is open.
    static func redact(with store: DisclosureStore? = nil, allowed: [String] = []) {
        redactor = (try? store?.redactor(allowed: allowed)) ?? Redactor(allowed: allowed)
    }

    /// Prints diagnostics compiler-style (capped per file on a terminal).
    static func print(_ diagnostics: [Diagnostic]) {
        if format != .text { return report(diagnostics) }
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticListing(diagnostics, perFileLimit: isInteractive ? 50 : nil).text)
    }

    /// Runs a command body, mapping `DiscloseError` to exit 1 with its diagnostics on stderr.
    static func run(json: Bool = false, _ body: () throws -> Void) throws {
        do {
            try body()
            report([])
        } catch let failure as DiscloseError {
            if format != .text {
                if case .invalidInput = failure.reason {
                    report(failure.diagnostics)
                } else {
                    report([failure.asDiagnostic])
                }
            }
            if json, case .invalidInput = failure.reason {
                output(JSONValue.object(["diagnostics": .array(failure.diagnostics.map(JSONReport.diagnostic))]).serialized())
            }
            if case .invalidInput = failure.reason {
                print(failure.diagnostics)
            } else {
                error(failure.description)
            }
            switch failure.reason {
            case .usage: throw ExitCode(64)
            default: break
            }
            throw ExitCode(1)
        } catch {
            report([])
            throw error
        }
    }
}
