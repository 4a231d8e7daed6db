import Foundation

/// The values a previously published `data.json` stated, by goal id and figure name.
struct PublishedValues {
    enum Kind { case goal, figure }

    private var goals: [String: JSONValue] = [:]
    private var figures: [String: JSONValue] = [:]
    /// True when a data.json was found and read.
    private(set) var found = false

    init(folder: String) {
        let path = (folder as NSString).appendingPathComponent("data.json")
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return }
        found = true
        for goal in object["goals"] as? [[String: Any]] ?? [] {
            if let id = goal["id"] as? String { goals[id] = PublishedValues.json(goal["value"]) }
        }
        for metric in object["metrics"] as? [[String: Any]] ?? [] {
            if let name = metric["name"] as? String { figures[name] = PublishedValues.json(metric["value"]) }
        }
    }

    func value(of name: String, kind: Kind) -> JSONValue? {
        kind == .goal ? goals[name] : figures[name]
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
