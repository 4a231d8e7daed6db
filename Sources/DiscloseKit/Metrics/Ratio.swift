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

    /// The percentage rounded half-up to `places` decimals, as text ("94.3"); nil over zero.
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
    static func decimalText(_ n: Int128, _ d: Int128, places: Int, trimZeros: Bool) -> String {
        var scale: UInt128 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = (n < 0) != (d < 0) && n != 0
        let (a, b) = (n.magnitude, d.magnitude)
        let scaled = (a * scale * 2 + b) / (b * 2)
        let whole = scaled / scale
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = negative && scaled != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
