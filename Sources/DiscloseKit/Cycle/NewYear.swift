import Foundation

/// Starts fiscal year N (`disclose new-year N`): `data/FY<N>/` with one folder per company consolidated on the last day
/// of FY N−1 and the registers carried forward as they stood then. No event dataset is written: a company that has not
/// sent its FY N events has not reported them (a header-only file would say "sent, zero"); the files to fill in come
/// from `disclose templates data DIR`, outside the data folder.
public enum NewYear {
    /// Datasets that hold a register as it stood at fiscal year end, carried into the new year.
    public static let registers = DatasetCatalog.perCompany.filter { $0.kind == .register }.map(\.name)

    /// What `start` wrote.
    public struct Outcome: Sendable {
        public var folder: String
        /// Codes of the companies given a folder.
        public var companies: [String]
        /// Register files copied from FY N−1.
        public var carried: Int
        /// Register files FY N−1 did not have, by path in FY N−1 (left out of FY N: the company must send them).
        public var notCarried: [String]
    }

    /// Writes `data/FY<year>/`; refuses when it exists. `companies` is the registry, `dataPath` the data folder.
    public static func start(
        _ year: Int, companies: [Company], dataPath: String, startMonth: Int
    ) throws(DiscloseError) -> Outcome {
        guard FiscalYear.supported.contains(year) else { throw DiscloseError(.usage(FiscalYear.outOfRange(year, "new-year"))) }
        let target = (dataPath as NSString).appendingPathComponent("FY\(year)")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            throw DiscloseError(.usage("\(target) already exists; new-year never overwrites a fiscal year's data"))
        }
        let previous = (dataPath as NSString).appendingPathComponent("FY\(year - 1)")
        let lastDay = FiscalYear(year - 1, startMonth: startMonth).end
        let consolidated = companies.filter { $0.isConsolidated(on: lastDay) }.map(\.code).sorted()
        guard !consolidated.isEmpty else {
            throw DiscloseError(.usage("no company in companies.csv is consolidated on \(lastDay), the last day of FY\(year - 1)"))
        }
        // Written beside the target and renamed into place, so a failed run leaves no half-made year.
        let staging = (dataPath as NSString).appendingPathComponent(".FY\(year).new-year-\(getpid())")
        var outcome = Outcome(folder: target, companies: consolidated, carried: 0, notCarried: [])
        do throws(DiscloseError) {
            for code in consolidated {
                let folder = (staging as NSString).appendingPathComponent(code)
                try OutputFile.makeFolders(folder)
                for spec in DatasetCatalog.perCompany {
                    let path = (folder as NSString).appendingPathComponent(spec.fileName)
                    guard registers.contains(spec.name) else { continue }
                    let source = (previous as NSString).appendingPathComponent("\(code)/\(spec.fileName)")
                    guard FileManager.default.fileExists(atPath: source) else {
                        outcome.notCarried.append(source)
                        continue
                    }
                    // Byte for byte: the register as it stood at FY N−1 end, in whatever encoding it was sent.
                    try OutputFile.write(path, bytes: try InputFile.read(source, within: dataPath, limit: 1 << 30))
                    outcome.carried += 1
                }
            }
            guard rename(staging, target) == 0 else {
                throw DiscloseError(.fileSystem("cannot create \(target): \(FileProblem.describe(errno))"))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        return outcome
    }
}
