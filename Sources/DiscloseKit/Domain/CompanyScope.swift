/// Which group companies a metric covers (SPEC §3): keys AND, list items OR.
public struct CompanyScope: Sendable, Hashable {
    public var region: [Region]?
    public var relationship: [Relationship]?
    public var major: Bool?
    public var company: [String]?

    public init(
        region: [Region]? = nil, relationship: [Relationship]? = nil, major: Bool? = nil,
        company: [String]? = nil
    ) {
        self.region = region
        self.relationship = relationship
        self.major = major
        self.company = company
    }

    /// No scope given: the parent company alone.
    public static let parentOnly = CompanyScope(relationship: [.parent])

    /// Domestic or overseas, relative to `home_country`.
    public enum Region: String, Sendable, Hashable, CaseIterable {
        case domestic
        case overseas
    }

    /// A company's place in the group.
    public enum Relationship: String, Sendable, Hashable, CaseIterable {
        case parent
        case subsidiary
        case subSubsidiary = "sub-subsidiary"
    }

    /// True when `company` matches every key of this scope.
    public func includes(_ company: Company, homeCountry: String) -> Bool {
        if let region {
            let own: Region = company.country == homeCountry ? .domestic : .overseas
            if !region.contains(own) { return false }
        }
        if let relationship, !relationship.contains(company.relationship) { return false }
        if let major, company.major != major { return false }
        if let codes = self.company, !codes.contains(company.code) { return false }
        return true
    }

    /// Words for the scope note, e.g. "major overseas subsidiaries".
    public var summary: String {
        var words: [String] = []
        if let major { words.append(major ? "major" : "non-major") }
        if let region { words.append(region.map(\.rawValue).joined(separator: " or ")) }
        if let relationship {
            words.append(relationship.map { $0 == .parent ? "parent company" : $0.rawValue + "s" }.joined(separator: " and "))
        } else {
            words.append("group companies")
        }
        if let company { words.append("(" + company.joined(separator: ", ") + ")") }
        return words.joined(separator: " ")
    }
}
