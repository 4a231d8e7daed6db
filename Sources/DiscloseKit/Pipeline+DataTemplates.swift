import Foundation

extension Pipeline {
    /// `disclose templates data DIR [--company CODE]`: the submission kit of `company` in DIR itself, or one kit
    /// per company consolidated at the fiscal year's end in `DIR/<CODE>/`. Returns the kits written.
    public func dataTemplates(to folder: String, company: String?) throws(DiscloseError) -> [SubmissionKit] {
        let (project, companies, dataPath) = try registry()
        try DataTemplates.refuseInside(dataPath, folder: folder)
        let fiscalYear = project.fiscalYear(options.fiscalYear)
        var chosen: [(Company, String)] = []
        if let company {
            guard let found = companies.first(where: { $0.code == company }) else {
                throw DiscloseError(
                    .usage("'\(company)' is not a company in companies.csv" + Suggestion.hint(for: company, in: companies.map(\.code))))
            }
            guard found.isConsolidated(on: fiscalYear.end) else {
                throw DiscloseError(
                    .usage("'\(company)' is not consolidated at the end of \(fiscalYear) (\(fiscalYear.end)): it sends no files for it"))
            }
            chosen = [(found, folder)]
        } else {
            chosen = companies.filter { $0.isConsolidated(on: fiscalYear.end) }.sorted { $0.code < $1.code }
                .map { ($0, (folder as NSString).appendingPathComponent($0.code)) }
        }
        let config = project.config
        let kits = chosen.map { company, kitFolder in
            let previous = (dataPath as NSString).appendingPathComponent("FY\(fiscalYear.label - 1)/\(company.code)")
            let carried = NewYear.registers.filter { name in
                DatasetCatalog.byName[name].map {
                    FileManager.default.fileExists(atPath: (previous as NSString).appendingPathComponent($0.fileName))
                } ?? false
            }
            let kit = SubmissionKit(
                group: config.disclosure.organization[config.disclosure.mainLanguage], company: company.code,
                companyName: company.name, fiscalYear: fiscalYear.label,
                fiscalYearStartMonth: config.disclosure.fiscalYearStartMonth, contract: DataContract.version,
                courses: config.courses.map(\.code), encodings: config.encodings, allowList: config.allowList,
                maxRowsPerFile: config.limits.maxRowsPerFile, carriedForward: carried)
            return (kit, kitFolder, previous)
        }
        try SubmissionKit.write(kits, dataPath: dataPath)
        return kits.map(\.0)
    }
}
