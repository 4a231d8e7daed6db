/// An exact fraction `numerator / denominator` behind a percentage; never a floating-point number.
public struct Ratio: Sendable, Hashable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// True when the denominator is zero, so there is no percentage.
    public var isUndefined: Bool { denominator == 0 }

    /// The most decimals a figure is written with (more would overflow the 128-bit arithmetic).
    public static let maxPlaces = 18

    /// The percentage rounded half-up to `places` decimals (0 through `maxPlaces`; others are clamped), as text
    /// ("94.3", "94"); nil over zero.
    public func percentText(places: Int = 1) -> String? {
        guard denominator != 0 else { return nil }
        return Ratio.decimalText(Int128(numerator) * 100, Int128(denominator), places: places, trimZeros: false)
    }

    /// The exact percentage as a JSON number (up to 6 decimals, trailing zeros trimmed); nil over zero.
    public var percentJSON: String? {
        guard denominator != 0 else { return nil }
        return Ratio.decimalText(Int128(numerator) * 100, Int128(denominator), places: 6, trimZeros: true)
    }

    /// `n / d` rounded half-up (away from zero) to `places` decimals, computed on 128-bit integers
    /// (metric figures stay below 10^15, so no product of two of them overflows).
    static func decimalText(_ n: Int128, _ d: Int128, places requested: Int, trimZeros: Bool) -> String {
        guard d != 0 else { return "" }
        var places = min(max(requested, 0), maxPlaces)
        let negative = (n < 0) != (d < 0) && n != 0
        let (a, b) = (n.magnitude, d.magnitude)
        // Fewer decimals rather than a trap when the scaled figure would not fit in 128 bits.
        var scale: UInt128 = 1
        var scaled: UInt128 = a / b
        while true {
            scale = 1
            for _ in 0..<places { scale *= 10 }
            let (product, o1) = a.multipliedReportingOverflow(by: scale)
            let (doubled, o2) = product.multipliedReportingOverflow(by: 2)
            let (sum, o3) = doubled.addingReportingOverflow(b)
            let (twice, o4) = b.multipliedReportingOverflow(by: 2)
            if !(o1 || o2 || o3 || o4) {
                scaled = sum / twice
                break
            }
            guard places > 0 else { break }
            places -= 1
        }
        let whole = scaled / scale
        var fraction = places == 0 ? "" : String(scaled % scale)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = negative && scaled != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
