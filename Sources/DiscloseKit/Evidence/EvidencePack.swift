/// What an assurer needs to re-perform every figure on the page, offline: for each figure its rule, SQL,
/// companies and their contributions, input files with digests and the row numbers used (never the rows'
/// contents), coverage and prior-year value; and a manifest of every input and output digest.
public struct EvidencePack: Sendable {
    /// One input file a figure read for one company.
    public struct InputFile: Sendable, Equatable {
        /// Relative to the project folder.
        public var path: String
        public var sha256: String
        /// Valid rows the file holds (its header excluded).
        public var rows: Int
        /// Line numbers of the rows the figure used, as ranges (`5`, `7-9`).
        public var lines: [String]
        public var rowsUsed: Int
    }

    /// One company in a figure's scope and what it contributed.
    public struct Contribution: Sendable {
        public var code: String
        public var name: String
        /// The figure over this company alone, as the page would write it; "not reported" when it sent nothing.
        public var text: String
        public var count: Int?
        public var numerator: Int?
        public var denominator: Int?
        public var files: [InputFile]
        /// Datasets the figure reads that this company did not send.
        public var missing: [String]
    }

    /// One figure as the page publishes it.
    public struct Figure: Sendable {
        /// Unique in the pack: `goal:ID`, `figure:NAME`, `chart:CHART-ID:LABEL`, `zero:NAME:PATH:LINE`.
        public var id: String
        /// `goal`, `key figure`, `chart value` or `zero statement`.
        public var kind: String
        /// The `id` of the page element that shows it.
        public var anchor: String
        public var label: String
        /// The figure exactly as the page writes it.
        public var published: String
        public var result: MetricResult
        public var rule: String
        /// How `rows` lines were chosen: `matching` (the query's conditions) or `read` (every row of the scope).
        public var rowSelection: String
        /// Bound parameters of the SQL (empty for built-in metrics, whose values are written into the SQL).
        public var parameters: [(name: String, value: String)]
        public var contributions: [Contribution]
        public var prior: MetricResult?
        /// For a zero statement: whether the page states it (the figure is zero and complete).
        public var statementShown: Bool?
    }

    /// A file and its digest.
    public struct Digest: Sendable, Equatable {
        public var path: String
        public var sha256: String
    }

    /// The digests that tie the pack to the project.
    public struct Manifest: Sendable {
        public var discloseVersion: String
        public var pipeline: Digest
        /// Narrative sections, templates and approvals.yaml.
        public var content: [Digest]
        /// Every data file read, of every fiscal year.
        public var inputs: [Digest]
        /// The page set as `build` writes it now.
        public var outputs: [Digest]
    }

    public var title: String
    public var organization: String
    public var fiscalYear: FiscalYear
    public var figures: [Figure]
    public var manifest: Manifest
    /// The words of the figures: the main language's edition.
    public var edition: Edition = .english
}
