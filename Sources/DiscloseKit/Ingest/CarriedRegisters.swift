import Foundation

/// Registers `new-year` carried forward and nobody has sent since: a register file of the disclosed year that is
/// byte for byte the same company's file of the year before. `check` and `status` show them as carried forward,
/// not as sent, so the team knows whom to ask for this year's register.
enum CarriedRegisters {
    /// The register submissions of `year` whose file equals the same company's file of `year − 1`.
    static func find(in files: [PlannedFile], year: Int?, within root: String) -> Set<Submission> {
        guard let year else { return [] }
        var previous: [String: String] = [:]
        for file in files where file.fiscalYear == year - 1 && file.spec.kind == .register {
            previous["\(file.company ?? "")/\(file.spec.name)"] = file.path
        }
        guard !previous.isEmpty else { return [] }
        var carried: Set<Submission> = []
        for file in files where file.fiscalYear == year && file.spec.kind == .register {
            guard let company = file.company, let before = previous["\(company)/\(file.spec.name)"],
                isUnchanged(file.path, since: before, within: root)
            else { continue }
            carried.insert(Submission(fiscalYear: year, company: company, dataset: file.spec.name))
        }
        return carried
    }

    /// True when both files can be read and hold the same bytes (sizes compared first).
    static func isUnchanged(_ path: String, since previous: String, within root: String) -> Bool {
        var info = stat()
        var priorInfo = stat()
        guard stat(path, &info) == 0, stat(previous, &priorInfo) == 0, info.st_size == priorInfo.st_size else { return false }
        guard let current = try? InputFile.read(path, within: root, limit: 1 << 30),
            let prior = try? InputFile.read(previous, within: root, limit: 1 << 30)
        else { return false }
        return current == prior
    }
}
