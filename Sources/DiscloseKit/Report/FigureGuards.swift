/// Finds where narrative states an incomplete figure as if it were complete, and where a guarded statement is
/// left out because its figure is incomplete: both are located warnings (errors with `--strict`).
///
/// Content that says what is known in the incomplete case too (a `{{^figures.X.complete}}` or
/// `{{#figures.X.incomplete}}` section beside the guarded one) gets no warning: nothing is lost from the page.
enum FigureGuards {
    /// Names that state a figure's value.
    static let valueNames: Set<String> = ["value", "percent", "numerator", "denominator", "month", "partial_value"]

    /// Status keys whose section, `#` or `^`, makes a claim that only complete data backs: such a section is left
    /// out of the page while its figure is incomplete (a `^` section too, though Mustache would render it).
    static let claimKeys: Set<String> = ["zero", "nonzero"]

    /// True when a section `{{<sigil>…<field>}}` over an incomplete figure is left out of the page.
    static func isLeftOut(sigil: Character?, field: String) -> Bool {
        switch sigil {
        case "#": return claimKeys.contains(field) || field == "complete"
        case "^": return claimKeys.contains(field) || field == "incomplete"
        default: return false
        }
    }

    /// True for a section that renders exactly when its figure is incomplete: the other case, handled.
    static func handlesIncomplete(sigil: Character?, field: String) -> Bool {
        (sigil == "#" && field == "incomplete") || (sigil == "^" && field == "complete")
    }

    /// Warnings for `template`, given each named figure's coverage; `edition` (the template's language) finds
    /// words the partial value already carries written again around it ("at least {{figures.x.partial_value}}").
    static func check(
        _ template: String, coverage: [String: Coverage], at origin: SourceLocation, firstLineColumnOffset: Int = 0,
        edition: Edition? = nil
    ) -> [Diagnostic] {
        func location(_ tag: TemplateNames.Tag) -> SourceLocation {
            TemplateSections.location(of: tag, from: origin, firstLineColumnOffset: firstLineColumnOffset)
        }
        let tags = TemplateNames.tags(in: template)
        let handled = Set(
            tags.compactMap { tag in split(tag.name).flatMap { handlesIncomplete(sigil: tag.sigil, field: $0.1) ? $0.0 : nil } })
        var diagnostics: [Diagnostic] = []
        if let edition { diagnostics += repeatedQualifiers(template, tags: tags, edition: edition).map { .warning(at: location($0.tag), $0.message, rule: .incompleteFigure) } }
        var open: [(tag: TemplateNames.Tag, leftOut: String?)] = []
        for tag in tags {
            switch tag.sigil {
            case "#", "^":
                var leftOut: String?
                if let (figure, field) = split(tag.name), let covered = coverage[figure], !covered.isComplete,
                    isLeftOut(sigil: tag.sigil, field: field)
                {
                    leftOut = figure
                    // Said once: not again inside a section already left out, nor where the content handles both cases.
                    if !handled.contains(figure), !open.contains(where: { $0.leftOut == figure }) {
                        diagnostics.append(
                            .warning(at: location(tag), leftOutMessage(figure, tag: tag.sigil.map(String.init) ?? "#", field: field, covered), rule: .incompleteFigure))
                    }
                }
                open.append((tag, leftOut))
            case "/":
                if let index = open.lastIndex(where: { $0.tag.name == tag.name }) { open.removeSubrange(index...) }
            case nil, "&":
                guard let (figure, field) = split(tag.name), valueNames.contains(field), let covered = coverage[figure],
                    !covered.isComplete, !isGuarded(figure, by: open.map(\.tag))
                else { continue }
                diagnostics.append(.warning(at: location(tag), unguardedMessage(figure, covered), rule: .incompleteFigure))
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

    /// The warning for a statement left out of the page because its figure is incomplete, with what to write.
    static func leftOutMessage(_ figure: String, tag: String, field: String, _ coverage: Coverage) -> String {
        "figure '\(figure)' covers \(covers(coverage)): the statement guarded by {{\(tag)figures.\(figure).\(field)}} is left out of the page; "
            + "say what is known in its place with {{^figures.\(figure).complete}}…{{figures.\(figure).partial_value}}; "
            + "{{figures.\(figure).coverage}}…{{/figures.\(figure).complete}}"
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
            return ["complete", "incomplete", "zero", "nonzero"].contains(field)
        }
    }
}
