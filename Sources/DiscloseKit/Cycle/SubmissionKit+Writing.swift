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
