import Foundation

extension SubmissionKit {
    /// The kit's files by name: each register as the company's file of the year before stood (byte for byte), or
    /// header-only when there is none; each event dataset header-only; and kit.json.
    func files(previousYearFolder: String, within dataPath: String) throws(DiscloseError) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for spec in DatasetCatalog.perCompany {
            let previous = (previousYearFolder as NSString).appendingPathComponent(spec.fileName)
            if carriedForward.contains(spec.name) {
                files.append((spec.fileName, try InputFile.read(previous, within: dataPath, limit: 1 << 30)))
            } else {
                files.append((spec.fileName, Array(DataTemplates.header(spec).utf8)))
            }
        }
        files.append((Self.manifestName, Array(json.serialized().utf8)))
        return files
    }

    /// Writes kits into their folders; refuses (writing nothing) when any file is there already or the manifest
    /// would carry personal data.
    static func write(_ kits: [(kit: SubmissionKit, folder: String, previous: String)], dataPath: String) throws(DiscloseError) {
        var planned: [(folder: String, files: [(path: String, bytes: [UInt8])])] = []
        for entry in kits {
            let manifest = entry.kit.json.serialized()
            if let leak = Redactor(allowed: entry.kit.allowList).matches(in: manifest).first {
                throw DiscloseError(
                    .usage("the kit for \(entry.kit.company) would carry personal data (\(leak.kind)) in kit.json; "
                        + "check disclosure.organization, the company's name and allow_list"))
            }
            let files = try entry.kit.files(previousYearFolder: entry.previous, within: dataPath)
            planned.append((entry.folder, files.map { ((entry.folder as NSString).appendingPathComponent($0.name), $0.bytes) }))
        }
        let existing = planned.flatMap(\.files).map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw DiscloseError(
                .usage("\(existing.prefix(3).joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); "
                    + "name another folder, so nothing is overwritten"))
        }
        for entry in planned {
            try OutputFile.makeFolders(entry.folder)
            for file in entry.files { try OutputFile.write(file.path, bytes: file.bytes) }
        }
    }
}

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
