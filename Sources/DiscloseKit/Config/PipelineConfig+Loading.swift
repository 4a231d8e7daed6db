import Foundation

extension PipelineConfig {
    /// Top-level keys of `pipeline.yaml`.
    static let topLevelKeys = [
        "disclosure", "paths", "limits", "courses", "medium_term", "figures", "goals", "sections", "allow_list",
        "encodings", "restatements",
    ]

    /// Reads and validates `pipeline.yaml`, reporting every problem with `path:line:col`.
    public static func load(path: String, displayPath: String? = nil) throws(DiscloseError) -> PipelineConfig {
        let shown = displayPath ?? path
        guard FileManager.default.fileExists(atPath: path) else {
            throw DiscloseError(.fileSystem("cannot read \(shown): no such file (use --config to name another)"))
        }
        // Any path the user names, but only a regular file: a FIFO or /dev/zero would hang or fill memory.
        let bytes = try InputFile.read(path, within: nil, kind: "pipeline file", displayPath: shown, limit: 16 << 20)
        return try decode(bytes, path: shown)
    }

    /// Parses and validates configuration text.
    public static func decode(_ bytes: [UInt8], path: String) throws(DiscloseError) -> PipelineConfig {
        let root = try YAMLParser.parse(bytes, path: path)
        var decoder = ConfigDecoder()
        guard let root else {
            throw .invalid(at: SourceLocation(path: path, line: 1, column: 1), "pipeline.yaml is empty: expected a 'disclosure' mapping")
        }
        let config = decoder.pipeline(root, path: path)
        if let config, decoder.diagnostics.isEmpty { return config }
        throw .invalid(decoder.diagnostics)
    }
}

extension ConfigDecoder {
    mutating func pipeline(_ root: YAMLNode, path: String) -> PipelineConfig? {
        guard let top = fields(of: root, in: "pipeline.yaml", allowed: PipelineConfig.topLevelKeys, required: ["disclosure"])
        else { return nil }
        if let node = top["disclosure"], case .mapping(let entries) = node.kind {
            languages = languageList(entries.first { $0.key.scalar == "languages" }?.value)
        }
        let disclosure = top["disclosure"].flatMap { disclosureSettings($0) }
        let paths = top["paths"].map { projectPaths($0) } ?? ProjectPaths()
        var limits = IngestLimits()
        if let node = top["limits"], let map = fields(of: node, in: "limits", allowed: ["max_rows_per_file", "sql_seconds"]) {
            limits.maxRowsPerFile = integer(map["max_rows_per_file"], "max_rows_per_file", in: 1...1_000_000_000) ?? limits.maxRowsPerFile
            limits.sqlSeconds = seconds(map["sql_seconds"], "sql_seconds") ?? limits.sqlSeconds
        }
        let courses = top["courses"].map { courseList($0) } ?? []
        let mediumTerm = top["medium_term"].flatMap { mediumTermPlan($0) }
        var context = ReferenceContext(courses: courses.map(\.code))
        let figures = top["figures"].map { figureList($0, context: &context) } ?? []
        let goals = top["goals"].map { goalList($0, mediumTerm: mediumTerm, context: &context) } ?? []
        let sections = top["sections"].map { sectionList($0) } ?? []
        let allowList = stringList(top["allow_list"], "allow_list")?.map(\.0) ?? []
        let encodings = top["encodings"].map { encodingList($0) } ?? [.utf8]
        let restatements = top["restatements"].map { restatementList($0, figures: figures, goals: goals) } ?? [:]
        guard let disclosure else { return nil }
        var config = PipelineConfig(
            path: path, disclosure: disclosure, paths: paths, limits: limits, courses: courses,
            mediumTerm: mediumTerm, figures: figures, goals: goals, sections: sections, allowList: allowList,
            encodings: encodings, restatements: restatements)
        if let node = top["restatements"] {
            for (key, location, _) in namedEntries(of: node, in: "restatements") { config.restatementLocations[key] = location }
        }
        return config
    }

