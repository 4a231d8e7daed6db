import Foundation

/// The values a previously published `data.json` stated, by goal id and figure name.
struct PublishedValues {
    enum Kind { case goal, figure }

    /// What a data.json stated for one goal or figure: its value, or for an incomplete figure its partial value
    /// with the coverage it was published with.
    struct Stated: Equatable {
        var value: JSONValue
        /// Companies reported and in scope, when the published figure was incomplete (nil when complete).
        var coverage: (reported: Int, inScope: Int)?

        static func == (lhs: Stated, rhs: Stated) -> Bool {
            lhs.value == rhs.value && lhs.coverage?.reported == rhs.coverage?.reported && lhs.coverage?.inScope == rhs.coverage?.inScope
        }

        /// What a result computed now states, in the same form.
        init(_ result: MetricResult) {
            value = JSONReport.value(result.shownValue)
            coverage = result.coverage.isComplete ? nil : (result.coverage.reported, result.coverage.inScope)
        }

        init(value: JSONValue, coverage: (reported: Int, inScope: Int)?) {
            self.value = value
            self.coverage = coverage
        }

        /// Read from a goal's or metric's object of data.json: `value`, else `partial_value` with `coverage`.
        init?(_ object: [String: Any]) {
            let value = PublishedValues.json(object["value"])
            if value != .null {
                self.init(value: value, coverage: nil)
                return
            }
            let partial = PublishedValues.json(object["partial_value"])
            guard partial != .null, let coverage = object["coverage"] as? [String: Any],
                let reported = coverage["reported"] as? Int, let inScope = coverage["in_scope"] as? Int
            else {
                self.init(value: .null, coverage: nil)
                return
            }
            self.init(value: partial, coverage: (reported, inScope))
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
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return }
        found = true
        for goal in object["goals"] as? [[String: Any]] ?? [] {
            if let id = goal["id"] as? String {
                goals[id] = PublishedValues.json(goal["value"])
                statedGoals[id] = Stated(goal)
            }
        }
        for metric in object["metrics"] as? [[String: Any]] ?? [] {
            if let name = metric["name"] as? String {
                figures[name] = PublishedValues.json(metric["value"])
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

    /// A parsed JSON scalar in the same form `JSONReport.value` writes.
    static func json(_ value: Any?) -> JSONValue {
        switch value {
        case let number as NSNumber:
            let decimal = number.decimalValue
            var text = "\(decimal)"
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return .number(text)
        case let text as String: return .string(text)
        default: return .null
        }
    }
}

extension JSONValue {
    /// A scalar as plain text ("94.25", "2005-10-01", "null").
    var plainText: String {
        switch self {
        case .number(let text), .string(let text): return text
        case .bool(let value): return String(value)
        default: return "null"
        }
    }
}
