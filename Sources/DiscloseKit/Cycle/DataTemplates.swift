import Foundation

/// Header-only data files with the catalog's columns: what a company fills in and sends (`disclose templates data`).
public enum DataTemplates {
    /// One dataset file's header line, from the catalog.
    public static func header(_ spec: DatasetSpec) -> String {
        spec.columns.map(\.name).joined(separator: ",") + "\n"
    }

    /// Header-only files are for companies to fill in and send: inside the data folder they would read as "sent,
    /// zero rows", so a folder there is a usage error.
    static func refuseInside(_ dataPath: String, folder: String) throws(DiscloseError) {
        let data = URL(fileURLWithPath: dataPath).standardizedFileURL.path
        let target = URL(fileURLWithPath: folder).standardizedFileURL.path
        let realData = FolderBoundary.realPath(data) ?? data
        let existing = FolderBoundary.realPath(target) ?? target
        for (root, path) in [(data, target), (realData, existing)] where path == root || path.hasPrefix(root + "/") {
            throw DiscloseError(
                .usage("\(folder) is inside the data folder \(dataPath): header-only files there would report zero rows for "
                    + "companies that sent nothing; write them elsewhere and let each company fill in and send its own"))
        }
    }

    /// Writes `DIR/<CODE>/<dataset>.csv` (every per-company dataset, header only) for each code; never overwrites a
    /// file. Returns the folders written, in order.
    public static func write(to folder: String, companies: [String]) throws(DiscloseError) -> [String] {
        let manager = FileManager.default
        var planned: [(folder: String, files: [(path: String, text: String)])] = []
        for code in companies {
            guard FieldFormat.isCompanyCode(code) else {
                throw DiscloseError(.usage("'\(code)' is not a company code: use capital letters, digits and '-'"))
            }
            let companyFolder = (folder as NSString).appendingPathComponent(code)
            let files = DatasetCatalog.perCompany.map { ((companyFolder as NSString).appendingPathComponent($0.fileName), header($0)) }
            planned.append((companyFolder, files))
        }
        let existing = planned.flatMap(\.files).map(\.path).filter { manager.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw DiscloseError(
                .usage("\(existing.prefix(3).joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); "
                    + "name another folder, so nothing is overwritten"))
        }
        for entry in planned {
            try OutputFile.makeFolders(entry.folder)
            for file in entry.files { try OutputFile.write(file.path, file.text) }
        }
        return planned.map(\.folder)
    }
}
