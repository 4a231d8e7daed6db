/// Draws `EditionChart`s as inline SVG that scales with the column (`viewBox`, width 100 %): integer coordinates
/// only, so the bytes are the same on every machine. Labels wrap onto two lines and are shortened with "…" beyond
/// that; the full label is the group's `<title>` and stands in the chart's data table.
enum SVGChart {
    /// The viewBox width; CSS shows it at most this many CSS pixels wide, so 15-unit text stays ≥ 10 px at 390 px.
    static let width = 480
    static let barArea = 300
    static let fontSize = 15
    static let lineHeight = 19

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
            body.append("<rect x=\"0\" y=\"\(top)\" width=\"\(barArea)\" height=\"18\" class=\"chart-track\"/>")
            if length > 0 { body.append("<rect x=\"0\" y=\"\(top)\" width=\"\(length)\" height=\"18\" class=\"\(barClass)\"/>") }
            if let marker = bar.marker {
                let x = min(barArea - 2, scaled(marker, barArea))
                body.append("<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(top + 22)\" class=\"chart-target\"/>")
            }
            body.append("<text x=\"\(barArea + 8)\" y=\"\(top + 14)\" class=\"chart-value\">\(escape(bar.drawnValue))</text>")
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

    /// Trends as small multiples: one panel per goal, two panels a row, a column per fiscal year.
    static func smallMultiples(id: String, title: String, summary: String, panels: [EditionChart]) -> String {
        let panelWidth = width / 2
        let panelHeight = 192
        var body: [String] = []
        for (index, panel) in panels.enumerated() {
            let left = (index % 2) * panelWidth
            let top = (index / 2) * panelHeight + 4
            body.append("<g id=\"\(escape(panel.id))\">")
            body.append("<title>\(escape(panel.title))</title>")
            for (line, text) in wrap(panel.title, width: panelWidth - 12).enumerated() {
                body.append("<text x=\"\(left)\" y=\"\(top + fontSize + line * lineHeight)\" class=\"chart-label\">\(escape(text))</text>")
            }
            let base = top + 132
            let columnArea = panelWidth - 16
            let count = max(1, panel.bars.count)
            let step = columnArea / count
            let columnWidth = min(40, step - 12)
            body.append("<line x1=\"\(left)\" y1=\"\(base)\" x2=\"\(left + columnArea)\" y2=\"\(base)\" class=\"chart-axis\"/>")
            for (column, bar) in panel.bars.enumerated() {
                let x = left + column * step + (step - columnWidth) / 2
                let height = scaled(bar.length, 64)
                let center = x + columnWidth / 2
                if height > 0 {
                    body.append("<rect x=\"\(x)\" y=\"\(base - height)\" width=\"\(columnWidth)\" height=\"\(height)\" class=\"chart-bar\"/>")
                }
                body.append(
                    "<text x=\"\(center)\" y=\"\(base - height - 5)\" text-anchor=\"middle\" class=\"chart-value\">\(escape(bar.drawnValue))</text>")
                body.append("<text x=\"\(center)\" y=\"\(base + 18)\" text-anchor=\"middle\" class=\"chart-note\">\(escape(bar.label))</text>")
            }
            body.append("<text x=\"\(left)\" y=\"\(base + 36)\" class=\"chart-note\">\(escape(panel.axisNote))</text>")
            body.append("</g>")
        }
        let rows = (panels.count + 1) / 2
        return document(id: id, title: title, summary: summary, height: rows * panelHeight - 8, body: body)
    }

    static func document(id rawID: String, title: String, summary: String, height: Int, body: [String]) -> String {
        let id = escape(rawID)
        var lines = [
            "<svg class=\"chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-title \(id)-desc\">",
            "<title id=\"\(id)-title\">\(escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(escape(summary))</desc>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// At most two lines that fit `width` units at the chart's font size: broken at spaces (anywhere in text
    /// without spaces, such as Japanese); the second line ends in "…" when the text is longer still.
    static func wrap(_ text: String, width: Int) -> [String] {
        let limit = width * 10
        var lines: [String] = []
        var line: [Character] = []
        var lastSpace: Int?
        for character in text {
            if line.reduce(0, { $0 + units($1) }) + units(character) > limit, !line.isEmpty {
                if lines.count == 1 { return [lines[0], shortened(String(line) + String(character), limit: limit)] }
                if character != " ", let space = lastSpace {
                    lines.append(String(line[..<space]))
                    line = Array(line[(space + 1)...])
                } else {
                    lines.append(String(line))
                    line = []
                }
                lastSpace = nil
                if character == " " { continue }
            }
            if character == " " { lastSpace = line.count }
            line.append(character)
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// `line` with "…" at its end, within `limit` (tenths of a unit).
    static func shortened(_ line: String, limit: Int) -> String {
        var result = ""
        var used = units("…")
        for character in line {
            let advance = units(character)
            if used + advance > limit { break }
            result.append(character)
            used += advance
        }
        return result.trimming(" ") + "…"
    }

    /// A character's width in tenths of a unit at the chart's font size: full for CJK, about 0.56 em otherwise.
    static func units(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let wide = scalar.value >= 0x1100 && (scalar.value <= 0x115F || (0x2E80...0xFFDC).contains(scalar.value))
        return fontSize * (wide ? 10 : 6)
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
