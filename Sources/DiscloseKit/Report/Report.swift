/// Everything one disclosure page says, evaluated once and fed to every renderer (Markdown, HTML, JSON).
public struct Report: Sendable {
    public var title: String
    public var organization: String
    public var language: String
    public var fiscalYear: FiscalYear
    public var scopeNote: String
    public var mediumTerm: MediumTermReport?
    /// Goals of the disclosed fiscal year, in pipeline.yaml order.
    public var goals: [GoalReport]
    /// Goals of the next fiscal year.
    public var nextGoals: [GoalReport]
    /// Narrative sections by key (`governance`, `strategy`, `initiatives`).
    public var sections: [NarrativeReport]
    /// Named figures from `figures:`, in pipeline.yaml order.
    public var figures: [FigureReport]
    /// GRI / SASB codes and the figures that answer them.
    public var standards: [StandardsEntry]
    /// Charts, each with its text equivalent: goals against targets, trends, training by population.
    public var charts: [BarChart]
    /// Warnings published in data.json.
    public var diagnostics: [Diagnostic]
    public var missing: [MissingDataset]
    /// Warnings shown on the terminal but never published (they quote folder names, which may name a person).
    public var unpublished: [Diagnostic] = []

    /// Every warning for the terminal.
    public var shownDiagnostics: [Diagnostic] { (diagnostics + unpublished).sorted() }
}

/// The medium-term plan as the page states it.
public struct MediumTermReport: Sendable {
    /// "April 2021 to March 2026"
    public var periodText: String
    public var from: YearMonth
    public var to: YearMonth
    public var goals: [MediumTermGoal]
}

/// One goal with its evaluated metric, prior-year value, status and sentence.
public struct GoalReport: Sendable {
    public var goal: Goal
    public var result: MetricResult?
    public var prior: MetricResult?
    public var base: MetricResult?
    public var status: GoalStatus
    /// The achievement sentence with figures filled in; nil when the goal has none.
    public var achievement: String?
    /// The result as the table shows it (value, or partial value with coverage).
    public var resultText: String
    public var priorText: String
    public var baseText: String?
    public var targetText: String
    /// A sentence on coverage when it is incomplete ("reported by 44 of 45 companies").
    public var coverageText: String?
    /// The anchor of the goal's row on the page.
    public var anchor: String
}

/// A named figure with its result and the text it renders as.
public struct FigureReport: Sendable {
    public var name: String
    public var label: String
    public var result: MetricResult
    public var valueText: String
    public var anchor: String
}

/// One narrative section: the Markdown and HTML cmark produced from `content/*.md`.
public struct NarrativeReport: Sendable {
    public var key: String
    public var heading: String
    public var markdown: String
    public var html: String
}

/// A line of the standards index: a GRI or SASB code, the figure answering it and where it stands.
public struct StandardsEntry: Sendable {
    public var code: String
    public var label: String
    public var valueText: String
    public var anchor: String
}
