/// Finds where narrative states an incomplete figure as if it were complete, and where a guarded statement is
/// left out because its figure is incomplete: both are located warnings (errors with `--strict`).
enum FigureGuards {
    /// Names that state a figure's value.
    static let valueNames: Set<String> = ["value", "percent", "numerator", "denominator", "month", "partial_value"]

    /// Warnings for `template`, given each named figure's coverage.
    static func check(
        _ template: String, coverage: [String: Coverage], at origin: SourceLocation, firstLineColumnOffset: Int = 0
    ) -> [Diagnostic] {
        func location(_ tag: TemplateNames.Tag) -> SourceLocation {
            TemplateSections.location(of: tag, from: origin, firstLineColumnOffset: firstLineColumnOffset)
        }
        var diagnostics: [Diagnostic] = []
        var open: [TemplateNames.Tag] = []
        for tag in TemplateNames.tags(in: template) {
            switch tag.sigil {
            case "#", "^":
                if let (figure, field) = split(tag.name), let covered = coverage[figure], !covered.isComplete,
                    (tag.sigil == "#" && ["zero", "nonzero", "complete"].contains(field)) || (tag.sigil == "^" && field == "incomplete")
                {
                    diagnostics.append(.warning(at: location(tag), leftOutMessage(figure, tag: tag.sigil.map(String.init) ?? "#", field: field, covered)))
                }
                open.append(tag)
            case "/":
                if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
            case nil, "&":
                guard let (figure, field) = split(tag.name), valueNames.contains(field), let covered = coverage[figure],
                    !covered.isComplete, !isGuarded(figure, by: open)
                else { continue }
                diagnostics.append(.warning(at: location(tag), unguardedMessage(figure, covered)))
            default: continue
            }
        }
        return diagnostics
    }

    /// "N of M companies" for a diagnostic (diagnostics are written in English, like every other).
    static func covers(_ coverage: Coverage) -> String {
        "\(coverage.reported) of \(coverage.inScope) compan\(coverage.inScope == 1 ? "y" : "ies")"
    }

    /// The warning for a value of an incomplete figure stated in running text without a guard.
    static func unguardedMessage(_ figure: String, _ coverage: Coverage) -> String {
        "figure '\(figure)' covers \(covers(coverage)); guard it with {{#figures.\(figure).complete}} "
            + "or state the coverage with {{figures.\(figure).coverage}}"
    }

    /// The warning for a statement left out of the page because its figure is incomplete.
    static func leftOutMessage(_ figure: String, tag: String, field: String, _ coverage: Coverage) -> String {
        "figure '\(figure)' covers \(covers(coverage)): the statement guarded by {{\(tag)figures.\(figure).\(field)}} is left out of the page"
    }

    /// `figures.leaks.value` → (`leaks`, `value`).
    static func split(_ name: String) -> (String, String)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "figures" else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    /// True inside a section that renders only when the figure is complete, or only when it is incomplete.
    static func isGuarded(_ figure: String, by open: [TemplateNames.Tag]) -> Bool {
        open.contains { tag in
            guard let (name, field) = split(tag.name), name == figure else { return false }
            if tag.sigil == "#" { return ["complete", "incomplete", "zero", "nonzero"].contains(field) }
            return ["complete", "incomplete"].contains(field)
        }
    }
}
