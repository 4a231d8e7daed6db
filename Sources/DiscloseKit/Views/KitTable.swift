/// What `check --kit` shows before its diagnostics: whose kit, for which year, and each file's rows.
public struct KitTable: Sendable {
    public var check: KitCheck

    public init(check: KitCheck) {
        self.check = check
    }

    public var text: String {
        let kit = check.kit
        var lines = ["kit of \(kit.company) (\(kit.companyName)) for \(kit.group), FY\(kit.fiscalYear)"]
        let rows = DatasetCatalog.perCompany.map { spec -> [String] in
            let carried = kit.carriedForward.contains(spec.name) ? " (carried forward from FY\(kit.fiscalYear - 1))" : ""
            guard check.sent.contains(spec.name) else { return [spec.fileName, "missing"] }
            let count = check.rows[spec.name] ?? 0
            return [spec.fileName, "\(count) row\(count == 1 ? "" : "s")\(carried)"]
        }
        lines += AlignedColumns(rows: rows).lines().map { "  " + $0 }
        return lines.joined(separator: "\n")
    }
}
