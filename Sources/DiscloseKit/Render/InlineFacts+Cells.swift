/// Figures as the XHTML page writes them: the edition's text, escaped for XML, with the number (or date) in it tagged.
extension InlineFacts {
    /// A table cell: `cell` of the page (a count with its counter where the edition writes one) when `counter` is
    /// true, else the figure as narrative writes it. An incomplete figure is written untagged: it has no value to tag.
    func cell(_ result: MetricResult, concept: String, edition: Edition, counter: Bool) -> String {
        guard let value = result.value, let context = id(of: result) else {
            return SVGChart.escape(edition.figure(result))
        }
        switch value {
        case .count(let count):
            let tagged = nonFraction(concept, context: context, text: edition.number(count), decimals: 0, scale: 0, edition: edition)
            if result.kind == .countOfScope, let ratio = result.ratio {
                return Edition.fill(
                    SVGChart.escape(edition[.countOfScope]),
                    ["numerator": tagged, "denominator": SVGChart.escape(edition.number(ratio.denominator)),
                     "percent": SVGChart.escape(edition.percent(ratio))])
            }
            if counter, edition.placesCounters, result.kind == .count {
                return edition.count(count, unit: result.unit, writing: tagged)
            }
            return tagged
        case .percent(let ratio):
            guard let text = ratio.percentText() else { return SVGChart.escape(edition.percent(ratio)) }
            let tagged = nonFraction(concept, context: context, text: text, decimals: 3, scale: -2, edition: edition)
            return Edition.fill(SVGChart.escape(edition[.percent]), ["value": tagged])
        case .date(let day):
            let text = SVGChart.escape(edition.date(day))
            guard let format = InlineFacts.dateFormat(edition) else { return text }
            return "<ix:nonNumeric name=\"\(concept)\" contextRef=\"\(context)\" format=\"\(format)\">\(text)</ix:nonNumeric>"
        case .undefined:
            return SVGChart.escape(edition.figure(result))
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
}

extension Edition {
    /// `count(_:unit:)` with the number already written (a tagged number): the counter word escaped for XML around it.
    func count(_ value: Int, unit: String, writing number: String) -> String {
        guard !unit.isEmpty, unit != "%" else { return number }
        let word = unitWord(value, unit: unit)
        return Edition.fill(SVGChart.escape(self[.countWithUnit]), ["count": number, "unit": SVGChart.escape(word)])
    }
}
