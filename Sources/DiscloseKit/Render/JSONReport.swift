/// The machine-readable report of SPEC §7, shared by `data.json`, `status --json` and `check --json`.
public enum JSONReport {
    /// The whole report object. Human texts are strings for one language, maps `{en: …, ja: …}` for several;
    /// achievement sentences are written by `editions`.
    public static func make(_ report: Report, editions: [Edition] = Edition.builtIn) -> JSONValue {
        var achievements: [String: [String: String]] = [:]
        for language in report.languages {
            guard let edition = Edition.named(language, among: editions),
                let sentences = try? EditionNarrative.achievements(report, edition: edition)
            else { continue }
            for (goal, sentence) in sentences { achievements[goal, default: [:]][language] = sentence }
        }
        let text = { (text: LocalizedText) -> JSONValue in texts(text, languages: report.languages) }
        var translations: [String: JSONValue] = [:]
        for item in report.texts {
            var fields: [String: JSONValue] = [:]
            if case .object(let known) = translations[item.owner] { fields = known }
            fields[item.field] = .object(item.texts.mapValues(JSONValue.string))
            translations[item.owner] = .object(fields)
        }
        var metrics: [JSONValue] = []
        for figure in report.figures {
            var entry = metric(figure.result)
            if case .object(var members) = entry {
                members["name"] = .string(figure.name)
                if let restated = figure.restatement { members["restatement"] = restatement(restated, text: text) }
                entry = .object(members)
            }
            metrics.append(entry)
        }
        var members: [String: JSONValue] = [
            "fiscal_year": .int(report.fiscalYear.label),
            "period": period(report.fiscalYear),
            "organization": text(report.organization),
            "title": text(report.title),
            "diagnostics": .array(report.diagnostics.map(diagnostic)),
            "missing": .array(report.missing.map(missing)),
            "goals": .array(
                report.goals.map {
                    goal($0, text: text, achievement: achievements[$0.goal.id].map { text(LocalizedText($0)) })
                }),
            "next_goals": .array(report.nextGoals.map { .object(["id": .string($0.goal.id), "text": text($0.goal.text)]) }),
            "metrics": .array(metrics),
            "charts": .array(report.charts.inPageOrder.map(chart)),
        ]
        if report.languages.count > 1 { members["texts"] = .object(translations) }
        return .object(members)
    }

    /// The report of `disclose check --json`: diagnostics and completeness only.
    public static func check(fiscalYear: FiscalYear, data: IngestedData, diagnostics: [Diagnostic]) -> JSONValue {
        .object([
            "fiscal_year": .int(fiscalYear.label),
            "period": period(fiscalYear),
            "diagnostics": .array(diagnostics.map(diagnostic)),
            "missing": .array(data.missing.map(missing)),
            "read_as": .object(data.readAs.mapValues { .string($0.rawValue) }),
            "carried_forward": .array(
                data.carriedForward.filter { $0.fiscalYear == fiscalYear.label }.sorted { ($0.company, $0.dataset) < ($1.company, $1.dataset) }
                    .map { .object(["company": .string($0.company), "dataset": .string($0.dataset)]) }),
        ])
    }

    static func period(_ fiscalYear: FiscalYear) -> JSONValue {
        .object(["from": .string(fiscalYear.start.description), "to": .string(fiscalYear.end.description)])
    }

    public static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [String: JSONValue] = [
            "path": .string(diagnostic.location.path), "line": .int(diagnostic.location.line),
            "column": .int(diagnostic.location.column), "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
        ]
        if diagnostic.followsFromEarlierError { members["follows_from_earlier_error"] = .bool(true) }
        return .object(members)
    }

    static func missing(_ item: MissingDataset) -> JSONValue {
        .object([
            "fiscal_year": .int(item.fiscalYear), "company": .string(item.company), "dataset": .string(item.dataset),
        ])
    }

    /// A human text: the string itself for one language, else a map language → text.
    public static func texts(_ text: LocalizedText, languages: [String]) -> JSONValue {
        if languages.count == 1 { return .string(text[languages[0]]) }
        return .object(Dictionary(uniqueKeysWithValues: languages.map { ($0, JSONValue.string(text[$0])) }))
    }

    static func goal(_ goal: GoalReport, text: (LocalizedText) -> JSONValue, achievement: JSONValue?) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(goal.goal.id),
            "text": text(goal.goal.text),
            "fiscal_year": .int(goal.goal.fiscalYear),
            "status": .string(goal.status.jsonValue),
            "target": goal.goal.target.map { .string($0.text) } ?? .null,
        ]
        if let under = goal.goal.under { members["under"] = .string(under) }
        if let restated = goal.restatement { members["restatement"] = restatement(restated, text: text) }
        if let achievement { members["achievement"] = achievement }
        if let result = goal.result, case .object(let metricMembers) = metric(result) {
            for (key, value) in metricMembers where key != "id" { members[key] = value }
            members["metric"] = .string(result.reference.id)
            members["prior"] = goal.prior.map { JSONValue(metricValue: $0.value) } ?? .null
            // The Prior FY cell's "6 of 8 (75.0%)": the prior result's ratio beside its value.
            if let ratio = goal.prior?.ratio { members.merge(ratioMembers(ratio, prefix: "prior_")) { _, new in new } }
            if let base = goal.base, let year = goal.goal.baseYear {
                members["base"] = .object(["fiscal_year": .int(year), "value": JSONValue(metricValue: base.value)])
            }
        }
        return .object(members)
    }

    /// A restated prior-year figure (GRI 2-4): the year, the value its data.json published, the value computed
    /// now (the goal's `prior`), and the reason from `restatements:` (null when pipeline.yaml gives none).
    static func restatement(_ restatement: Restatement, text: (LocalizedText) -> JSONValue) -> JSONValue {
        .object([
            "fiscal_year": .int(restatement.fiscalYear),
            "published": restatement.publishedValue,
            "value": JSONValue(metricValue: restatement.restated.value),
            "reason": restatement.reason.map(text) ?? .null,
        ])
    }

    /// A ratio's `numerator`, `denominator` and `percent` (null over zero), each key after `prefix` (`prior_`).
    static func ratioMembers(_ ratio: Ratio, prefix: String = "") -> [String: JSONValue] {
        [
            prefix + "numerator": .int(ratio.numerator), prefix + "denominator": .int(ratio.denominator),
            prefix + "percent": ratio.percentJSON.map(JSONValue.number) ?? .null,
        ]
    }

    /// One metric result in SPEC §7 shape.
    public static func metric(_ result: MetricResult) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(result.reference.id),
            "scope": JSONValue(scope: result.reference.scope),
            "filter": .object(result.reference.filter.mapValues { .array($0.map(JSONValue.string)) }),
            "value": JSONValue(metricValue: result.value),
            "unit": .string(result.unit),
            "coverage": .object([
                "in_scope": .int(result.coverage.inScope), "reported": .int(result.coverage.reported),
            ]),
            "inputs": .array(
                result.inputs.map {
                    .object(["dataset": .string($0.dataset), "files": .int($0.files), "rows": .int($0.rows)])
                }),
        ]
        if let tag = result.tag { members["tag"] = .string(tag) }
        if let ratio = result.ratio { members.merge(ratioMembers(ratio)) { _, new in new } }
        if !result.coverage.isComplete {
            members["partial_value"] = JSONValue(metricValue: result.partialValue)
            members["missing_companies"] = .array(result.coverage.missingCompanies.map(JSONValue.string))
        }
        if !result.breakdown.isEmpty { members["breakdown"] = .object(result.breakdown.mapValues(JSONValue.int)) }
        return .object(members)
    }
}
