/// What marks a draft page: the parts not approved as they stand, by edition, named as the page names them.
///
/// The banner (class `draft-banner`) and `<meta name="robots" content="noindex">` are values of the template
/// context (`{{{draft_banner}}}`, `{{{robots_meta}}}`), rendered by the templates like any other value; a template
/// that leaves one out is a located error, so no draft can pass for a final page.
public struct DraftMarks: Sendable {
    /// Edition → the names of its pending parts, in page order.
    public var names: [String: [String]]

    public init(names: [String: [String]]) {
        self.names = names
    }

    /// The inline marks that show a rendering did write the placeholders.
    static let bannerMark = "@banner"
    static let robotsMark = "@robots"

    /// The `<meta>` that keeps a draft out of search engines.
    static let robotsMeta = "<meta name=\"robots\" content=\"noindex\">"

    /// `robotsMeta` as `format` writes an empty element (XHTML closes it).
    static func robotsMeta(_ format: PageFormat) -> String {
        format == .xhtml ? "<meta name=\"robots\" content=\"noindex\"/>" : robotsMeta
    }

    /// The banner naming the pending parts in the edition's words, for one format; empty when none is pending.
    static func banner(_ pending: [String], format: PageFormat, edition: Edition) -> String {
        guard !pending.isEmpty else { return "" }
        let lead = edition[.draftLead]
        let list = edition.list(pending)
        switch format {
        case .markdown:
            return "> **\(MarkdownEscaping.escape(lead))** \(MarkdownEscaping.escape(list))"
        case .html:
            return "<p class=\"draft-banner\" role=\"status\"><strong>\(SVGChart.escape(lead))</strong> \(SVGChart.escape(list))</p>"
        case .xhtml:
            return "<p class=\"draft-banner\"><strong>\(SVGChart.escape(lead))</strong> \(SVGChart.escape(list))</p>"
        }
    }
}
