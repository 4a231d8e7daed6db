/// The JSON Schema (draft 2020-12) of `pipeline.yaml`, for editor completion and validation (`disclose schema`).
public enum PipelineSchema {
    /// The schema document.
    public static var document: JSONValue {
        object([
            "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
            "$id": .string("https://disclose.invalid/pipeline.schema.json"),
            "title": .string("disclose pipeline.yaml"),
            "description": .string("What to build: organisation, fiscal year, goals, figures and narrative sections."),
            "type": .string("object"),
            "required": .array([.string("disclosure")]),
            "additionalProperties": .bool(false),
            "properties": object([
                "disclosure": disclosure,
                "paths": closedObject(
                    ["data", "content", "templates", "output"].reduce(into: [:]) { $0[$1] = relativePath }),
                "limits": closedObject([
                    "max_rows_per_file": object(["type": .string("integer"), "minimum": .int(1)]),
                    "sql_seconds": object(["type": .string("number"), "exclusiveMinimum": .int(0), "maximum": .int(3600)]),
                ]),
                "courses": object([
                    "type": .string("object"),
                    "description": .string("Course codes training.csv may use, each with a title."),
                    "additionalProperties": closedObject(["title": humanText], required: ["title"]),
                ]),
                "medium_term": closedObject(
                    [
                        "period": closedObject(["from": month, "to": month], required: ["from", "to"]),
                        "goals": array(closedObject(["id": identifier, "title": humanText], required: ["id", "title"])),
                    ], required: ["period", "goals"]),
                "figures": object([
                    "type": .string("object"),
                    "description": .string("Named figures for narrative templates: {{figures.NAME.value}}."),
                    "propertyNames": object(["pattern": .string(ConfigDecoder.identifierPattern)]),
                    "additionalProperties": metric(withLabel: true),
                ]),
                "goals": array(goal),
                "sections": closedObject(
                    NarrativeSection.keys.reduce(into: [:]) {
                        let file = object(["oneOf": .array([relativePath, localized(relativePath)])])
                        $0[$1] = object(["oneOf": .array([relativePath, localized(relativePath), array(file)])])
                    }),
                "allow_list": oneOrMany(text),
                "restatements": object([
                    "type": .string("object"),
                    "description": .string(
                        "Why a prior-year figure differs from the value published that year: {figure-or-goal-id: reason}."),
                    "additionalProperties": humanText,
                ]),
                "encodings": object([
                    "description": .string(
                        "Encodings data files may be in, tried in order per file; default [utf-8]. cp932 is Shift_JIS as Excel saves it in Japan."),
                    "oneOf": .array([encodingName, array(encodingName)]),
                ]),
            ]),
        ])
    }

    static func object(_ members: [String: JSONValue]) -> JSONValue { .object(members) }

    static func closedObject(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        var members: [String: JSONValue] = [
            "type": .string("object"), "additionalProperties": .bool(false), "properties": .object(properties),
        ]
        if !required.isEmpty { members["required"] = .array(required.map(JSONValue.string)) }
        return .object(members)
    }

    static func array(_ items: JSONValue) -> JSONValue { object(["type": .string("array"), "items": items]) }

    static func oneOrMany(_ item: JSONValue) -> JSONValue {
        object(["oneOf": .array([item, array(item)])])
    }

    static let encodingName = choice(TextEncoding.aliases.keys.sorted())

    static func choice(_ values: [String]) -> JSONValue { object(["enum": .array(values.map(JSONValue.string))]) }

