import Foundation

/// Diagnostics for CI tools: SARIF 2.1.0 for code scanning, or GitHub workflow commands that annotate lines.
///
/// Paths are written relative to the project folder (`root`), so a tool reading the project's repository finds
/// each file; messages are passed through the redactor first, as `check` prints them.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// The project folder the paths are made relative to.
    public var root: String

    /// GitHub shows at most 10 error and 10 warning annotations of a step; more are dropped without a word.
    public static let githubLimit = 10

    public static let sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

    public init(_ diagnostics: [Diagnostic], root: String, redactor: Redactor? = nil) {
        let shown = DiagnosticListing(diagnostics).diagnostics
        self.diagnostics = shown.map { redactor?.redact($0) ?? $0 }.sorted()
        self.root = root
    }

    /// `path` relative to the project folder when it lies inside it, else as given.
    public static func relative(_ path: String, to root: String) -> String {
        func absolute(_ path: String) -> String {
            let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return URL(fileURLWithPath: base).standardizedFileURL.path
        }
        let folder = absolute(root.isEmpty ? "." : root)
        let file = absolute(path)
        if file == folder { return "." }
        if folder == "/" { return String(file.dropFirst()) }
        return file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : path
    }

    /// The SARIF 2.1.0 log: one run, every rule of `DiagnosticRule` declared, results sorted.
    public var sarif: JSONValue {
        let rules = DiagnosticRule.allCases.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let results: [JSONValue] = diagnostics.map { diagnostic in
            var physical: [String: JSONValue] = [
                "artifactLocation": .object([
                    "uri": .string(Self.uri(Self.relative(diagnostic.location.path, to: root)))
                ])
            ]
            if diagnostic.location.line > 0 {
                var region: [String: JSONValue] = ["startLine": .int(diagnostic.location.line)]
                if diagnostic.location.column > 0 { region["startColumn"] = .int(diagnostic.location.column) }
                physical["region"] = .object(region)
            }
            return .object([
                "ruleId": .string(diagnostic.rule.id),
                "ruleIndex": .int(ruleIndex[diagnostic.rule] ?? 0),
                "level": .string(diagnostic.severity == .error ? "error" : "warning"),
                "message": .object(["text": .string(diagnostic.message)]),
                "locations": .array([.object(["physicalLocation": .object(physical)])]),
            ])
        }
        let driver: JSONValue = .object([
            "name": .string("disclose"),
            "rules": .array(
                rules.map { rule in
                    .object([
                        "id": .string(rule.id),
                        "shortDescription": .object(["text": .string(rule.summary)]),
                    ])
                }),
        ])
        return .object([
            "$schema": .string(Self.sarifSchema),
            "version": .string("2.1.0"),
            "runs": .array([.object(["tool": .object(["driver": driver]), "results": .array(results)])]),
        ])
    }

    /// A relative path as a URI reference: each segment percent-encoded, `/` kept.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
