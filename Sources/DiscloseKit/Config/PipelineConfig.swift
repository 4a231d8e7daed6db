/// The typed contents of `pipeline.yaml` (SPEC §4).
public struct PipelineConfig: Sendable {
    /// The file it was read from, as the user named it (used in diagnostics).
    public var path: String
    public var disclosure: DisclosureSettings
    public var paths: ProjectPaths
    public var limits: IngestLimits
    public var courses: [Course]
    public var mediumTerm: MediumTermPlan?
    public var figures: [NamedFigure]
    public var goals: [Goal]
    public var sections: [NarrativeSection]
    public var allowList: [String]
    /// Encodings data files may be in, tried in order per file (`encodings:`; default UTF-8 only).
    public var encodings: [TextEncoding] = [.utf8]
    /// Why a prior-year figure differs from the value published that year (`restatements: {figure-or-goal-id: reason}`).
    public var restatements: [String: LocalizedText] = [:]
    /// Where each restatement's reason is written in pipeline.yaml.
    public var restatementLocations: [String: SourceLocation] = [:]
}

/// The `disclosure:` block: who publishes what, for which fiscal year.
public struct DisclosureSettings: Sendable {
    public var title: LocalizedText
    public var organization: LocalizedText
    public var fiscalYear: Int
    public var fiscalYearStartMonth: Int
    public var homeCountry: String
    /// nil: the edition's default note ("Scope: the parent company unless otherwise specified").
    public var scopeNote: LocalizedText?
    /// `languages:` (default `[en]`); the first is the main edition, written at the top of `output/FY<year>/`.
    public var languages: [String]
    /// Where `languages:` is written (or the `disclosure:` mapping when it is not).
    public var languagesLocation: SourceLocation
    /// `entity: {scheme, id}`: who the inline XBRL facts are about; nil: the organisation's name under disclose's
    /// local scheme (`check` notes it).
    public var entity: DisclosureEntity? = nil
    /// Where the `disclosure:` mapping starts (nil for settings made in code).
    public var location: SourceLocation? = nil

    /// The main language: the first of `languages`.
    public var mainLanguage: String { languages.first ?? "en" }
}

/// The reporting entity of the inline XBRL pages: an identifier and the scheme it is issued under (an LEI under
/// `http://standards.iso.org/iso/17442`).
public struct DisclosureEntity: Sendable, Hashable {
    public var scheme: String
    public var id: String
    public var location: SourceLocation

    public init(scheme: String, id: String, location: SourceLocation) {
        self.scheme = scheme
        self.id = id
        self.location = location
    }
}

/// Folders of the project, relative to the folder holding `pipeline.yaml`.
public struct ProjectPaths: Sendable {
    public var data: String = "data"
    public var content: String = "content"
    public var templates: String = "templates"
    public var output: String = "output"
    /// Where each key was set in pipeline.yaml (`data`, `content`, `templates`, `output`), for diagnostics.
    public var locations: [String: SourceLocation] = [:]
}

/// Guards against oversized inputs.
public struct IngestLimits: Sendable {
    public var maxRowsPerFile: Int = 5_000_000
    /// How long one `sql:` metric may run before it is stopped with a located error.
    public var sqlSeconds: Double = 5
}

/// A training course declared under `courses:`.
public struct Course: Sendable, Hashable {
    public var code: String
    public var title: LocalizedText
}

/// The medium-term plan: its period and goals.
public struct MediumTermPlan: Sendable {
    public var from: YearMonth
    public var to: YearMonth
    public var goals: [MediumTermGoal]
}

/// A calendar month such as `2021-04`.
public struct YearMonth: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// One medium-term goal that FY goals sit under.
public struct MediumTermGoal: Sendable {
    public var id: String
    public var title: LocalizedText
}

/// A figure named in `figures:` for narrative templates.
public struct NamedFigure: Sendable {
    public var name: String
    /// How the page names the figure (`label:`); defaults to the name with spaces for underscores.
    public var label: LocalizedText
    public var metric: MetricReference
    public var location: SourceLocation
}

/// A metric as a goal or figure asks for it: built-in id or `sql:`, with scope and filters.
public struct MetricReference: Sendable, Hashable {
    public var id: String
    public var scope: CompanyScope
    public var filter: [String: [String]]
    /// The SELECT of a `sql:` metric; nil for built-in metrics.
    public var sql: String?
    /// The unit of a `sql:` metric.
    public var unit: String?
    public var location: SourceLocation
}

/// A goal of some fiscal year, judged against its target.
public struct Goal: Sendable {
    public var id: String
    public var under: String?
    public var fiscalYear: Int
    public var baseYear: Int?
    public var text: LocalizedText
    public var metric: MetricReference?
    public var target: Target?
    /// The achievement sentence (a narrative template) in each language.
    public var achievement: LocalizedText?
    /// Where each language's achievement sentence starts.
    public var achievementLocations: [String: SourceLocation]
    public var location: SourceLocation
    /// A short name for chart labels (`label:`); nil: charts use the full text.
    public var label: LocalizedText? = nil
    /// Charts that belong to this goal (`chart: by_population`).
    public var charts: [GoalChart] = []
}

/// A chart a goal may own: `chart: by_population` draws the goal's training completion per population.
public enum GoalChart: String, Sendable, CaseIterable {
    case byPopulation = "by_population"
}

/// A narrative section file for one part of the page (a section listing several files has one per file, in order).
public struct NarrativeSection: Sendable {
    /// `governance`, `strategy` or `initiatives`.
    public var key: String
    /// Language → Markdown file, relative to the project folder.
    public var paths: [String: String]
    public var location: SourceLocation
    /// The file's place in its section's list (0 for a section of one file).
    public var index: Int = 0

    /// How diagnostics and data.json name the file: `section 'initiatives'`, `section 'initiatives' (file 3)`.
    public var owner: String { index == 0 ? "section '\(key)'" : "section '\(key)' (file \(index + 1))" }

    /// The file of `language` (the first by code when missing).
    public func path(in language: String) -> String {
        paths[language] ?? paths.keys.sorted().first.flatMap { paths[$0] } ?? ""
    }

    /// Every file of the section, sorted.
    public var allPaths: [String] { Set(paths.values).sorted() }
}
