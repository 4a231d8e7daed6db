import Foundation

/// A subsidiary's submission kit: one folder holding the company's files for one fiscal year and `kit.json`, the
/// manifest with everything `disclose check --kit` needs to judge them without the group's project.
public struct SubmissionKit: Sendable, Equatable {
    /// The manifest's file name inside the kit.
    public static let manifestName = "kit.json"
    /// The manifest's own format; a reader refuses another.
    public static let format = 1

    /// The group (pipeline.yaml's `disclosure.organization`, main language).
    public var group: String
    public var company: String
    public var companyName: String
    public var fiscalYear: Int
    public var fiscalYearStartMonth: Int
    /// The data contract the files follow (`DataContract.version`).
    public var contract: String
    /// Course codes training rows may name (`courses:`).
    public var courses: [String]
    public var encodings: [TextEncoding]
    /// Values the group admits on purpose (`allow_list:`), so a kit's check redacts as the group's does.
    public var allowList: [String]
    public var maxRowsPerFile: Int
    /// Register datasets whose file was carried forward from the year before.
    public var carriedForward: [String]

    /// The manifest as written: keys sorted, datasets in contract order with their columns.
    public var json: JSONValue {
        .object([
            "kit": .int(Self.format),
            "group": .string(group),
            "company": .object(["code": .string(company), "name": .string(companyName)]),
            "fiscal_year": .int(fiscalYear),
            "fiscal_year_start_month": .int(fiscalYearStartMonth),
            "contract": .string(contract),
            "datasets": .array(
                DatasetCatalog.perCompany.map { spec in
                    .object([
                        "name": .string(spec.name), "file": .string(spec.fileName),
                        "kind": .string(spec.kind == .register ? "register" : "event"),
                        "columns": .array(spec.columns.map { .string($0.name) }),
                        "carried_forward_from": carriedForward.contains(spec.name) ? .int(fiscalYear - 1) : .null,
                    ])
                }),
            "courses": .array(courses.map(JSONValue.string)),
            "encodings": .array(encodings.map { .string($0.rawValue) }),
            "allow_list": .array(allowList.map(JSONValue.string)),
            "limits": .object(["max_rows_per_file": .int(maxRowsPerFile)]),
        ])
    }

    /// The settings a check of the kit's files runs with: those of the group's pipeline.yaml that ingest reads.
    var config: PipelineConfig {
        PipelineConfig(
            path: Self.manifestName,
            disclosure: DisclosureSettings(
                title: LocalizedText(group, languages: ["en"]), organization: LocalizedText(group, languages: ["en"]),
                fiscalYear: fiscalYear, fiscalYearStartMonth: fiscalYearStartMonth, homeCountry: "", scopeNote: nil,
                languages: ["en"], languagesLocation: SourceLocation(path: Self.manifestName)),
            paths: ProjectPaths(), limits: IngestLimits(maxRowsPerFile: maxRowsPerFile), courses: courses.map {
                Course(code: $0, title: LocalizedText($0, languages: ["en"]))
            }, mediumTerm: nil, figures: [], goals: [], sections: [], allowList: allowList, encodings: encodings)
    }
}

/// The version of the data contract: a digest of every dataset's file, columns and rules (`disclose schema
/// --datasets`), so a kit made by a disclose whose contract differs is refused instead of misread.
public enum DataContract {
    public static let version = "sha256:" + String(SHA256.hex(of: DatasetCatalog.json.serialized()).prefix(16))
}