    /// `restatements: {figure-or-goal-id: reason}`: each key names a figure or a goal.
    mutating func restatementList(_ node: YAMLNode, figures: [NamedFigure], goals: [Goal]) -> [String: LocalizedText] {
        let known = figures.map(\.name) + goals.map(\.id)
        var reasons: [String: LocalizedText] = [:]
        for (key, location, value) in namedEntries(of: node, in: "restatements") {
            guard known.contains(key) else {
                error(location, "restatement '\(key)' names no figure or goal" + Suggestion.hint(for: key, in: known))
                continue
            }
            if let reason = localizedText(value, key, owner: "restatement '\(key)'") { reasons[key] = reason }
        }
        return reasons
    }

    mutating func disclosureSettings(_ node: YAMLNode) -> DisclosureSettings? {
        let keys = [
            "title", "organization", "fiscal_year", "fiscal_year_start_month", "home_country", "scope_note", "languages",
        ]
        guard let map = fields(of: node, in: "disclosure", allowed: keys, required: ["title", "organization", "fiscal_year", "home_country"])
        else { return nil }
        let title = localizedText(map["title"], "title", owner: "disclosure")
        let organization = localizedText(map["organization"], "organization", owner: "disclosure")
        let year = integer(map["fiscal_year"], "fiscal_year", in: FiscalYear.supported)
        let startMonth = integer(map["fiscal_year_start_month"], "fiscal_year_start_month", in: 1...12) ?? 4
        let home = nonEmptyString(map["home_country"], "home_country")
        if let home, let node = map["home_country"], !FieldFormat.isCountryCode(home) {
            error(node.location, "'home_country' must be an ISO 3166-1 alpha-2 code such as JP, found '\(home)'")
        }
        let scopeNote = localizedText(map["scope_note"], "scope_note", owner: "disclosure")
        guard let title, let organization, let year, let home else { return nil }
        return DisclosureSettings(
            title: title, organization: organization, fiscalYear: year, fiscalYearStartMonth: startMonth,
            homeCountry: home, scopeNote: scopeNote, languages: languages,
            languagesLocation: map["languages"]?.location ?? node.location)
    }

    /// A positive number of seconds such as `5` or `0.5`, at most an hour.
    mutating func seconds(_ node: YAMLNode?, _ key: String) -> Double? {
        guard let node else { return nil }
        guard case .scalar(let text, let plain) = node.kind, plain, let value = Double(text), value.isFinite, value > 0, value <= 3600 else {
            error(node.location, "'\(key)' must be a number of seconds between 0 and 3600, such as 5 or 0.5, found \(node.describedValue)")
            return nil
        }
        return value
    }

    mutating func projectPaths(_ node: YAMLNode) -> ProjectPaths {
        var paths = ProjectPaths()
        guard let map = fields(of: node, in: "paths", allowed: ["data", "content", "templates", "output"]) else { return paths }
        paths.data = projectPath(map["data"], "data") ?? paths.data
        paths.content = projectPath(map["content"], "content") ?? paths.content
        paths.templates = projectPath(map["templates"], "templates") ?? paths.templates
        paths.output = projectPath(map["output"], "output") ?? paths.output
        for key in ["data", "content", "templates", "output"] { paths.locations[key] = map[key]?.location }
        return paths
    }

    mutating func courseList(_ node: YAMLNode) -> [Course] {
        var courses: [Course] = []
        for (code, location, value) in namedEntries(of: node, in: "courses") {
            guard let map = fields(of: value, in: "courses.\(code)", allowed: ["title"], required: ["title"]) else { continue }
            if code.isEmpty { error(location, "a course code must not be empty") }
            if let title = localizedText(map["title"], "title", owner: "course '\(code)'") {
                courses.append(Course(code: code, title: title))
            }
        }
        return courses
    }

