/// A fiscal year labelled by the calendar year it starts in (SPEC §1).
public struct FiscalYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var label: Int
    public var startMonth: Int

    /// The years pipeline.yaml and `--fy` accept (dates stay four-digit years).
    public static let supported = 1900...9998

    /// The usage error for a year outside `supported`, naming where it was given (`--fy`, `new-year`).
    public static func outOfRange(_ year: Int, _ given: String) -> String {
        "\(given) \(year) is out of range: fiscal years run from \(supported.lowerBound) to \(supported.upperBound)"
    }

    public init(_ label: Int, startMonth: Int = 4) {
        self.label = label
        self.startMonth = startMonth
    }

    /// The first day of the fiscal year.
    public var start: Day {
        Day(year: label, month: startMonth, day: 1) ?? Day(ordinal: 0)
    }

    /// The last day of the fiscal year ("at FY end").
    public var end: Day {
        FiscalYear(label + 1, startMonth: startMonth).start.adding(days: -1)
    }

    /// True when `day` lies within the fiscal year, both ends inclusive.
    public func contains(_ day: Day) -> Bool {
        start <= day && day <= end
    }

    /// The fiscal year before this one.
    public var previous: FiscalYear { FiscalYear(label - 1, startMonth: startMonth) }

    /// `FY2025`
    public var description: String { "FY\(label)" }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.label < rhs.label }
}
