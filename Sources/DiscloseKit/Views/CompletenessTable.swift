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

    /// Aligned text: row counts for files sent, `missing` for files not sent.
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
                        return edition.number(data.rowCounts[submission] ?? 0)
                    })
        }
        let lines = AlignedColumns(rows: rows, rightAligned: Set(1..<rows[0].count)).lines()
        let missing = data.missing.filter { $0.fiscalYear == fiscalYear.label }.count
        let total = companies.count * datasets.count
        let heading = edition.format(.completenessHeading, ["fy": fy, "date": edition.date(fiscalYear.end)])
        let summary = edition.format(.completenessTotal, ["received": edition.number(total - missing), "total": edition.number(total)])
        return ([heading] + lines + [summary]).joined(separator: "\n")
    }
}

extension CompletenessTable {
    /// "Read as CP932 (encodings: in pipeline.yaml):" and the files, one a line, sorted.
    public func encodingNote(_ readAs: [String: TextEncoding]) -> String {
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
