/// The problem cap: at most `perFile` problems are kept for one file and `total` across all files; past
/// either, problems are counted, not stored, and each such file ends with one line
/// "… and N more problems in this file". So a file of a million bad lines costs a counter, not gigabytes.
struct ProblemBudget {
    static let perFile = 10_000
    static let total = 10_000

    private(set) var keptTotal = 0
    private var keptByFile: [String: Int] = [:]
    /// Problems counted but not kept, per file, with the line of the last one.
    private var omittedByFile: [String: (count: Int, line: Int)] = [:]

    /// Keeps `diagnostic` in `list` when the caps allow, else counts it.
    mutating func add(_ diagnostic: Diagnostic, to list: inout [Diagnostic]) {
        let path = diagnostic.location.path
        let kept = keptByFile[path, default: 0]
        if kept < Self.perFile, keptTotal < Self.total {
            keptByFile[path] = kept + 1
            keptTotal += 1
            list.append(diagnostic)
        } else {
            omit(1, in: path, line: diagnostic.location.line)
        }
    }

    /// True when nothing more of `path` would be kept (a caller may then count without building the message).
    func isFull(for path: String) -> Bool {
        keptTotal >= Self.total || keptByFile[path, default: 0] >= Self.perFile
    }

    mutating func add(contentsOf diagnostics: [Diagnostic], to list: inout [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic, to: &list) }
    }

    /// Counts `count` problems of `path` that were never stored (the last at `line`).
    mutating func omit(_ count: Int, in path: String, line: Int) {
        guard count > 0 else { return }
        let before = omittedByFile[path] ?? (0, 0)
        omittedByFile[path] = (before.count + count, max(before.line, line))
    }

    /// One closing line per file with problems counted but not kept.
    var trailers: [Diagnostic] {
        omittedByFile.keys.sorted().compactMap { path in
            omittedByFile[path].map { Diagnostic.omitted($0.count, in: path, line: $0.line) }
        }
    }
}

extension Diagnostic {
    static let omittedPrefix = "… and "
    static let omittedSuffix = " in this file (not listed: fix those above and run again)"

    /// The closing line of a file whose problems went past the cap.
    static func omitted(_ count: Int, in path: String, line: Int) -> Diagnostic {
        .error(
            at: SourceLocation(path: path, line: line),
            "\(omittedPrefix)\(count) more problem\(count == 1 ? "" : "s")\(omittedSuffix)")
    }

    /// How many problems this line stands for: N for "… and N more problems", else 1.
    var problemCount: Int {
        guard message.hasPrefix(Self.omittedPrefix), message.hasSuffix(Self.omittedSuffix) else { return 1 }
        let number = message.dropFirst(Self.omittedPrefix.count).prefix { $0.isNumber }
        return Int(number).map { $0 } ?? 1
    }
}
