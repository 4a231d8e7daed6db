/// A goal's target such as `>= 95%`, `= 0` or `100%` (SPEC §4).
public struct Target: Sendable, Hashable, CustomStringConvertible {
    /// How a result is compared with the threshold.
    public enum Comparison: String, Sendable, Hashable {
        case equal = "="
        case atLeast = ">="
        case atMost = "<="
        case greater = ">"
        case less = "<"
    }

    public var comparison: Comparison
    /// The threshold as an exact decimal: `mantissa / 10^scale`.
    public var mantissa: Int
    public var scale: Int
    /// A `%` target compares the percentage; otherwise the value.
    public var isPercent: Bool
    /// The target as written.
    public var text: String

    /// Parses the target grammar; nil when the text is not a target.
    public init?(_ text: String) {
        var rest = Substring(text.trimming(" "))
        var comparison = Comparison.atLeast
        for candidate in [Comparison.atLeast, .atMost, .equal, .greater, .less]
        where rest.hasPrefix(candidate.rawValue) {
            comparison = candidate
            rest = rest.dropFirst(candidate.rawValue.count)
            break
        }
        rest = Substring(rest.trimming(" "))
        var isPercent = false
        if rest.hasSuffix("%") {
            isPercent = true
            rest = Substring(rest.dropLast().trimming(" "))
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts.map(\.count).reduce(0, +) <= 15, let mantissa = Int(parts.joined())
        else { return nil }
        self.comparison = comparison
        self.mantissa = mantissa
        self.scale = parts.count == 2 ? parts[1].count : 0
        self.isPercent = isPercent
        self.text = text
    }

    public var description: String { text }

    /// Compares the exact fraction `n / d` with the threshold by cross-multiplying.
    public func isMet(numerator n: Int, denominator d: Int) -> Bool {
        guard d > 0 else { return false }
        var power: Int128 = 1
        for _ in 0..<scale { power *= 10 }
        let left = Int128(n) * power
        let right = Int128(mantissa) * Int128(d)
        switch comparison {
        case .equal: return left == right
        case .atLeast: return left >= right
        case .atMost: return left <= right
        case .greater: return left > right
        case .less: return left < right
        }
    }

    /// Judges a percentage given as its ratio (`n / d ≥ t%`: the 100 moves to the threshold's scale, so nothing overflows).
    public func isMet(_ ratio: Ratio) -> Bool {
        var percent = self
        percent.scale += 2
        return percent.isMet(numerator: ratio.numerator, denominator: ratio.denominator)
    }

    /// Judges a plain count.
    public func isMet(value: Int) -> Bool {
        isMet(numerator: value, denominator: 1)
    }
}

extension StringProtocol {
    func trimming(_ character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice.removeFirst() }
        while slice.last == character { slice.removeLast() }
        return String(slice)
    }
}
