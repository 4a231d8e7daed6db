/// Figures as the XHTML page writes them: the edition's text, escaped for XML, with every number (or date) in it
/// tagged — the value under the figure's concept, a ratio's other numbers under its part concepts.
extension InlineFacts {
    /// One number a page shows of a figure: its value, or a part of its ratio ("8 of 8 (100.0%)" shows all three).
    enum Shown: Sendable, CaseIterable {
        case value, numerator, denominator, percent
    }

    /// A table cell: `cell` of the page (a count with its counter where the edition writes one) when `counter` is
    /// true, else the figure as narrative writes it. An incomplete figure is written untagged: it has no value to tag.
    func cell(_ result: MetricResult, concept: String, edition: Edition, counter: Bool) -> String {
        guard let value = result.value, id(of: result) != nil else { return SVGChart.escape(edition.figure(result)) }
        if result.kind == .countOfScope, let ratio = result.ratio {
            return Edition.fill(
                SVGChart.escape(edition[.countOfScope]),
                ["numerator": tagged(result, .numerator, concept: concept, edition: edition) ?? SVGChart.escape(edition.number(ratio.numerator)),
                 "denominator": tagged(result, .denominator, concept: concept, edition: edition) ?? SVGChart.escape(edition.number(ratio.denominator)),
                 "percent": tagged(result, .percent, concept: concept, edition: edition) ?? SVGChart.escape(edition.percent(ratio))])
        }
        let written = tagged(result, .value, concept: concept, edition: edition) ?? SVGChart.escape(edition.figure(result))
        if counter, edition.placesCounters, result.kind == .count, case .count(let count) = value {
            return edition.count(count, unit: result.unit, writing: written)
        }
        return written
    }

    /// A population bar: "52.5% (63 of 120)" with each of its numbers tagged.
    func populationBar(_ result: MetricResult, concept: String, edition: Edition) -> String {
        guard let ratio = result.ratio, result.value != nil else { return cell(result, concept: concept, edition: edition, counter: false) }
        let number = { (shown: Shown, text: String) in tagged(result, shown, concept: concept, edition: edition) ?? SVGChart.escape(text) }
        return Edition.fill(
            SVGChart.escape(edition[.chartTrainingBar]),
            ["value": number(.value, edition.figure(result)), "numerator": number(.numerator, edition.number(ratio.numerator)),
             "denominator": number(.denominator, edition.number(ratio.denominator))])
    }

    /// One number of a complete figure as the edition writes it on its own ("8", "94.3%", "1 October 2005"), escaped
    /// for XML and tagged; nil when there is nothing to tag (an incomplete or undefined figure, a part it has not).
    func tagged(_ result: MetricResult, _ shown: Shown, concept: String, edition: Edition) -> String? {
        guard let value = result.value, let context = id(of: result) else { return nil }
        let parts = XBRLVocabulary.ratioParts(result.kind)
        func part(_ part: XBRLVocabulary.RatioPart) -> String? { parts.contains(part) ? XBRLVocabulary.concept(concept, part: part) : nil }
        func percent(_ ratio: Ratio, _ name: String) -> String? {
            guard let text = ratio.percentText() else { return nil }
            let number = nonFraction(name, context: context, text: text, decimals: 3, scale: -2, edition: edition)
            return Edition.fill(SVGChart.escape(edition[.percent]), ["value": number])
        }
        switch (shown, value) {
        case (.value, .count(let count)):
            return nonFraction(concept, context: context, text: edition.number(count), decimals: 0, scale: 0, edition: edition)
        case (.value, .percent(let ratio)):
            return percent(ratio, concept)
        case (.value, .date(let day)):
            guard let format = InlineFacts.dateFormat(edition) else { return nil }
            return "<ix:nonNumeric name=\"\(concept)\" contextRef=\"\(context)\" format=\"\(format)\">\(SVGChart.escape(edition.date(day)))</ix:nonNumeric>"
        case (_, .undefined), (.value, _):
            return nil
        case (.percent, _):
            guard let ratio = result.ratio else { return nil }
            if result.kind == .percent { return percent(ratio, concept) }
            return part(.share).flatMap { percent(ratio, $0) }
        case (.numerator, _), (.denominator, _):
            guard let ratio = result.ratio else { return nil }
            let count = shown == .numerator ? ratio.numerator : ratio.denominator
            // A count of scope's value is its numerator: the figure's own concept.
            let name = shown == .numerator && result.kind == .countOfScope ? concept : part(shown == .numerator ? .numerator : .denominator)
            return name.map { nonFraction($0, context: context, text: edition.number(count), decimals: 0, scale: 0, edition: edition) }
        }
    }

