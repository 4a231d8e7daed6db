/// The one error type of the pipeline: a reason, where it happened, and every diagnostic found.
public struct DiscloseError: Error, Sendable, CustomStringConvertible {
    /// Why the pipeline stopped.
    public enum Reason: Sendable, Equatable {
        /// Input data or configuration is invalid; `diagnostics` says where and why.
        case invalidInput
        /// A file or folder could not be read or written.
        case fileSystem(String)
        /// SQLite refused a statement.
        case database(code: Int32, message: String, sql: String?)
        /// `--check` found that `output/` differs from what a build would write.
        case staleOutput
        /// Another build holds the project's lock.
        case locked(String)
        /// The command line named something that does not exist (a goal, a figure, a folder).
        case usage(String)
        /// `build --final` found parts of the page not approved as they stand; the text names each, with diffs.
        case notApproved(String)
    }

    public var reason: Reason
    public var location: SourceLocation?
    public var diagnostics: [Diagnostic]

    public init(_ reason: Reason, at location: SourceLocation? = nil, diagnostics: [Diagnostic] = []) {
        self.reason = reason
        self.location = location
        self.diagnostics = diagnostics
    }

    /// An invalid-input error carrying the given diagnostics, sorted.
    public static func invalid(_ diagnostics: [Diagnostic]) -> DiscloseError {
        DiscloseError(.invalidInput, diagnostics: diagnostics.sorted())
    }

    /// A single located invalid-input error.
    public static func invalid(at location: SourceLocation, _ message: String) -> DiscloseError {
        invalid([.error(at: location, message)])
    }

    public var description: String {
        let prefix = location.map { "\($0): error: " } ?? "error: "
        switch reason {
        case .invalidInput:
            return diagnostics.map(\.description).joined(separator: "\n")
        case .fileSystem(let message):
            return prefix + message
        case .database(let code, let message, _):
            // The statement stays in the error for tests and debugging; the user reads what went wrong.
            return prefix + DatabaseProblem.describe(code: code, message: message)
        case .staleOutput:
            return prefix + "output is stale: run `disclose build` and commit the result"
        case .locked(let message), .usage(let message):
            return prefix + message
        case .notApproved(let refusal):
            return refusal
        }
    }

    /// The error as one diagnostic, for reports that hold only diagnostics (SARIF): where it happened, or the
    /// project's pipeline.yaml when nowhere in particular.
    public var asDiagnostic: Diagnostic {
        let prefix = location.map { "\($0): error: " } ?? "error: "
        let text = description.hasPrefix(prefix) ? String(description.dropFirst(prefix.count)) : description
        switch reason {
        case .notApproved: return .error(at: location ?? SourceLocation(path: ProjectFiles.approvals), text, rule: .signOff)
        default: return .error(at: location ?? SourceLocation(path: "pipeline.yaml"), text, rule: .run)
        }
    }
}
