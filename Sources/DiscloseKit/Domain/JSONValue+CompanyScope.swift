extension JSONValue {
    /// A scope written out: no scope is `{"relationship": ["parent"]}`.
    init(scope: CompanyScope) {
        var members: [String: JSONValue] = [:]
        if let region = scope.region { members["region"] = .array(region.map(\.rawValue).sorted().map(JSONValue.string)) }
        if let relationship = scope.relationship {
            members["relationship"] = .array(relationship.map(\.rawValue).sorted().map(JSONValue.string))
        }
        if let major = scope.major { members["major"] = .bool(major) }
        if let company = scope.company { members["company"] = .array(company.map(JSONValue.string)) }
        self = .object(members)
    }
}
