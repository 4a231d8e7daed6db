/// What metric references are checked against while decoding.
struct ReferenceContext {
    var courses: [String]
}

extension ConfigDecoder {
    mutating func figureList(_ node: YAMLNode, context: inout ReferenceContext) -> [NamedFigure] {
        var figures: [NamedFigure] = []
        for (name, location, value) in namedEntries(of: node, in: "figures") {
            checkIdentifier(name, at: location, kind: "figure name")
            var node = value
            var label: LocalizedText? = languages.count == 1 ? LocalizedText(name.replacingUnderscores, languages: languages) : nil
            if case .mapping(let entries) = value.kind, let labelEntry = entries.first(where: { $0.key.scalar == "label" }) {
                label = localizedText(labelEntry.value, "label", owner: "figure '\(name)'")
                node = YAMLNode(kind: .mapping(entries.filter { $0.key.scalar != "label" }), location: value.location)
            } else if label == nil {
                let example = languages.map { "\($0): …" }.joined(separator: ", ")
                error(location, "figure '\(name)' has no label: with several languages write label: {\(example)}")
            }
            if let metric = metricReference(node, in: "figures.\(name)", context: context), let label {
                figures.append(NamedFigure(name: name, label: label, metric: metric, location: location))
            }
        }
        return figures
    }

    /// The id grammar, as a JSON Schema pattern.
    static let identifierPattern = "^[a-z0-9][a-z0-9_-]*$"

    /// True for `[a-z0-9][a-z0-9_-]*`: safe in an HTML id, an anchor, a CSS class and a Mustache name.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, (97...122).contains(first) || (48...57).contains(first) else { return false }
        return name.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// Reports an id that is not `[a-z0-9][a-z0-9_-]*`, suggesting one that is.
    mutating func checkIdentifier(_ id: String, at location: SourceLocation, kind: String) {
        guard !Self.isIdentifier(id) else { return }
        var suggestion = ""
        for scalar in id.lowercased().unicodeScalars {
            let valid = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            if valid { suggestion.unicodeScalars.append(scalar) } else if !suggestion.isEmpty, suggestion.last != "-" { suggestion += "-" }
        }
        while suggestion.last == "-" { suggestion.removeLast() }
        while let first = suggestion.first, first == "-" || first == "_" { suggestion.removeFirst() }
        let hint = suggestion.isEmpty ? "" : " such as '\(suggestion)'"
        error(location, "\(kind) '\(id)' must be lower-case letters, digits, '-' and '_', starting with a letter or digit ([a-z0-9][a-z0-9_-]*): write one\(hint)")
    }

    mutating func goalList(_ node: YAMLNode, mediumTerm: MediumTermPlan?, context: inout ReferenceContext) -> [Goal] {
        let keys = ["id", "under", "fiscal_year", "base_year", "text", "label", "metric", "target", "achievement", "chart"]
        var goals: [Goal] = []
        var seen: [String: Int] = [:]
        for item in items(of: node, in: "goals") {
            guard let map = fields(of: item, in: "goals", allowed: keys, required: ["id", "fiscal_year", "text"]) else { continue }
            let id = nonEmptyString(map["id"], "id")
            if let id, let idNode = map["id"] { checkIdentifier(id, at: idNode.location, kind: "goal id") }
            if let id, let idNode = map["id"] {
                if let first = seen[id] {
                    error(idNode.location, "duplicate goal id '\(id)' (first defined at line \(first))")
                } else {
                    seen[id] = idNode.location.line
                }
            }
            let under = nonEmptyString(map["under"], "under")
            if let under, let underNode = map["under"] {
                let known = mediumTerm?.goals.map(\.id) ?? mediumTermGoalIDs
                if !known.contains(under) {
                    let message = "'under' names no medium-term goal '\(under)'" + Suggestion.hint(for: under, in: known)
                    if mediumTermRejected { followOn(underNode.location, message) } else { error(underNode.location, message) }
                }
            }
            let year = integer(map["fiscal_year"], "fiscal_year", in: FiscalYear.supported)
            let baseYear = integer(map["base_year"], "base_year", in: FiscalYear.supported)
            let text = localizedText(map["text"], "text", owner: "goal '\(id ?? "?")'")
            let metric = map["metric"].flatMap { metricReference($0, in: "goals.\(id ?? "?").metric", context: context) }
            var target: Target?
            if let targetNode = map["target"], let targetText = string(targetNode, "target") {
                if let parsed = Target(targetText) {
                    target = parsed
                    if metric == nil, map["metric"] == nil {
                        error(targetNode.location, "a target needs a 'metric' to judge it against")
                    } else if let metric, parsed.isPercent, metric.sql == nil,
                        let definition = MetricCatalog.all[metric.id], !definition.hasDenominator
                    {
                        error(
                            targetNode.location,
                            "a % target needs a metric with a denominator; '\(metric.id)' is a \(definition.kind == .date ? "date" : "count"): write a bare number such as '= 0'")
                    }
                } else {
                    error(targetNode.location, "cannot read target '\(targetText)': write one of '= 0', '>= 95%', '<= 3', '100%'")
                }
            }
            var achievement: LocalizedText?
            var achievementLocations: [String: SourceLocation] = [:]
            if let node = map["achievement"] {
                achievement = localizedEntries(node, "achievement", owner: "goal '\(id ?? "?")'") {
                    (decoder: inout ConfigDecoder, value: YAMLNode) in decoder.string(value, "achievement")
                }.map(LocalizedText.init)
                if case .mapping(let entries) = node.kind {
                    for (key, value) in entries { achievementLocations[key.scalar ?? ""] = value.location }
                } else {
                    for language in languages { achievementLocations[language] = node.location }
                }
            }
            let label = map["label"].flatMap { localizedText($0, "label", owner: "goal '\(id ?? "?")'") }
            var charts: [GoalChart] = []
            if let chartNode = map["chart"] {
                let names = enumList(chartNode, "chart", allowed: GoalChart.allCases.map(\.rawValue)) ?? []
                charts = names.compactMap(GoalChart.init(rawValue:))
                if !charts.isEmpty, metric?.id != "training_completion" {
                    error(chartNode.location, "chart: by_population draws training completion: give the goal a training_completion metric")
                }
            }
            guard let id, let year, let text else { continue }
            goals.append(
                Goal(
                    id: id, under: under, fiscalYear: year, baseYear: baseYear, text: text, metric: metric,
                    target: target, achievement: achievement, achievementLocations: achievementLocations,
                    location: item.location, label: label, charts: charts))
        }
        return goals
    }

