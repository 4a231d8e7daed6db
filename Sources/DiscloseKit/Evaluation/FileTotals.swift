/// Files read and rows stored per company for each dataset and fiscal year, read from the store's
/// `files` table in one pass and summed here for any set of companies, so a metric's inputs cost no
/// query of their own (a group's scope would bind over a thousand codes per metric).
///
/// The store is complete once evaluation starts; copies of an evaluator share one cache.
final class FileTotals {
    /// Files and rows of one company's submission.
    private struct Count {
        var files = 0
        var rows = 0

        mutating func add(_ rows: Int) {
            files += 1
            self.rows += rows
        }
    }

    private struct Submissions: Hashable {
        var dataset: String
        var fiscalYear: Int
    }

    /// Per dataset and year, each company's files and rows; nil until first asked.
    private var byCompany: [Submissions: [String: Count]]?

    /// Files and rows of `dataset` in `fiscalYear` sent by `companies` (each counted once); `files` gives the
    /// rows of `DisclosureStore.companyFilesSQL` the first time.
    func totals(
        of dataset: String, fiscalYear: Int, companies: [String], files: () throws(DiscloseError) -> [[SQLValue]]
    ) throws(DiscloseError) -> (files: Int, rows: Int) {
        guard let counts = try loaded(files)[Submissions(dataset: dataset, fiscalYear: fiscalYear)] else { return (0, 0) }
        var sum = Count()
        for company in Set(companies) {
            guard let count = counts[company] else { continue }
            sum.files += count.files
            sum.rows += count.rows
        }
        return (sum.files, sum.rows)
    }

    private func loaded(_ files: () throws(DiscloseError) -> [[SQLValue]]) throws(DiscloseError) -> [Submissions: [String: Count]] {
        if let byCompany { return byCompany }
        var counts: [Submissions: [String: Count]] = [:]
        for file in DisclosureStore.companyFiles(in: try files()) {
            counts[Submissions(dataset: file.dataset, fiscalYear: file.fiscalYear), default: [:]][file.company, default: Count()].add(file.rows)
        }
        byCompany = counts
        return counts
    }
}
