import Foundation

/// The values a previously published `data.json` stated, by goal id and figure name, each as the decimal text it
/// was written in (never read through a binary double, so a restatement compares exactly what was published).
struct PublishedValues {
    enum Kind { case goal, figure }

    /// What a data.json stated for one goal or figure: its value, or for an incomplete figure its partial value
    /// with the coverage it was published with.
    struct Stated {
        var value: JSONValue
        /// Companies reported and in scope, when the published figure was incomplete (nil when complete).
        var coverage: (reported: Int, inScope: Int)?

        /// What a result computed now states, in the same form.
        init(_ result: MetricResult) {
            value = JSONValue(metricValue: result.shownValue)
            coverage = result.coverage.isComplete ? nil : (result.coverage.reported, result.coverage.inScope)
        }

        static func integer(_ value: JSONValue) -> Int? {
            if case .number(let text) = value { return Int(text) }
            return nil
        }

        /// True when both state the same value (exact decimals) over the same coverage.
        func same(as other: Stated) -> Bool {
            DecimalText.same(value, other.value) && coverage?.reported == other.coverage?.reported
                && coverage?.inScope == other.coverage?.inScope
        }
    }

    private var goals: [String: JSONValue] = [:]
    private var figures: [String: JSONValue] = [:]
    private var statedGoals: [String: Stated] = [:]
    private var statedFigures: [String: Stated] = [:]
    /// True when a data.json was found and read.
    private(set) var found = false

    init(folder: String) {
        let path = (folder as NSString).appendingPathComponent("data.json")
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let bytes = try? InputFile.read(path, within: nil, kind: "published data.json"),
            let root = JSONValue.parse(bytes)
        else { return }
        found = true
        for goal in root["goals"]?.items ?? [] {
            if let id = goal["id"]?.stringValue {
                goals[id] = goal["value"] ?? .null
                statedGoals[id] = Stated(goal)
            }
        }
        for metric in root["metrics"]?.items ?? [] {
            if let name = metric["name"]?.stringValue {
                figures[name] = metric["value"] ?? .null
                statedFigures[name] = Stated(metric)
            }
        }
    }

    func value(of name: String, kind: Kind) -> JSONValue? {
        kind == .goal ? goals[name] : figures[name]
    }

    /// The value, or partial value with its coverage, published for a goal or figure; nil when none was.
    func stated(of name: String, kind: Kind) -> Stated? {
        let stated = kind == .goal ? statedGoals[name] : statedFigures[name]
        return stated?.value == .null ? nil : stated
    }
}

/// A decimal number as written (`94.30`, `9.43e1`, `-0`), compared by its exact value.
struct DecimalText: Equatable {
    /// The digits without leading or trailing zeros, the power of ten of the last one, and the sign.
    let digits: String
    let exponent: Int
    let isNegative: Bool

    /// Nil for text that is not a JSON number.
    init?(_ text: String) {
        var rest = Substring(text)
        let negative = rest.first == "-"
        if negative { rest = rest.dropFirst() }
        var exponent = 0
        if let marker = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let power = Int(rest[rest.index(after: marker)...].replacingOccurrences(of: "+", with: "")) else { return nil }
            exponent = power
            rest = rest[..<marker]
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        var all = String(parts[0]) + fraction
        exponent -= fraction.count
        while all.last == "0" {
            all.removeLast()
            exponent += 1
        }
        all = String(all.drop { $0 == "0" })
        digits = all
        self.exponent = all.isEmpty ? 0 : exponent
        isNegative = negative && !all.isEmpty
    }

    /// True when two JSON values state the same thing: equal decimals for numbers, equal text otherwise.
    static func same(_ first: JSONValue, _ second: JSONValue) -> Bool {
        if case .number(let a) = first, case .number(let b) = second, let x = DecimalText(a), let y = DecimalText(b) { return x == y }
        return first == second
    }
}

extension DecimalText {
    /// A published percentage as an exact ratio of its percent (`94.35` → 9435 / 10000), so it rounds like every
    /// other percentage on the page; nil when it has too many digits to hold exactly.
    var percentRatio: Ratio? {
        guard digits.count + abs(exponent) <= 17, let value = Int(digits.isEmpty ? "0" : digits) else { return nil }
        var scale = 1
        for _ in 0..<abs(exponent) { scale *= 10 }
        let signed = isNegative ? -value : value
        return exponent >= 0 ? Ratio(signed * scale, 100) : Ratio(signed, 100 * scale)
    }
}
