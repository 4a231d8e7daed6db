/// Diagnostics as a compiler prints them: sorted, at most `perFileLimit` per file, then a one-line summary.
public struct DiagnosticListing: Sendable {
    public var diagnostics: [Diagnostic]
    /// Cap per file on a terminal; nil prints every one.
    public var perFileLimit: Int?

    /// Problems that only follow from another one: counted in the summary, not listed.
    public var followOnCount: Int

    public init(_ diagnostics: [Diagnostic], perFileLimit: Int? = nil) {
        // A follow-on problem is held back only while a root cause is shown; alone, it is the news.
        let hasRoot = diagnostics.contains { $0.severity == .error && !$0.followsFromEarlierError }
        let held = hasRoot ? diagnostics.filter(\.followsFromEarlierError) : []
        self.diagnostics = (hasRoot ? diagnostics.filter { !$0.followsFromEarlierError } : diagnostics).sorted()
        self.followOnCount = held.count
        self.perFileLimit = perFileLimit
    }

    /// Errors found, counting those past the problem cap that were counted but not listed.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.reduce(0) { $0 + $1.problemCount } }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `3 errors, 1 warning in 2 files`, then `; 48 more follow from them` when problems were held back.
    public var summary: String {
        let files = Set(diagnostics.map(\.location.path)).count
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let more = followOnCount == 0 ? "" : "; \(followOnCount) more follow\(followOnCount == 1 ? "s" : "") from them (fix these first; --json lists all)"
        return "\(plural(errorCount, "error")), \(plural(warningCount, "warning")) in \(plural(files, "file"))" + more
    }

    /// Every line to print, summary last.
    public var text: String {
        var lines: [String] = []
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var order: [String] = []
        for diagnostic in diagnostics {
            let path = diagnostic.location.path
            if shown[path] == nil { order.append(path) }
            let count = shown[path, default: 0]
            if let perFileLimit, count >= perFileLimit {
                hidden[path, default: 0] += 1
                continue
            }
            shown[path] = count + 1
            lines.append(diagnostic.description)
        }
        for path in order {
            if let more = hidden[path] {
                lines.append("\(path): note: \(more) more problem\(more == 1 ? "" : "s") in this file not shown (use --json for all)")
            }
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
