import Foundation

/// The small fictional project `disclose init` writes: four companies, two fiscal years, every dataset.
public enum StarterProject {
    /// Writes the project into `folder`, creating it; refuses a folder that exists and is not empty.
    /// `languages` (default `[en]`, the first the main one) are any of `StarterProject.languages`.
    public static func write(to folder: String, languages: [String] = ["en"]) throws(DiscloseError) {
        let unknown = languages.filter { !StarterProject.languages.contains($0) }
        guard !languages.isEmpty, unknown.isEmpty, Set(languages).count == languages.count else {
            throw DiscloseError(
                .usage(
                    "--languages takes a comma-separated list of \(StarterProject.languages.joined(separator: ", ")), each once"
                        + (unknown.isEmpty ? "" : "; found '\(unknown.joined(separator: "', '"))'")))
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw DiscloseError(.usage("\(folder) is a file; name a new or empty folder"))
            }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw DiscloseError(.usage("\(folder) is not empty; name a new or empty folder so nothing is overwritten"))
            }
        }
        for (relative, text) in files(languages).sorted(by: { $0.key < $1.key }) {
            let path = (folder as NSString).appendingPathComponent(relative)
            do {
                try manager.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                if executables.contains(relative) { try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
            } catch {
                throw DiscloseError(.fileSystem("cannot write \(path): \(error.localizedDescription)"))
            }
        }
    }

    /// Every file of the project by path relative to its folder.
    public static var files: [String: String] { files(["en"]) }

    /// Every file of the project written in `languages`, by path relative to its folder.
    public static func files(_ languages: [String]) -> [String: String] {
        var files: [String: String] = ["pipeline.yaml": languages == ["en"] ? pipeline : pipeline(languages)]
        for language in languages {
            let folder = StarterProject.folder(language, languages)
            let japanese = language == "ja"
            files[folder + "governance.md"] = japanese ? japaneseGovernance : governance
            files[folder + "strategy.md"] = japanese ? japaneseStrategy : strategy
            files[folder + "initiatives.md"] = japanese ? japaneseInitiatives : initiatives
            for topic in initiativeTopics { files[folder + topic.file] = japanese ? topic.japanese : topic.english }
        }
        files.merge([
            "templates/README.md": "# templates/\n\nThe page templates are built in. Put `privacy.md.mustache`, `privacy.html.mustache` or `privacy.xhtml.mustache` here to override one.\n",
            "data/companies.csv": registry,
        ].merging(ciFiles) { old, _ in old }) { old, _ in old }
        for year in [2024, 2025] {
            for company in companies {
                for spec in DatasetCatalog.perCompany {
                    let rows = StarterProject.rows(spec.dataset, company: company, year: year)
                    let header = spec.headerLine
                    files["data/FY\(year)/\(company)/\(spec.fileName)"] = ([header] + rows).joined(separator: "\n") + "\n"
                }
            }
        }
        return files
    }

    static let companies = ["KAEDE", "KAEDE-JP", "KAEDE-JP-S", "KAEDE-US"]

    static var registry: String {
        let spec = DatasetCatalog.companies
        func company(_ code: String, _ name: String, _ country: String, _ relationship: String, parent: String = "", major: Bool, from: String)
            -> String
        {
            spec.line([
                "code": code, "name": name, "country": country, "relationship": relationship, "parent_code": parent,
                "major": major ? "yes" : "no", "consolidated_from": from,
            ])
        }
        return [
            spec.headerLine,
            company("KAEDE", "Kaede Holdings 株式会社", "JP", "parent", major: false, from: "1990-04-01"),
            company("KAEDE-JP", "Kaede Services Co.", "JP", "subsidiary", parent: "KAEDE", major: true, from: "2005-04-01"),
            company("KAEDE-JP-S", "Kaede Support Co.", "JP", "sub-subsidiary", parent: "KAEDE-JP", major: false, from: "2012-04-01"),
            company("KAEDE-US", "Kaede America, Inc.", "US", "subsidiary", parent: "KAEDE", major: true, from: "2015-04-01"),
        ].joined(separator: "\n") + "\n"
    }
}