    mutating func mediumTermPlan(_ node: YAMLNode) -> MediumTermPlan? {
        let errorsBefore = diagnostics.count
        defer { mediumTermRejected = diagnostics.count > errorsBefore }
        guard let map = fields(of: node, in: "medium_term", allowed: ["period", "goals"], required: ["period", "goals"])
        else { return nil }
        var period: [String: YAMLNode]?
        if let periodNode = map["period"] {
            period = fields(of: periodNode, in: "medium_term.period", allowed: ["from", "to"], required: ["from", "to"])
        }
        let from = period.flatMap { yearMonth($0["from"], "from") }
        let to = period.flatMap { yearMonth($0["to"], "to") }
        if let from, let to, to < from, let node = period?["to"] {
            error(node.location, "'to' must not be before 'from'")
        }
        var goals: [MediumTermGoal] = []
        for item in map["goals"].map({ items(of: $0, in: "medium_term.goals") }) ?? [] {
            guard let goal = fields(of: item, in: "medium_term.goals", allowed: ["id", "title"], required: ["id", "title"]),
                let id = nonEmptyString(goal["id"], "id"),
                let title = localizedText(goal["title"], "title", owner: "medium-term goal '\(id)'")
            else { continue }
            if let node = goal["id"] { checkIdentifier(id, at: node.location, kind: "medium-term goal id") }
            if goals.contains(where: { $0.id == id }), let node = goal["id"] {
                error(node.location, "duplicate medium-term goal id '\(id)'")
            }
            goals.append(MediumTermGoal(id: id, title: title))
        }
        mediumTermGoalIDs = goals.map(\.id)
        guard let from, let to else { return nil }
        return MediumTermPlan(from: from, to: to, goals: goals)
    }

    /// `encodings: [utf-8, cp932]`: known names, each once.
    mutating func encodingList(_ node: YAMLNode) -> [TextEncoding] {
        var result: [TextEncoding] = []
        for (name, location) in stringList(node, "encodings") ?? [] {
            guard let encoding = TextEncoding(name: name) else {
                error(
                    location,
                    "unknown encoding '\(name)' (expected utf-8 or cp932)"
                        + Suggestion.hint(for: name, in: TextEncoding.aliases.keys.sorted()))
                continue
            }
            if result.contains(encoding) {
                error(location, "encoding '\(name)' is listed twice")
            } else {
                result.append(encoding)
            }
        }
        return result.isEmpty ? [.utf8] : result
    }

    mutating func yearMonth(_ node: YAMLNode?, _ key: String) -> YearMonth? {
        guard let text = string(node, key), let node else { return nil }
        let parts = text.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        {
            return YearMonth(year: year, month: month)
        }
        error(node.location, "'\(key)' must be a month written YYYY-MM, found '\(text)'")
        return nil
    }

    mutating func sectionList(_ node: YAMLNode) -> [NarrativeSection] {
        let allowed = NarrativeSection.keys
        var sections: [NarrativeSection] = []
        for (key, location, value) in namedEntries(of: node, in: "sections") {
            checkIdentifier(key, at: location, kind: "section id")
            guard allowed.contains(key) else {
                error(location, "unknown section '\(key)' (expected one of: \(allowed.joined(separator: ", ")))" + Suggestion.hint(for: key, in: allowed))
                continue
            }
            // A section is one file (or a map of language → file), or a list of them rendered in order, one topic each.
            var files = [value]
            if case .sequence(let items) = value.kind {
                if items.isEmpty { error(value.location, "section '\(key)' lists no file") }
                files = items
            }
            for (index, file) in files.enumerated() {
                let paths = localizedEntries(file, "file", owner: "section '\(key)'") { (decoder: inout ConfigDecoder, node: YAMLNode) in
                    decoder.projectPath(node, key)
                }
                if let paths {
                    sections.append(NarrativeSection(key: key, paths: paths, location: file.location, index: index))
                }
            }
        }
        return sections
    }
}

extension NarrativeSection {
    /// The narrative sections of the page, in page order.
    public static let keys = ["governance", "strategy", "initiatives"]
}
