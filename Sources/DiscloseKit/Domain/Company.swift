/// A group company from the registry `data/companies.csv`.
public struct Company: Sendable, Hashable {
    public var code: String
    public var name: String
    public var country: String
    public var relationship: CompanyScope.Relationship
    public var parentCode: String?
    public var major: Bool
    public var consolidatedFrom: Day
    public var consolidatedUntil: Day?

    public init(
        code: String, name: String, country: String, relationship: CompanyScope.Relationship,
        parentCode: String?, major: Bool, consolidatedFrom: Day, consolidatedUntil: Day?
    ) {
        self.code = code
        self.name = name
        self.country = country
        self.relationship = relationship
        self.parentCode = parentCode
        self.major = major
        self.consolidatedFrom = consolidatedFrom
        self.consolidatedUntil = consolidatedUntil
    }

    /// Consolidated on `day`: `consolidated_from ≤ day` and (`consolidated_until` empty or ≥ day).
    public func isConsolidated(on day: Day) -> Bool {
        consolidatedFrom <= day && (consolidatedUntil.map { $0 >= day } ?? true)
    }
}
