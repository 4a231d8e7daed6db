/// Draws `EditionChart`s as inline SVG that fills the column at every width: no `viewBox`, so text keeps its CSS
/// size (15 px, never below 10 px on a phone) while bars, markers and columns are placed in percentages of the
/// chart's width. Coordinates are integers or tenths of a percent, so the bytes are the same on every machine.
/// Labels wrap onto two lines that fit the narrowest column (a phone's), at spaces or, in Japanese, between phrases,
/// and are shortened with "…" beyond that; the full label is the group's `<title>` and stands in the data table.
enum SVGChart {
    /// The narrowest column a chart is drawn in, in CSS pixels (a 390 px phone less the page's padding).
    static let width = 340
    /// The bars' share of the chart's width, in tenths of a percent; the value is written right of it.
    static let barArea = 760
    static let fontSize = 15
    static let lineHeight = 19
    /// A trend panel's narrowest width (`flex-basis` in the style sheet: 15rem).
    static let panelWidth = 240

    /// Horizontal bars: label above, bar with its value beside it, status and gap under a judged bar.
    static func svg(_ chart: EditionChart) -> String {
        var body: [String] = []
        var top = 4
        for bar in chart.bars {
            let labelLines = wrap(bar.label, width: width)
            var group = ["<g>", "<title>\(escape(bar.label))</title>"]
            for (index, line) in labelLines.enumerated() {
                group.append("<text x=\"0\" y=\"\(top + fontSize + index * lineHeight)\" class=\"chart-label\">\(escape(line))</text>")
            }
            group.append("</g>")
            body += group
            top += labelLines.count * lineHeight + 4
            let length = scaled(bar.length, barArea)
            let barClass = bar.statusClass.map { "chart-bar chart-bar-\($0)" } ?? "chart-bar"
            body.append("<rect x=\"0\" y=\"\(top)\" width=\"\(percent(barArea))\" height=\"18\" class=\"chart-track\"/>")
            if length > 0 {
                body.append("<rect x=\"0\" y=\"\(top)\" width=\"\(percent(length))\" height=\"18\" class=\"\(barClass)\"/>")
            }
            if let marker = bar.marker {
                let x = percent(min(barArea - 3, scaled(marker, barArea)))
                body.append("<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(top + 22)\" class=\"chart-target\"/>")
            }
            body.append("<text x=\"100%\" y=\"\(top + 14)\" text-anchor=\"end\" class=\"chart-value\">\(escape(bar.drawnValue))</text>")
            top += 22
            if let note = bar.note {
                for line in wrap(note, width: width) {
                    top += lineHeight
                    body.append("<text x=\"0\" y=\"\(top)\" class=\"chart-note\">\(escape(line))</text>")
                }
                top += 4
            }
            top += 12
        }
        return document(id: chart.id, title: chart.title, summary: chart.summary, height: top, body: body)
    }

    /// Trends as small multiples: one SVG panel per goal, a column per fiscal year; the panels sit in a row that
    /// wraps (`.chart-panels`), each growing to fill its row, so they use the column at every width.
    static func panelRow(_ documents: [String]) -> String {
        (["<div class=\"chart-panels\">"] + documents + ["</div>"]).joined(separator: "\n")
    }

    /// Each trend panel as its own `<svg>`, in order (the HTML page puts them in one `panelRow`, the XHTML page draws
    /// each as an image).
    static func panelDocuments(_ panels: [EditionChart]) -> [String] {
        var lines: [String] = []
        for panel in panels {
            var body: [String] = []
            let titleLines = wrap(panel.title, width: panelWidth - 8)
            for (line, text) in titleLines.enumerated() {
                body.append("<text x=\"0\" y=\"\(4 + fontSize + line * lineHeight)\" class=\"chart-label\">\(escape(text))</text>")
            }
            let base = 4 + 2 * lineHeight + 100
            let count = max(1, panel.bars.count)
            let step = 1000 / count
            let columnWidth = step * 45 / 100
            body.append("<line x1=\"0\" y1=\"\(base)\" x2=\"100%\" y2=\"\(base)\" class=\"chart-axis\"/>")
            for (column, bar) in panel.bars.enumerated() {
                let x = column * step + (step - columnWidth) / 2
                let height = scaled(bar.length, 64)
                let center = percent(x + columnWidth / 2)
                if height > 0 {
                    body.append(
                        "<rect x=\"\(percent(x))\" y=\"\(base - height)\" width=\"\(percent(columnWidth))\" height=\"\(height)\" class=\"chart-bar\"/>")
                }
                body.append(
                    "<text x=\"\(center)\" y=\"\(base - height - 5)\" text-anchor=\"middle\" class=\"chart-value\">\(escape(bar.drawnValue))</text>")
                body.append("<text x=\"\(center)\" y=\"\(base + 18)\" text-anchor=\"middle\" class=\"chart-note\">\(escape(bar.label))</text>")
            }
            body.append("<text x=\"0\" y=\"\(base + 38)\" class=\"chart-note\">\(escape(panel.axisNote))</text>")
            lines.append(
                document(id: panel.id, title: panel.title, summary: panel.summary, height: base + 46, body: body, isElement: true))
        }
        return lines
    }

    /// One `<svg>`; `isElement` gives it the chart's id (a trend panel, which has no figure of its own).
    static func document(
        id rawID: String, title: String, summary: String, height: Int, body: [String], isElement: Bool = false
    ) -> String {
        let id = escape(rawID)
        let element = isElement ? "id=\"\(id)\" " : ""
        var lines = [
            "<svg \(element)class=\"chart\" role=\"img\" width=\"100%\" height=\"\(height)\" aria-labelledby=\"\(id)-title \(id)-desc\">",
            "<title id=\"\(id)-title\">\(escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(escape(summary))</desc>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// Tenths of a percent as an SVG length: `76%`, `37.5%`.
    static func percent(_ perMille: Int) -> String {
        perMille % 10 == 0 ? "\(perMille / 10)%" : "\(perMille / 10).\(perMille % 10)%"
    }

    /// A fraction of `area`, rounded half-up to a whole unit.
    static func scaled(_ fraction: Ratio, _ area: Int) -> Int {
        guard fraction.denominator > 0 else { return 0 }
        let numerator = Int128(fraction.numerator) * Int128(area) * 2 + Int128(fraction.denominator)
        return Int(numerator / (Int128(fraction.denominator) * 2))
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
