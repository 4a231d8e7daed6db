import Foundation

/// Header-only data files with the catalog's columns: the event files of a submission kit (`disclose templates data`).
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
}
