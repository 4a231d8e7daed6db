/// Draws an `EditionChart` as inline SVG: integer coordinates only, so the bytes are the same on every machine.
enum SVGChart {
    static let width = 640
    static let barArea = 440
    static let rowHeight = 46

    /// The `<svg>` element, with `<title>` and `<desc>` for assistive technology.
    static func svg(_ chart: EditionChart) -> String {
        let height = chart.bars.count * rowHeight + 24
        let id = escape(chart.id)
        var lines = [
            "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-title \(id)-desc\">",
            "<title id=\"\(id)-title\">\(escape(chart.title))</title>",
            "<desc id=\"\(id)-desc\">\(escape(chart.summary))</desc>",
        ]
        for (index, bar) in chart.bars.enumerated() {
            let top = index * rowHeight + 8
            let length = scaled(bar.length)
            lines.append("<text x=\"0\" y=\"\(top + 12)\" class=\"chart-label\">\(escape(bar.label))</text>")
            lines.append("<rect x=\"0\" y=\"\(top + 18)\" width=\"\(barArea)\" height=\"16\" class=\"chart-track\"/>")
            if length > 0 {
                lines.append("<rect x=\"0\" y=\"\(top + 18)\" width=\"\(length)\" height=\"16\" class=\"chart-bar\"/>")
            }
            lines.append("<text x=\"\(barArea + 8)\" y=\"\(top + 31)\" class=\"chart-value\">\(escape(bar.valueText))</text>")
            if let marker = bar.marker {
                let x = scaled(marker)
                lines.append("<line x1=\"\(x)\" y1=\"\(top + 14)\" x2=\"\(x)\" y2=\"\(top + 38)\" class=\"chart-target\"/>")
            }
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// A fraction of the bar area, rounded half-up to a whole pixel.
    static func scaled(_ fraction: Ratio) -> Int {
        guard fraction.denominator > 0 else { return 0 }
        let scaled = (Int128(fraction.numerator) * Int128(barArea) * 2 + Int128(fraction.denominator)) / (Int128(fraction.denominator) * 2)
        return Int(clamping: scaled)
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
