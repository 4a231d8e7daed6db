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

    /// Hides personal data in everything printed, once a command that redacts has set it
    /// (`explain`, `status`, `diff`, `check`); nil prints text as it is.
    nonisolated(unsafe) static var redactor: Redactor?

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(((redactor?.redact(text) ?? text) + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((redactor?.redact(text) ?? text).utf8))
    }

    /// Redacts from here on: patterns now, and the data's person ids once `store` is open.
    static func redact(with store: DisclosureStore? = nil, allowed: [String] = []) {
        redactor = (try? store?.redactor(allowed: allowed)) ?? Redactor(allowed: allowed)
    }

    /// Prints diagnostics compiler-style (capped per file on a terminal).
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticListing(diagnostics, perFileLimit: isInteractive ? 50 : nil).text)
    }

    /// Runs a command body, mapping `DiscloseError` to exit 1 with its diagnostics on stderr.
    static func run(json: Bool = false, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as DiscloseError {
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
        }
    }
}
