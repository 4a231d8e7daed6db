/// How serious a diagnostic is: errors stop a build, warnings do not (unless `--strict`).
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// One problem found in an input file, printed like a compiler diagnostic.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// True when the problem only follows from another one (a rejected file or config value): it is counted in the
    /// summary, not printed, so the root cause stands out.
    public var followsFromEarlierError = false
    /// The kind named by the stage that found it; nil takes the kind of the file it points at (`rule`).
    public var category: DiagnosticRule?

    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, followsFromEarlierError: Bool = false,
        rule: DiagnosticRule? = nil
    ) {
        self.location = location
        self.severity = severity
        self.message = message
        self.followsFromEarlierError = followsFromEarlierError
        self.category = rule
    }

    /// Its kind for CI tools (SARIF `ruleId`): as its stage named it, else from the file it points at.
    public var rule: DiagnosticRule { category ?? DiagnosticRule.inferred(from: location.path) }

    /// The same diagnostic of kind `rule`.
    public func with(rule: DiagnosticRule) -> Diagnostic {
        var copy = self
        copy.category = rule
        return copy
    }

    /// The same problem as an error (`--strict`), still marked as following from another one when it was.
    public var asError: Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }

    public static func error(at location: SourceLocation, _ message: String, rule: DiagnosticRule? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, rule: rule)
    }

    /// An error that only follows from another one, counted but not printed.
    public static func followOn(at location: SourceLocation, _ message: String, rule: DiagnosticRule? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, followsFromEarlierError: true, rule: rule)
    }

    public static func warning(at location: SourceLocation, _ message: String, rule: DiagnosticRule? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, rule: rule)
    }

    /// `path:line:col: error: message`
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }

    /// The same problem: where, how serious, what it says, and whether it follows from another (its rule is a label).
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message, lhs.followsFromEarlierError)
            == (rhs.location, rhs.severity, rhs.message, rhs.followsFromEarlierError)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(followsFromEarlierError)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}
