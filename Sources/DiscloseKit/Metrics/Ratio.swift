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
        return Ratio.decimalText(numerator, denominator, places: places, trimZeros: false, times: 100)
    }

    /// The exact percentage as a JSON number (up to 6 decimals, trailing zeros trimmed); nil over zero.
    public var percentJSON: String? {
        guard denominator != 0 else { return nil }
        return Ratio.decimalText(numerator, denominator, places: 6, trimZeros: true, times: 100)
    }

    /// `n × times / d` rounded half-up (away from zero) to `places` decimals, computed exactly on 128-bit
    /// intermediates, so no input can overflow.
    static func decimalText(_ n: Int, _ d: Int, places: Int, trimZeros: Bool, times: Int = 1) -> String {
        let divisor = d.magnitude
        guard divisor != 0 else { return "—" }
        let signs = [n < 0, d < 0, times < 0].filter { $0 }.count
        let negative = signs % 2 == 1 && n != 0 && times != 0
        let product = n.magnitude.multipliedFullWidth(by: times.magnitude)
        let (high, highRemainder) = product.high.quotientAndRemainder(dividingBy: divisor)
        let (low, lowRemainder) = divisor.dividingFullWidth((highRemainder, product.low))
        var whole = (high: high, low: low)
        var remainder = lowRemainder
        var digits: [UInt] = []
        for _ in 0..<max(0, places) {
            let (digit, rest) = divisor.dividingFullWidth(remainder.multipliedFullWidth(by: 10))
            digits.append(digit)
            remainder = rest
        }
        if remainder >= divisor - remainder {  // half-up
            var index = digits.count - 1
            while index >= 0, digits[index] == 9 {
                digits[index] = 0
                index -= 1
            }
            if index >= 0 {
                digits[index] += 1
            } else if whole.low == UInt.max {
                whole = (whole.high + 1, 0)
            } else {
                whole.low += 1
            }
        }
        var fraction = digits.map(String.init).joined()
        if trimZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let rounded = whole.high == 0 && whole.low == 0 && digits.allSatisfy { $0 == 0 }
        let sign = negative && !rounded ? "-" : ""
        let integer = wholeText(whole.high, whole.low)
        return fraction.isEmpty ? "\(sign)\(integer)" : "\(sign)\(integer).\(fraction)"
    }

    /// Decimal digits of the 128-bit number `high × 2^64 + low`.
    static func wholeText(_ high: UInt, _ low: UInt) -> String {
        guard high != 0 else { return String(low) }
        let chunk: UInt = 10_000_000_000_000_000_000  // 10^19
        let (upper, upperRest) = high.quotientAndRemainder(dividingBy: chunk)
        let (lower, rest) = chunk.dividingFullWidth((upperRest, low))
        let tail = String(rest)
        return wholeText(upper, lower) + String(repeating: "0", count: 19 - tail.count) + tail
    }
}
