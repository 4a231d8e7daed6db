/// Narrative for the XHTML page: the names a template may use (`NarrativeContext`) with each complete figure's
/// numbers replaced by `FactMarks`, so a sentence's figures are tagged where the sentence shows them.
extension InlineFacts {
    /// The narrative names that hold one of a figure's numbers, and which number.
    static let markedNames: [(name: String, shown: Shown)] = [
        ("value", .value), ("partial_value", .value), ("percent", .percent), ("numerator", .numerator), ("denominator", .denominator),
    ]

    /// A figure's names (`NarrativeContext.figure`) with each number the page can tag marked. A name is marked only
    /// when its text is exactly what the tagged figure reads, so the XHTML says what the HTML says.
    func marking(_ names: [String: Any], result: MetricResult, concept: String, edition: Edition, marks: inout FactMarks) -> [String: Any] {
        guard result.coverage.isComplete else { return names }
        var names = names
        for (name, shown) in InlineFacts.markedNames {
            guard let text = names[name] as? String, let xhtml = tagged(result, shown, concept: concept, edition: edition),
                InlineFacts.untagged(xhtml) == SVGChart.escape(text)
            else { continue }
            names[name] = marks.mark(text: SVGChart.escape(text), xhtml: xhtml)
        }
        return names
    }

    /// The narrative globals (`NarrativeContext.globals`) with every named figure's numbers marked.
    func marking(globals: [String: Any], edition: Edition, marks: inout FactMarks) -> [String: Any] {
        guard var named = globals["figures"] as? [String: Any] else { return globals }
        for figure in report.figures {
            guard let names = named[figure.name] as? [String: Any] else { continue }
            named[figure.name] = marking(names, result: figure.result, concept: concept(of: figure), edition: edition, marks: &marks)
        }
        var globals = globals
        globals["figures"] = named
        return globals
    }

    /// `markup` rendered from marked names, with its marks resolved: the tagged XHTML when, untagged, it reads exactly
    /// as `plain` (the same template rendered from the unmarked names); else `plain`, untagged.
    static func tagged(_ markup: String?, marks: FactMarks, plain: String) -> String {
        same(markup.flatMap(marks.resolve), as: plain)
    }
}
