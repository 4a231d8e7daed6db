/// One company's dataset for one fiscal year that was expected but not sent.
public struct MissingDataset: Sendable, Hashable, Comparable {
    public var fiscalYear: Int
    public var company: String
    public var dataset: String

    public static func < (lhs: MissingDataset, rhs: MissingDataset) -> Bool {
        (lhs.fiscalYear, lhs.company, lhs.dataset) < (rhs.fiscalYear, rhs.company, rhs.dataset)
    }
}

/// A file a company sent: the fact of submission, even when it holds a header only.
public struct Submission: Sendable, Hashable {
    public var fiscalYear: Int
    public var company: String
    public var dataset: String
}

/// What ingest produced besides the rows in the store: the registry, years, completeness and diagnostics.
public struct IngestedData: Sendable {
    public var companies: [Company]
    /// Fiscal years with a `data/FY<N>/` folder, ascending.
    public var fiscalYears: [Int]
    public var submissions: Set<Submission>
    /// Valid rows stored per submission.
    public var rowCounts: [Submission: Int]
    public var missing: [MissingDataset]
    public var diagnostics: [Diagnostic]
    /// Files read in an encoding other than UTF-8 (`encodings:`), by path.
    public var readAs: [String: TextEncoding] = [:]
    /// Those of `diagnostics` shown on the terminal but never published in data.json (they quote folder
    /// names, which may name a person).
    public var unpublished: [Diagnostic] = []
    /// The data folder that was read, as the user named it (`paths.data` or `--data`).
    public var dataFolder: String = ""
    /// Register files of the disclosed year that are byte for byte the year before's (carried forward by
    /// `new-year`, not sent since): they count for figures, and `check` and `status` show them as carried forward.
    public var carriedForward: Set<Submission> = []
    /// Missing-file warnings of years before the disclosed one (read only for the Prior FY and trend columns):
    /// warnings even with `--strict`, which judges the disclosed year.
    public var earlierYearGaps: Set<Diagnostic> = []

    /// The diagnostics as `--strict` (when set) shows them: warnings become errors, except gaps in earlier years.
    public func diagnostics(strict: Bool) -> [Diagnostic] {
        guard strict else { return diagnostics }
        return diagnostics.map { earlierYearGaps.contains($0) ? $0 : $0.asError }
    }

    /// True when no error (warnings aside) was found; `strict` counts warnings as errors.
    public func isValid(strict: Bool = false) -> Bool {
        !diagnostics.contains { $0.severity == .error || (strict && !earlierYearGaps.contains($0)) }
    }

    /// True when `company` sent `dataset` for `fiscalYear`.
    public func submitted(_ dataset: String, by company: String, in fiscalYear: Int) -> Bool {
        submissions.contains(Submission(fiscalYear: fiscalYear, company: company, dataset: dataset))
    }
}
