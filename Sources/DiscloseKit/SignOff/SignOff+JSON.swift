extension SignOff {
    /// data.json with `draft` (true while any part of any edition is not approved as it stands, whatever its state)
    /// and `unapproved` (edition, part, name and state of each pending part).
    public func dataJSON(_ report: JSONValue) -> JSONValue {
        guard case .object(var members) = report else { return report }
        members["draft"] = .bool(isDraft)
        members["unapproved"] = .array(
            pending.map { line in
                .object([
                    "edition": .string(line.part.edition), "part": .string(line.part.key),
                    "name": .string(line.part.name), "state": .string(line.state.rawValue),
                ])
            })
        return .object(members)
    }
}
