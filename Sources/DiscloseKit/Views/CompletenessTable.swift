/// Who sent what for one fiscal year: a row per company consolidated at FY end, a column per dataset.
public struct CompletenessTable: Sendable {
    public var data: IngestedData
    public var fiscalYear: FiscalYear
    /// The words: the main language's edition.
    public var edition: Edition

    public init(data: IngestedData, fiscalYear: FiscalYear, edition: Edition = .english) {
        self.data = data
        self.fiscalYear = fiscalYear
        self.edition = edition
    }

    /// Aligned text: row counts for files sent, `missing` for files not sent, `carried` for a register carried
    /// forward by `new-year` and unchanged since (not counted as received).
    public var text: String {
        let datasets = DatasetCatalog.perCompany.map(\.name)
        let companies = data.companies.filter { $0.isConsolidated(on: fiscalYear.end) }.map(\.code)
        let fy = edition.fiscalYear(fiscalYear.label)
        guard data.fiscalYears.contains(fiscalYear.label) else {
            return edition.format(.completenessNoFolder, ["fy": fy, "folder": fiscalYear.description])
        }
        var rows: [[String]] = [[edition[.completenessCompany]] + datasets]
        for company in companies {
            rows.append(
                [company]
                    + datasets.map { dataset in
                        let submission = Submission(fiscalYear: fiscalYear.label, company: company, dataset: dataset)
                        guard data.submissions.contains(submission) else { return edition[.completenessMissing] }
                        if data.carriedForward.contains(submission) { return edition[.completenessCarried] }
                        return edition.number(data.rowCounts[submission] ?? 0)
                    })
        }
        let lines = AlignedColumns(rows: rows, rightAligned: Set(1..<rows[0].count)).lines()
        let missing = data.missing.filter { $0.fiscalYear == fiscalYear.label }.count
        let total = companies.count * datasets.count
        let heading = edition.format(.completenessHeading, ["fy": fy, "date": edition.date(fiscalYear.end)])
        let carried = data.carriedForward.filter { $0.fiscalYear == fiscalYear.label }.count
        let summary = edition.format(
            .completenessTotal, ["received": edition.number(total - missing - carried), "total": edition.number(total)])
        return ([heading] + lines + [summary] + [carriedNote].filter { !$0.isEmpty }).joined(separator: "\n")
    }

    /// "120 files carried forward from FY2025, unchanged (not yet sent for this year): AOBA-HD (ledger, …), …";
    /// empty when no register of the year is carried forward.
    public var carriedNote: String {
        let carried = data.carriedForward.filter { $0.fiscalYear == fiscalYear.label }
        guard !carried.isEmpty else { return "" }
        let byCompany = Dictionary(grouping: carried, by: \.company)
        let order = DatasetCatalog.perCompany.map(\.name)
        let companies = byCompany.keys.sorted().map { code in
            let datasets = (byCompany[code] ?? []).map(\.dataset).sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
            return "\(code) (\(datasets.joined(separator: ", ")))"
        }
        return edition.format(
            .completenessCarriedTotal,
            ["count": edition.files(carried.count), "prior_fy": edition.fiscalYear(fiscalYear.label - 1), "companies": edition.list(companies)])
    }
}

extension CompletenessTable {
    /// "Read as CP932 (encodings: in pipeline.yaml):" and the files, one a line, sorted.
    public func encodingNote(_ readAs: [String: TextEncoding]) -> String {
        CompletenessTable.encodingNote(readAs, edition: edition)
    }

    /// The same note for `build`, which prints which files it read in another encoding than UTF-8.
    public static func encodingNote(_ readAs: [String: TextEncoding], edition: Edition) -> String {
        var lines: [String] = []
        for encoding in TextEncoding.allCases where encoding != .utf8 {
            let paths = readAs.filter { $0.value == encoding }.keys.sorted()
            guard !paths.isEmpty else { continue }
            lines.append(edition.format(.completenessReadAs, ["encoding": encoding.displayName, "files": edition.files(paths.count)]))
            lines += paths.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
