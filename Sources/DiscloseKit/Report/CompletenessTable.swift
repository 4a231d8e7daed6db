/// Who sent what for one fiscal year: a row per company consolidated at FY end, a column per dataset.
public struct CompletenessTable: Sendable {
    public var data: IngestedData
    public var fiscalYear: FiscalYear

    public init(data: IngestedData, fiscalYear: FiscalYear) {
        self.data = data
        self.fiscalYear = fiscalYear
    }

    /// Aligned text: row counts for files sent, `missing` for files not sent.
    public var text: String {
        let datasets = DatasetCatalog.perCompany.map(\.name)
        let companies = data.companies.filter { $0.isConsolidated(on: fiscalYear.end) }.map(\.code)
        guard data.fiscalYears.contains(fiscalYear.label) else {
            return "Completeness \(fiscalYear): no data folder \(fiscalYear)/"
        }
        var rows: [[String]] = [["company"] + datasets]
        for company in companies {
            rows.append(
                [company]
                    + datasets.map { dataset in
                        let submission = Submission(fiscalYear: fiscalYear.label, company: company, dataset: dataset)
                        guard data.submissions.contains(submission) else { return "missing" }
                        return (data.rowCounts[submission] ?? 0).groupedText
                    })
        }
        let lines = AlignedColumns(rows: rows, rightAligned: Set(1..<rows[0].count)).lines()
        let missing = data.missing.filter { $0.fiscalYear == fiscalYear.label }.count
        let total = companies.count * datasets.count
        return (["Completeness \(fiscalYear) (rows per file; companies consolidated at \(fiscalYear.end)):"] + lines
            + ["\(total - missing) of \(total) files received"]).joined(separator: "\n")
    }
}

extension CompletenessTable {
    /// "Read as CP932 (encodings: in pipeline.yaml):" and the files, one a line, sorted.
    public static func encodingNote(_ readAs: [String: TextEncoding]) -> String {
        var lines: [String] = []
        for encoding in TextEncoding.allCases where encoding != .utf8 {
            let paths = readAs.filter { $0.value == encoding }.keys.sorted()
            guard !paths.isEmpty else { continue }
            lines.append("Read as \(encoding.displayName) (encodings: in pipeline.yaml), \(paths.count.counted("file")):")
            lines += paths.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
