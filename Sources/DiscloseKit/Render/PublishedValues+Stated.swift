/// Reading what a data.json stated: the JSON keys of `JSONReport` (`value`, `partial_value`, `coverage`) live with
/// the renderer that writes them.
extension PublishedValues.Stated {
    /// Read from a goal's or metric's object of data.json: `value`, else `partial_value` with `coverage`.
    init(_ object: JSONValue) {
        value = object["value"] ?? .null
        coverage = nil
        guard value == .null, let partial = object["partial_value"], partial != .null,
            let reported = object["coverage"]?["reported"].flatMap(Self.integer),
            let inScope = object["coverage"]?["in_scope"].flatMap(Self.integer)
        else { return }
        value = partial
        coverage = (reported, inScope)
    }
}
