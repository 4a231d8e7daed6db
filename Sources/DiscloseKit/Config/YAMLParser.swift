/// Parses YAML text into a `YAMLNode` tree on libyaml's event API, reporting every problem with path:line:col.
public enum YAMLParser {
    /// Guards against hostile documents.
    public struct Limits: Sendable {
        /// Total nodes that aliases may copy in (a billion-laughs document fails fast).
        public var maxAliasExpansion = 10_000
        public var maxDepth = 64

        public init(maxAliasExpansion: Int = 10_000, maxDepth: Int = 64) {
            self.maxAliasExpansion = maxAliasExpansion
            self.maxDepth = maxDepth
        }
    }

    /// The root node (nil for an empty document), or an error carrying every located diagnostic.
    public static func parse(_ bytes: [UInt8], path: String, limits: Limits = Limits()) throws(DiscloseError) -> YAMLNode? {
        let utf16 = bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
        if !utf16, let problem = UTF8Position.problem(in: bytes, path: path) { throw .invalid([problem]) }
        if !utf16 {
            let controls = ControlCharacter.diagnostics(in: String(decoding: bytes, as: UTF8.self), path: path)
            if !controls.isEmpty { throw .invalid(controls) }
        }
        var builder = TreeBuilder(stream: try YAMLEventStream(bytes, path: path), limits: limits)
        return try builder.document()
    }
}

/// Builds nodes from events, collecting duplicate-key problems and enforcing the limits.
private struct TreeBuilder {
    let stream: YAMLEventStream
    let limits: YAMLParser.Limits
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var expanded = 0
    var diagnostics: [Diagnostic] = []

    init(stream: YAMLEventStream, limits: YAMLParser.Limits) {
        self.stream = stream
        self.limits = limits
    }

    func location(_ event: YAMLEvent) -> SourceLocation {
        SourceLocation(path: stream.path, line: event.line, column: event.column)
    }

    mutating func document() throws(DiscloseError) -> YAMLNode? {
        var root: YAMLNode?
        var documents = 0
        do throws(DiscloseError) {
            loop: while true {
                let event = try stream.next()
                switch event.kind {
                case .streamStart, .documentEnd: continue
                case .streamEnd: break loop
                case .documentStart:
                    documents += 1
                    if documents > 1 {
                        diagnostics.append(.error(at: location(event), "only one YAML document is allowed; found a second one here", rule: .yamlSyntax))
                        break loop
                    }
                default:
                    root = try node(from: event, depth: 1).node
                }
            }
        } catch {
            diagnostics.append(contentsOf: error.diagnostics)
            if error.diagnostics.isEmpty { throw error }
        }
        if !diagnostics.isEmpty { throw .invalid(diagnostics) }
        if let root, root.isNull { return nil }
        return root
    }

    /// The node starting at `event` and how many nodes it holds (aliases counted in full).
    mutating func node(from event: YAMLEvent, depth: Int) throws(DiscloseError) -> (node: YAMLNode, size: Int) {
        if depth > limits.maxDepth {
            throw .invalid(at: location(event), "nesting deeper than \(limits.maxDepth) levels")
        }
        switch event.kind {
        case .scalar(let value, let plain, let anchor):
            if let first = ControlCharacter.occurrences(in: value, limit: 1).first {
                let at = location(event)
                let column = first.line == 0 ? at.column + first.column - (plain ? 1 : 0) : first.column
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: at.path, line: at.line + first.line, column: column),
                        ControlCharacter.message(first.scalar, in: "in a YAML value"), rule: .yamlSyntax))
            }
            return remember(YAMLNode(kind: .scalar(value, plain: plain), location: location(event)), size: 1, as: anchor)
        case .alias(let name):
            guard let target = anchors[name] else {
                throw .invalid(at: location(event), "unknown alias '*\(name)'" + YAMLSyntaxHint.hint(in: stream.bytes, line: event.line))
            }
            expanded += target.size
            if expanded > limits.maxAliasExpansion {
                throw .invalid(at: location(event), "alias expansion exceeds \(limits.maxAliasExpansion) nodes")
            }
            return target
        case .sequenceStart(let anchor):
            var items: [YAMLNode] = []
            var size = 1
            while true {
                let next = try stream.next()
                if case .sequenceEnd = next.kind { break }
                let item = try node(from: next, depth: depth + 1)
                items.append(item.node)
                size += item.size
            }
            return remember(YAMLNode(kind: .sequence(items), location: location(event)), size: size, as: anchor)
        case .mappingStart(let anchor):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var firstLine: [String: Int] = [:]
            var size = 1
            while true {
                let next = try stream.next()
                if case .mappingEnd = next.kind { break }
                let (key, keySize) = try node(from: next, depth: depth + 1)
                let (value, valueSize) = try node(from: try stream.next(), depth: depth + 1)
                size += keySize + valueSize
                guard let name = key.scalar else {
                    diagnostics.append(.error(at: key.location, "a key must be plain text, found \(key.kindName)", rule: .yamlSyntax))
                    continue
                }
                if let first = firstLine[name] {
                    diagnostics.append(.error(at: key.location, "duplicate key '\(name)' (first defined at line \(first))", rule: .yamlSyntax))
                    continue
                }
                firstLine[name] = key.location.line
                pairs.append((key, value))
            }
            return remember(YAMLNode(kind: .mapping(pairs), location: location(event)), size: size, as: anchor)
        default:
            throw .invalid(at: location(event), "unexpected YAML event")
        }
    }

    mutating func remember(_ node: YAMLNode, size: Int, as anchor: String?) -> (node: YAMLNode, size: Int) {
        if let anchor { anchors[anchor] = (node, size) }
        return (node, size)
    }
}
