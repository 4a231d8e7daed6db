import Foundation

/// A fictional group of any size, written as a complete disclose project (`disclose generate`).
///
/// Deterministic for a seed: the same parameters give byte-identical files on every machine.
public struct SyntheticGroup: Sendable {
    public var companies: Int
    public var people: Int
    public var years: Int
    public var seed: UInt64
    /// Percent of the subsidiaries that are tiny (one to three people, so mostly files of a few rows);
    /// the other companies share the remaining people. 0 (the default) leaves every company its weighted share.
    public var smallCompanies: Int
    /// The last fiscal year written; the project discloses it.
    public var lastYear = 2025

    /// The sizes `generate` accepts: beyond them the files would not fit on a disk, and the numbers not in memory.
    public static let limits = (companies: 1...100_000, people: 1...50_000_000, years: 1...50)

    /// Why the sizes cannot be generated, naming the option; nil when they can.
    public static func problem(companies: Int, people: Int, years: Int) -> String? {
        for (flag, value, range) in [
            ("--companies", companies, limits.companies), ("--people", people, limits.people), ("--years", years, limits.years),
        ] where !range.contains(value) {
            return "\(flag) \(value) is out of range: use a whole number from \(range.lowerBound) to \(range.upperBound)"
        }
        return nil
    }

    public init(companies: Int, people: Int, years: Int, seed: UInt64, smallCompanies: Int = 0) {
        self.companies = max(1, companies)
        self.people = max(1, people)
        self.years = max(1, years)
        self.seed = seed
        self.smallCompanies = min(100, max(0, smallCompanies))
    }

    /// One generated company with what the datasets need to know about it.
    struct Member {
        var code: String
        var name: String
        var country: String
        var relationship: String
        var parent: String
        var major: Bool
        var from: Day
        var until: Day?
        var people: Int
        var firstPerson: Int
    }

    /// The fiscal years written, oldest first.
    var fiscalYears: [FiscalYear] { ((lastYear - years + 1)...lastYear).map { FiscalYear($0) } }

    /// Writes the project into `folder`, which must be new or empty.
    public func write(to folder: String, progress: ProgressReporter = .silent) throws(DiscloseError) {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder), !entries.isEmpty {
            throw DiscloseError(.usage("\(folder) is not empty; name a new or empty folder so nothing is overwritten"))
        }
        let members = self.members()
        try writeText(pipelineYAML, to: folder, "pipeline.yaml")
        try writeText(SyntheticGroup.narrative, to: folder, "content/initiatives.md")
        let registry = try BufferedFile(path: try prepare(folder, "data/companies.csv"))
        let companies = DatasetCatalog.companies
        try registry.line(companies.headerLine)
        for member in members {
            try registry.line(
                companies.line([
                    "code": member.code, "name": member.name, "country": member.country, "relationship": member.relationship,
                    "parent_code": member.parent, "major": member.major ? "yes" : "no", "consolidated_from": member.from.description,
                    "consolidated_until": member.until?.description ?? "",
                ]))
        }
        try registry.finish()
        var written = 0
        for fiscalYear in fiscalYears {
            for member in members where member.isConsolidated(at: fiscalYear.end) {
                var writer = DatasetWriter(member: member, fiscalYear: fiscalYear, seed: seed)
                for spec in DatasetCatalog.perCompany {
                    let file = try BufferedFile(
                        path: try prepare(folder, "data/\(fiscalYear)/\(member.code)/\(spec.fileName)"))
                    try file.line(spec.headerLine)
                    try writer.rows(spec.dataset) { row throws(DiscloseError) in try file.line(row) }
                    try file.finish()
                }
                written += 1
                if written % 50 == 0 { progress.report("generated \(written) company folders") }
            }
        }
    }

    /// The registry: a parent, subsidiaries and sub-subsidiaries in Japan and abroad.
    func members() -> [Member] {
        var random = SplitMix64(seed: seed ^ 0xC0FF_EE00)
        let countries = ["US", "DE", "GB", "FR", "SG", "CN", "IN", "BR", "AU", "CA", "ES", "NL"]
        var weights = [Int](repeating: 0, count: companies)
        for index in 0..<companies { weights[index] = index == 0 ? companies : 1 + random.below(9) }
        // Tiny companies come from their own stream, so a group without them is the same as before they existed.
        var tiny = SplitMix64(seed: seed ^ 0x5EED_0000_7111)
        var headcount = [Int?](repeating: nil, count: companies)
        for index in 1..<max(1, companies) where smallCompanies > 0 && tiny.chance(smallCompanies) {
            headcount[index] = 1 + tiny.below(3)
        }
        let shared = max(1, people - headcount.reduce(0) { $0 + ($1 ?? 0) })
        let totalWeight = zip(weights, headcount).reduce(0) { $0 + ($1.1 == nil ? $1.0 : 0) }
        let lastShared = headcount.lastIndex { $0 == nil } ?? 0
        var members: [Member] = []
        var nextPerson = 0
        var sharedSoFar = 0
        for index in 0..<companies {
            let code = index == 0 ? "GRP" : String(format: "GRP-%04d", index)
            let share: Int
            if let fixed = headcount[index] {
                share = fixed
            } else {
                share = index == lastShared ? shared - sharedSoFar : shared * weights[index] / totalWeight
                sharedSoFar += max(1, share)
            }
            let domestic = index == 0 || random.chance(60)
            let subSubsidiary = index > 3 && random.chance(30)
            let parent = index == 0 ? "" : subSubsidiary ? members[1 + random.below(min(index - 1, 20))].code : "GRP"
            let relationship = index == 0 ? "parent" : subSubsidiary ? "sub-subsidiary" : "subsidiary"
            let from = Day(year: 1980 + random.below(40), month: 1 + random.below(12), day: 1) ?? Day(ordinal: 0)
            let until: Day? =
                index > 0 && random.chance(2) ? FiscalYear(lastYear).start.adding(days: 30 + random.below(200)) : nil
            members.append(
                Member(
                    code: code, name: SyntheticGroup.name(index, &random), country: domestic ? "JP" : countries[random.below(countries.count)],
                    relationship: relationship, parent: parent, major: index > 0 && !subSubsidiary && random.chance(25),
                    from: from, until: until, people: max(1, share), firstPerson: nextPerson))
            nextPerson += max(1, share)
        }
        return members
    }

    static func name(_ index: Int, _ random: inout SplitMix64) -> String {
        let first = ["Hikari", "Sora", "Minato", "Hoshi", "Tsuki", "Nami", "Yuki", "Kaze", "Midori", "Aoi", "Zoë", "Société"]
        let second = ["Systems", "Logistics", "Services", "Networks", "Finance", "Retail", "Labs", "Engineering", "株式会社"]
        if index == 0 { return "Hikari Holdings Co., Ltd." }
        return "\(first[random.below(first.count)]) \(second[random.below(second.count)]) \(index)"
    }

    func prepare(_ folder: String, _ relative: String) throws(DiscloseError) -> String {
        let path = (folder as NSString).appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw DiscloseError(.fileSystem("cannot create folder for \(path): \(error.localizedDescription)"))
        }
        return path
    }

    func writeText(_ text: String, to folder: String, _ relative: String) throws(DiscloseError) {
        let file = try BufferedFile(path: try prepare(folder, relative))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() { try file.line(String(line)) }
        try file.finish()
    }
}

extension SyntheticGroup.Member {
    func isConsolidated(at day: Day) -> Bool {
        from <= day && (until.map { $0 >= day } ?? true)
    }
}
