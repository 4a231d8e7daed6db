/// A horizontal bar chart as numbers: what the SVG renderer draws and the table beside it states.
public struct BarChart: Sendable {
    /// One bar: its label, the value as text, and its length as an exact fraction of the axis.
    public struct Bar: Sendable {
        public var label: String
        public var valueText: String
        /// 0 … 1 of the full axis.
        public var length: Ratio
        /// Where the target sits on the axis, if the bar has one.
        public var marker: Ratio?
        public var markerText: String?
        /// The evaluated figure the bar shows (for the evidence pack).
        public var source: MetricResult? = nil
    }

    /// Used for the SVG `id` and its `<title>`/`<desc>` ids.
    public var id: String
    public var title: String
    /// A sentence that says what the chart shows (the SVG `<desc>`).
    public var summary: String
    /// Header of the value column in the text equivalent.
    public var valueHeader: String
    public var bars: [Bar]

    /// True when some bar carries a target marker.
    public var hasMarkers: Bool { bars.contains { $0.marker != nil } }
}

extension Ratio {
    /// The fraction clamped to 0 … 1.
    var clampedToUnit: Ratio {
        guard denominator > 0 else { return Ratio(0, 1) }
        if numerator <= 0 { return Ratio(0, 1) }
        if numerator >= denominator { return Ratio(1, 1) }
        return self
    }
}