    /// A goal's status or target text as an `ix:nonNumeric` fact of the goal's context.
    func goalText(_ text: String, concept: String, goal: GoalReport) -> String {
        let escaped = SVGChart.escape(text)
        guard let context = goalContextID(goal) else { return escaped }
        return "<ix:nonNumeric name=\"\(XBRLVocabulary.prefix):\(concept)\" contextRef=\"\(context)\">\(escaped)</ix:nonNumeric>"
    }

    func nonFraction(_ concept: String, context: String, text: String, decimals: Int, scale: Int, edition: Edition) -> String {
        let scaleAttribute = scale == 0 ? "" : " scale=\"\(scale)\""
        return "<ix:nonFraction name=\"\(concept)\" contextRef=\"\(context)\" unitRef=\"pure\" decimals=\"\(decimals)\"\(scaleAttribute)"
            + " format=\"\(InlineFacts.numberFormat(edition))\">\(SVGChart.escape(text))</ix:nonFraction>"
    }

    /// The transformation (Transformation Registry 4) that reads the edition's numbers: `1,234.5` or `1.234,5`.
    static func numberFormat(_ edition: Edition) -> String {
        edition[.digitGroup] == "." ? "ixt:num-comma-decimal" : "ixt:num-dot-decimal"
    }

    /// The transformation that reads the edition's dates, or nil for a pattern none reads (the date is then untagged).
    static func dateFormat(_ edition: Edition) -> String? {
        switch edition[.date] {
        case "{day} {month} {year}": return "ixt:date-day-monthname-year-en"
        case "{month} {day}, {year}": return "ixt:date-monthname-day-year-en"
        case "{year}年{month}月{day}日": return "ixt:date-year-month-day"
        case "{year}-{mm}-{dd}": return "ixt:date-year-month-day"
        default: return nil
        }
    }

    /// `xhtml` when, its tags removed, it reads exactly as `plain` (XML-escaped text); else `plain`: a tagged cell never
    /// says something the untagged page does not.
    static func same(_ xhtml: String?, as plain: String) -> String {
        guard let xhtml, untagged(xhtml) == plain else { return plain }
        return xhtml
    }

    /// XHTML with its inline XBRL tags removed: the text and markup a reader sees, as the untagged page writes it.
    static func untagged(_ xhtml: String) -> String {
        var result = ""
        var rest = Substring(xhtml)
        while let start = rest.firstIndex(of: "<") {
            result += rest[..<start]
            let tag = rest[start...]
            if tag.hasPrefix("<ix:") || tag.hasPrefix("</ix:"), let end = tag.firstIndex(of: ">") {
                rest = rest[rest.index(after: end)...]
            } else {
                result.append("<")
                rest = rest[rest.index(after: start)...]
            }
        }
        return result + rest
    }
}

extension Edition {
    /// `count(_:unit:)` with the number already written (a tagged number): the counter word escaped for XML around it.
    func count(_ value: Int, unit: String, writing number: String) -> String {
        guard !unit.isEmpty, unit != "%" else { return number }
        let word = unitWord(value, unit: unit)
        return Edition.fill(SVGChart.escape(self[.countWithUnit]), ["count": number, "unit": SVGChart.escape(word)])
    }
}
