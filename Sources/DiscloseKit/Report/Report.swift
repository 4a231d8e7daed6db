/// Everything one disclosure says, evaluated once and language-neutral: values, ratios, statuses,
/// coverage and years. Every edition (language) and every renderer (Markdown, HTML, JSON) reads it.
public struct Report: Sendable {
    public var title: LocalizedText
    public var organization: LocalizedText
    /// The languages of the disclosure; the first is the main edition.
    public var languages: [String]
    public var fiscalYear: FiscalYear
    /// nil: each edition's default scope note.
    public var scopeNote: LocalizedText?
    public var mediumTerm: MediumTermPlan?
    /// Goals of the disclosed fiscal year, in pipeline.yaml order.
    public var goals: [GoalReport]
    /// Goals of the next fiscal year.
    public var nextGoals: [GoalReport]
    /// Narrative sections (`governance`, `strategy`, `initiatives`): Markdown files per language, rendered by each edition.
    public var sections: [NarrativeSection]
    /// Named figures from `figures:`, in pipeline.yaml order.
    public var figures: [FigureReport]
    /// GRI / SASB codes and the figures that answer them.
    public var standards: [StandardsEntry]
    /// Charts as values: goals against targets, trends, training by population.
    public var charts: [ChartData]
    /// Warnings published in data.json.
    public var diagnostics: [Diagnostic]
    public var missing: [MissingDataset]
    /// Every human text in every language (data.json records them when there is more than one language).
    public var texts: [TranslatedText] = []
    /// Warnings shown on the terminal but never published (they quote folder names, which may name a person).
    public var unpublished: [Diagnostic] = []
    /// Files read in an encoding other than UTF-8 (`encodings:`), by path: `build` names them on the terminal.
    public var readAs: [String: TextEncoding] = [:]

    /// Every warning for the terminal.
    public var shownDiagnostics: [Diagnostic] { (diagnostics + unpublished).sorted() }
}

/// One goal with its metric evaluated in every fiscal year with data, and its status.
public struct GoalReport: Sendable {
    public var goal: Goal
    public var result: MetricResult?
    public var prior: MetricResult?
    public var base: MetricResult?
    /// The goal's metric in every fiscal year with data, oldest first (trend charts read these).
    public var years: [MetricResult]
    public var status: GoalStatus
    /// The anchor of the goal's row on the page.
    public var anchor: String
    /// Set when the prior-year value differs from what that year's published data.json stated (GRI 2-4).
    public var restatement: Restatement? = nil

    /// The anchor of the goal's progress line.
    public var progressAnchor: String { "progress-\(goal.id)" }
}

/// A prior-year figure that differs from the value published that year: both values and the reason.
public struct Restatement: Sendable {
    /// The fiscal year the figure is for (the prior year).
    public var fiscalYear: Int
    /// The value the earlier data.json stated, as written there (`93.9`, `3`, `2005-10-01`).
    public var published: String
    /// The published value as that data.json wrote it (a JSON number or string).
    public var publishedValue: JSONValue
    /// The figure as computed now from the records (what the page shows for that year).
    public var restated: MetricResult
    /// True when the published value is a percentage.
    public var isPercent: Bool
    /// Why it changed, from `restatements:` in pipeline.yaml; nil when none is given.
    public var reason: LocalizedText?
    /// The coverage the published value had when it was a partial value (nil when it was complete).
    public var publishedCoverage: Coverage?
}

/// A named figure with its result.
public struct FigureReport: Sendable {
    public var name: String
    public var label: LocalizedText
    public var result: MetricResult
    public var anchor: String
    /// Set when the figure's prior-year value, computed now, differs from what that year's data.json stated.
    public var restatement: Restatement? = nil
}

/// A line of the standards index: a GRI or SASB code, the figure answering it and where it stands.
public struct StandardsEntry: Sendable {
    public var code: String
    public var label: LocalizedText
    public var result: MetricResult
    public var anchor: String
}
