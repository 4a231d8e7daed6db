extension SVGChart {
    /// A chart as an `img` source for the XHTML page: `data:image/svg+xml;charset=utf-8,` and the SVG with only `%`,
    /// `#` and line ends percent-encoded, escaped for an XML attribute. Its words stay legible in the file (the privacy
    /// guard reads them, as it reads the HTML page's inline SVG); no base64 hides them.
    static func dataURI(_ svg: String) -> String {
        var encoded = "data:image/svg+xml;charset=utf-8,"
        encoded.reserveCapacity(svg.utf8.count + 64)
        for scalar in svg.unicodeScalars {
            switch scalar {
            case "%": encoded += "%25"
            case "#": encoded += "%23"
            case "\n": encoded += "%0A"
            case "\r": encoded += "%0D"
            case "\t": encoded += "%09"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return escape(encoded)
    }
}

extension SVGChart {
    /// The styles a chart drawn as an image carries itself (an `img` sees none of the page's style sheet).
    static let imageStyle = ".chart-label,.chart-value,.chart-note{font-family:sans-serif;font-size:15px;fill:#1a1a1a}"
        + ".chart-note{fill:#333}.chart-track{fill:#e8eef5}.chart-bar{fill:#1f4e79}.chart-bar-met{fill:#2e7d32}"
        + ".chart-bar-not-met{fill:#b3261e}.chart-bar-insufficient-data{fill:#9a5b00}.chart-target{stroke:#1a1a1a;stroke-width:3}"
        + ".chart-axis{stroke:#666;stroke-width:1}"

    /// A chart's `<svg>` as a standalone image document: the SVG namespace and its own styles added after `<svg`, its
    /// `role` and `aria-labelledby` dropped (the `img` element's `alt` names it; inside an image they mean nothing).
    static func image(_ svg: String) -> String {
        guard svg.hasPrefix("<svg "), let end = svg.firstIndex(of: ">") else { return svg }
        let after = svg.index(after: end)
        let attributes = svg[svg.index(svg.startIndex, offsetBy: 5)..<end].split(separator: " ").filter {
            !$0.hasPrefix("role=") && !$0.hasPrefix("aria-labelledby=") && !$0.hasSuffix("-desc\"")
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes.joined(separator: " ") + ">"
            + "<style>" + imageStyle + "</style>" + svg[after...]
    }
}
