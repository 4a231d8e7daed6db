/// Walks the YAML tree of `pipeline.yaml`, collecting every located problem instead of stopping at the first.
struct ConfigDecoder {
    var diagnostics: [Diagnostic] = []
    /// The languages of the disclosure, read first: every human text must be written in each.
    var languages = ["en"]
    /// Ids of `medium_term.goals` as read, even when the plan's period was rejected (so `under:` still resolves).
    var mediumTermGoalIDs: [String] = []
    /// True when `medium_term` itself was rejected: an `under:` naming no goal then follows from that error.
    var mediumTermRejected = false

    mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(at: location, message))
    }

    /// An error that only follows from an earlier one: counted, not printed.
    mutating func followOn(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.followOn(at: location, message))
    }

    /// The entries of a mapping by key; reports a non-mapping, unknown keys (with a suggestion) and missing required keys.
    mutating func fields(
        of node: YAMLNode, in context: String, allowed: [String], required: [String] = []
    ) -> [String: YAMLNode]? {
        guard case .mapping(let entries) = node.kind else {
            error(node.location, "'\(context)' must be a mapping, found \(node.kindName)")
            return nil
        }
        var result: [String: YAMLNode] = [:]
        for (key, value) in entries {
            let name = key.scalar ?? ""
            if allowed.contains(name) {
                result[name] = value
            } else {
                error(key.location, "unknown key '\(name)' in '\(context)'" + Suggestion.hint(for: name, in: allowed))
            }
        }
        for name in required where result[name] == nil {
            error(node.location, "missing required key '\(name)' in '\(context)'")
        }
        return result
    }

    /// The entries of a mapping whose keys are free names (figures, courses…), in document order.
    mutating func namedEntries(of node: YAMLNode, in context: String) -> [(name: String, location: SourceLocation, value: YAMLNode)] {
        guard case .mapping(let entries) = node.kind else {
            error(node.location, "'\(context)' must be a mapping, found \(node.kindName)")
            return []
        }
        return entries.map { ($0.key.scalar ?? "", $0.key.location, $0.value) }
    }

    /// The items of a list.
    mutating func items(of node: YAMLNode, in context: String) -> [YAMLNode] {
        guard case .sequence(let items) = node.kind else {
            error(node.location, "'\(context)' must be a list, found \(node.kindName)")
            return []
        }
        return items
    }

    mutating func string(_ node: YAMLNode?, _ key: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let text, _) = node.kind else {
            error(node.location, "'\(key)' must be text, found \(node.kindName)")
            return nil
        }
        return text
    }

    mutating func nonEmptyString(_ node: YAMLNode?, _ key: String) -> String? {
        guard let text = string(node, key), let node else { return nil }
        if text.isEmpty {
            error(node.location, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    mutating func integer(_ node: YAMLNode?, _ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let text, let plain) = node.kind, plain, let value = Int(text) else {
            error(node.location, "'\(key)' must be a whole number, found \(node.describedValue)")
            return nil
        }
        if let range, !range.contains(value) {
            error(node.location, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    mutating func boolean(_ node: YAMLNode?, _ key: String) -> Bool? {
        guard let node else { return nil }
        if case .scalar(let text, let plain) = node.kind, plain {
            switch text {
            case "yes", "true": return true
            case "no", "false": return false
            default: break
            }
        }
        error(node.location, "'\(key)' must be yes/no or true/false, found \(node.describedValue)")
        return nil
    }

    /// One text value or a list of them.
    mutating func stringList(_ node: YAMLNode?, _ key: String) -> [(String, SourceLocation)]? {
        guard let node else { return nil }
        switch node.kind {
        case .scalar(let text, _):
            return [(text, node.location)]
        case .sequence(let items):
            var result: [(String, SourceLocation)] = []
            for item in items {
                if let text = string(item, key) { result.append((text, item.location)) }
            }
            if result.isEmpty, items.isEmpty { error(node.location, "'\(key)' must not be an empty list") }
            return result
        case .mapping:
            error(node.location, "'\(key)' must be a value or a list of values, found a mapping")
            return nil
        }
    }

    /// A list of values that must each be one of `allowed`.
    mutating func enumList(_ node: YAMLNode?, _ key: String, allowed: [String]) -> [String]? {
        guard let values = stringList(node, key) else { return nil }
        var result: [String] = []
        for (value, location) in values {
            if allowed.isEmpty || allowed.contains(value) {
                if !result.contains(value) { result.append(value) }
            } else {
                error(
                    location,
                    "'\(value)' is not a valid \(key) (expected one of: \(allowed.joined(separator: ", ")))"
                        + Suggestion.hint(for: value, in: allowed))
            }
        }
        return result.sorted()
    }

    /// A path inside the project folder: relative, with no `..` that climbs out of it.
    mutating func projectPath(_ node: YAMLNode?, _ key: String) -> String? {
        guard let text = nonEmptyString(node, key), let node else { return nil }
        if text.hasPrefix("/") {
            error(node.location, "'\(key)' must be a path relative to pipeline.yaml, found absolute path '\(text)'")
            return nil
        }
        var depth = 0
        for component in text.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 {
                error(node.location, "'\(key)' must stay inside the project folder, found '\(text)'")
                return nil
            }
        }
        return text
    }
}

extension YAMLNode {
    /// The node for messages: a quoted scalar or its kind.
    var describedValue: String {
        if case .scalar(let text, _) = kind { return "'\(text)'" }
        return kindName
    }
}
