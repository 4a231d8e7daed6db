import Foundation

extension Pipeline {
    /// `disclose receive DIR [--replace]`: checks the kit in DIR as the group checks data, then files it into
    /// `data/FY<N>/<CODE>/`. Refuses, filing nothing, a kit that fails its check, is for another fiscal year or
    /// names no company consolidated that year; and, without `replace`, a kit that would overwrite a file the
    /// company already sent (a register carried forward unchanged by `new-year` is not one).
    public func receive(_ folder: String, replace: Bool) throws(DiscloseError) -> KitReceipt {
        let (project, companies, dataPath) = try registry()
        let check = try SubmissionKit.check(folder: folder, threads: options.parsingThreads)
        let kit = check.kit
        let manifest = SourceLocation(path: (folder as NSString).appendingPathComponent(SubmissionKit.manifestName))
        func refuse(_ message: String) -> DiscloseError { .invalid([.error(at: manifest, message, rule: .kit)]) }
        let errors = check.diagnostics(strict: options.strict).filter { $0.severity == .error }
        guard errors.isEmpty else { throw .invalid(check.diagnostics(strict: options.strict).map(check.redactor.redact)) }
        let fiscalYear = project.fiscalYear(options.fiscalYear)
        guard kit.fiscalYear == fiscalYear.label else {
            throw refuse(
                "this kit is for FY\(kit.fiscalYear), and the project is receiving \(fiscalYear) (disclosure.fiscal_year, or --fy); "
                    + "file it with --fy \(kit.fiscalYear) if that year is meant")
        }
        guard kit.fiscalYearStartMonth == project.config.disclosure.fiscalYearStartMonth else {
            throw refuse(
                "this kit's fiscal year starts in month \(kit.fiscalYearStartMonth), the group's in month "
                    + "\(project.config.disclosure.fiscalYearStartMonth): its dates would be read against another year")
        }
        guard let company = companies.first(where: { $0.code == kit.company }) else {
            throw refuse(
                "this kit is for '\(kit.company)', which is not a company in companies.csv"
                    + Suggestion.hint(for: kit.company, in: companies.map(\.code)))
        }
        guard company.isConsolidated(on: fiscalYear.end) else {
            throw refuse("this kit is for '\(kit.company)', which is not consolidated at the end of \(fiscalYear) (\(fiscalYear.end))")
        }
        let target = (dataPath as NSString).appendingPathComponent("FY\(fiscalYear.label)/\(kit.company)")
        let previous = (dataPath as NSString).appendingPathComponent("FY\(fiscalYear.label - 1)/\(kit.company)")
        let existing = Set(DatasetCatalog.perCompany.map(\.fileName).filter {
            FileManager.default.fileExists(atPath: (target as NSString).appendingPathComponent($0))
        })
        let before = try Ingestor(
            project: project, store: try DisclosureStore.create(), dataPath: dataPath, fiscalYear: fiscalYear.label,
            parsingThreads: options.parsingThreads
        ).readCompanyFolder(target, sent: existing, company: kit.company, fiscalYear: fiscalYear.label, warnMissing: false)
        var filed: [KitReceipt.Filed] = []
        var conflicts: [Diagnostic] = []
        var writes: [(path: String, bytes: [UInt8])] = []
        for spec in DatasetCatalog.perCompany where check.sent.contains(spec.name) {
            let source = (folder as NSString).appendingPathComponent(spec.fileName)
            let path = (target as NSString).appendingPathComponent(spec.fileName)
            let bytes = try InputFile.read(source, within: folder, limit: 1 << 30)
            var entry = KitReceipt.Filed(
                change: .added, path: path, dataset: spec.name, rowsBefore: nil, rowsAfter: check.rows[spec.name] ?? 0,
                wasCarriedForward: false)
            if existing.contains(spec.fileName) {
                entry.rowsBefore = before.rows[spec.name] ?? 0
                let current = try InputFile.read(path, within: dataPath, limit: 1 << 30)
                if current == bytes {
                    entry.change = .unchanged
                } else {
                    entry.change = .replaced
                    entry.wasCarriedForward = spec.kind == .register
                        && CarriedRegisters.isUnchanged(path, since: (previous as NSString).appendingPathComponent(spec.fileName), within: dataPath)
                    if !replace, !entry.wasCarriedForward {
                        conflicts.append(
                            .error(
                                at: SourceLocation(path: path),
                                "\(kit.company) already sent \(spec.fileName) for \(fiscalYear), and the kit's differs; "
                                    + "receive --replace files the kit's in its place", rule: .kit))
                    }
                }
            }
            if entry.change != .unchanged { writes.append((path, bytes)) }
            filed.append(entry)
        }
        guard conflicts.isEmpty else { throw .invalid(conflicts) }
        try OutputFile.makeFolders(target)
        for write in writes { try OutputFile.replace(write.path, bytes: write.bytes) }
        return KitReceipt(kit: kit, folder: target, files: filed)
    }
}
