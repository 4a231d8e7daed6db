/// GitHub workflow commands: `::error file=…,line=…,col=…,title=…::message`, one per diagnostic.
extension DiagnosticReport {
    /// At most `githubLimit` errors and `githubLimit` warnings (GitHub shows no more per step), errors first,
    /// then a closing `::notice` that says how many were left out and where to read them all.
    public var github: String {
        var lines: [String] = []
        var shown: [Severity: Int] = [:]
        var left: [Severity: Int] = [:]
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning }
        for diagnostic in ordered {
            guard shown[diagnostic.severity, default: 0] < Self.githubLimit else {
                left[diagnostic.severity, default: 0] += 1
                continue
            }
            shown[diagnostic.severity, default: 0] += 1
            var properties = ["file=" + Self.property(Self.relative(diagnostic.location.path, to: root))]
            if diagnostic.location.line > 0 { properties.append("line=\(diagnostic.location.line)") }
            if diagnostic.location.column > 0 { properties.append("col=\(diagnostic.location.column)") }
            properties.append("title=" + Self.property("disclose " + diagnostic.rule.id))
            lines.append("::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(Self.data(diagnostic.message))")
        }
        let errors = left[.error, default: 0]
        let warnings = left[.warning, default: 0]
        let total = diagnostics.count
        if errors + warnings > 0 {
            lines.append(
                "::notice title=disclose::\(errors + warnings) of \(total) left out (\(errors) error\(errors == 1 ? "" : "s"), "
                    + "\(warnings) warning\(warnings == 1 ? "" : "s")): GitHub shows \(Self.githubLimit) of each per step; "
                    + "run with --format sarif or read the log for all")
        } else {
            lines.append("::notice title=disclose::\(total) problem\(total == 1 ? "" : "s") annotated, none left out")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A command's message: `%`, CR and LF escaped (GitHub's `escapeData`).
    static func data(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A property value: as `data`, and `:` and `,` escaped too (GitHub's `escapeProperty`).
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
