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

    /// True when no error (warnings aside) was found; `strict` counts warnings as errors.
    public func isValid(strict: Bool = false) -> Bool {
        !diagnostics.contains { $0.severity == .error || strict }
    }

    /// True when `company` sent `dataset` for `fiscalYear`.
    public func submitted(_ dataset: String, by company: String, in fiscalYear: Int) -> Bool {
        submissions.contains(Submission(fiscalYear: fiscalYear, company: company, dataset: dataset))
    }
}
