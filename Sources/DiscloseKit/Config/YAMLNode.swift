/// A YAML node with the 1-based location where it starts.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Kind: Sendable {
        /// A scalar; `plain` is true for unquoted plain style, so `yes` and `"yes"` can be told apart.
        case scalar(String, plain: Bool)
        /// Key–value pairs in document order.
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The scalar text, or nil for a mapping or list.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// True for a plain empty scalar, `~` or `null`.
    public var isNull: Bool {
        if case .scalar(let text, let plain) = kind, plain { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// "a mapping", "a list" or "text", for messages.
    public var kindName: String {
        switch kind {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