    /// `{id: …, scope: …, filter: …}` or `{sql: …, unit: …, scope: …}`.
    mutating func metricReference(_ node: YAMLNode, in context: String, context references: ReferenceContext) -> MetricReference? {
        guard let map = fields(of: node, in: context, allowed: ["id", "scope", "filter", "sql", "unit"]) else { return nil }
        let scope = map["scope"].map { companyScope($0, in: context + ".scope") } ?? .parentOnly
        if let sqlNode = map["sql"] {
            guard let sql = nonEmptyString(sqlNode, "sql") else { return nil }
            if let idNode = map["id"] { error(idNode.location, "a metric has either 'id' or 'sql', not both") }
            if let filterNode = map["filter"] { error(filterNode.location, "'filter' applies to built-in metrics; put conditions in the SELECT") }
            return MetricReference(
                id: "sql", scope: scope, filter: [:], sql: sql, unit: string(map["unit"], "unit") ?? "", location: node.location)
        }
        guard let idNode = map["id"] else {
            error(node.location, "missing required key 'id' (or 'sql') in '\(context)'")
            return nil
        }
        guard let id = string(idNode, "id") else { return nil }
        guard let definition = MetricCatalog.all[id] else {
            error(idNode.location, "unknown metric '\(id)'" + Suggestion.hint(for: id, in: MetricCatalog.ids))
            return nil
        }
        if let unitNode = map["unit"] { error(unitNode.location, "'unit' applies to sql: metrics only; '\(id)' counts \(definition.unit)") }
        var filter: [String: [String]] = [:]
        if let filterNode = map["filter"] {
            let allowedKeys = definition.filters.keys.sorted()
            if allowedKeys.isEmpty {
                error(filterNode.location, "metric '\(id)' takes no filters")
            } else if let entries = fields(of: filterNode, in: context + ".filter", allowed: allowedKeys) {
                for (key, valueNode) in entries.sorted(by: { $0.key < $1.key }) {
                    let allowed = key == "course" ? references.courses : definition.filters[key] ?? []
                    if key == "course", allowed.isEmpty {
                        error(valueNode.location, "no courses are declared under 'courses:' for this filter to name")
                        continue
                    }
                    if let values = enumList(valueNode, key, allowed: allowed) { filter[key] = values }
                }
            }
        }
        return MetricReference(id: id, scope: scope, filter: filter, sql: nil, unit: nil, location: node.location)
    }

    mutating func companyScope(_ node: YAMLNode, in context: String) -> CompanyScope {
        var scope = CompanyScope()
        guard let map = fields(of: node, in: context, allowed: ["region", "relationship", "major", "company"]) else { return scope }
        scope.region = enumList(map["region"], "region", allowed: CompanyScope.Region.allCases.map(\.rawValue))?
            .compactMap(CompanyScope.Region.init(rawValue:))
        scope.relationship = enumList(map["relationship"], "relationship", allowed: CompanyScope.Relationship.allCases.map(\.rawValue))?
            .compactMap(CompanyScope.Relationship.init(rawValue:))
        scope.major = boolean(map["major"], "major")
        scope.company = stringList(map["company"], "company")?.map(\.0).sorted()
        return scope
    }
}