    static let text = object(["type": .string("string"), "minLength": .int(1)])
    /// A text per language: `{en: …, ja: …}`, keys being the codes of `disclosure.languages`.
    static func localized(_ value: JSONValue) -> JSONValue {
        object([
            "type": .string("object"), "minProperties": .int(1),
            "propertyNames": object(["pattern": .string("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]),
            "additionalProperties": value,
        ])
    }

    /// A human text: a string (one language) or a map language → text (several languages).
    static let humanText = object([
        "oneOf": .array([text, localized(text)]),
        "description": .string("A string, or with several disclosure.languages a map such as {en: …, ja: …}."),
    ])
    static let year = object(["type": .string("integer"), "minimum": .int(FiscalYear.supported.lowerBound), "maximum": .int(FiscalYear.supported.upperBound)])
    /// Ids of goals, figures and medium-term goals: `[a-z0-9][a-z0-9_-]*`.
    static let identifier = object(["type": .string("string"), "pattern": .string(ConfigDecoder.identifierPattern)])
    static let month = object(["type": .string("string"), "pattern": .string("^[0-9]{4}-(0[1-9]|1[0-2])$")])
    static let yesNo = object(["oneOf": .array([object(["type": .string("boolean")]), choice(["yes", "no", "true", "false"])])])
    static let relativePath = object([
        "type": .string("string"), "minLength": .int(1), "pattern": .string("^[^/]"),
        "description": .string("Relative to pipeline.yaml and inside the project folder."),
    ])

    static let disclosure = closedObject(
        [
            "title": humanText, "organization": humanText, "fiscal_year": year,
            "fiscal_year_start_month": object(["type": .string("integer"), "minimum": .int(1), "maximum": .int(12)]),
            "home_country": object(["type": .string("string"), "pattern": .string("^[A-Z]{2}$")]),
            "scope_note": humanText,
            "languages": object([
                "type": .string("array"), "minItems": .int(1), "uniqueItems": .bool(true),
                "items": object(["type": .string("string"), "pattern": .string("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]),
                "description": .string("Languages of the page; the first is the main one (default [en])."),
            ]),
            "entity": closedObject(
                [
                    "scheme": object(["type": .string("string"), "description": .string("URI of the identifier scheme, e.g. http://standards.iso.org/iso/17442 for an LEI.")]),
                    "id": object(["type": .string("string"), "pattern": .string("^\\S+$")]),
                ], required: ["scheme", "id"]),
        ], required: ["title", "organization", "fiscal_year", "home_country"])

    static let scope = closedObject([
        "region": oneOrMany(choice(CompanyScope.Region.allCases.map(\.rawValue))),
        "relationship": oneOrMany(choice(CompanyScope.Relationship.allCases.map(\.rawValue))),
        "major": yesNo,
        "company": oneOrMany(object(["type": .string("string"), "pattern": .string("^[A-Z0-9][A-Z0-9-]*$")])),
    ])

    static func metric(withLabel: Bool) -> JSONValue {
        var properties: [String: JSONValue] = [
            "id": choice(MetricCatalog.ids),
            "sql": text,
            "unit": text,
            "scope": scope,
            "filter": object([
                "type": .string("object"),
                "additionalProperties": oneOrMany(object(["type": .string("string")])),
            ]),
        ]
        if withLabel { properties["label"] = humanText }
        var schema = closedObject(properties)
        if case .object(var members) = schema {
            members["oneOf"] = .array([object(["required": .array([.string("id")])]), object(["required": .array([.string("sql")])])])
            schema = .object(members)
        }
        return schema
    }

    static let goal = closedObject(
        [
            "id": identifier, "under": identifier, "fiscal_year": year, "base_year": year, "text": humanText, "label": humanText,
            "chart": object([
                "description": .string("by_population: draw this training goal's completion per population"),
                "oneOf": .array([
                    object(["enum": .array(GoalChart.allCases.map { .string($0.rawValue) })]),
                    array(object(["enum": .array(GoalChart.allCases.map { .string($0.rawValue) })])),
                ]),
            ]),
            "metric": metric(withLabel: false),
            "target": object([
                "type": .string("string"),
                "pattern": .string("^\\s*(=|>=|<=|>|<)?\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$"),
                "description": .string("= N, >= N, <= N, > N, < N, each with or without %; a bare N means >="),
            ]),
            "achievement": object(["oneOf": .array([object(["type": .string("string")]), localized(object(["type": .string("string")]))])]),
        ], required: ["id", "fiscal_year", "text"])
}
