import Foundation

extension DatasetCatalog {
    /// The data contract as README tables, generated from the same description the validator uses.
    public static var markdownTables: String {
        var sections: [String] = []
        for spec in [companies] + perCompany {
            var lines = [
                "#### `\(spec.kind == .registry ? "data/" : "data/FY<year>/<CODE>/")\(spec.fileName)` — \(spec.title)", "",
                "| column | type | required | notes |", "| --- | --- | --- | --- |",
            ]
            for column in spec.columns {
                let privacy = column.isPrivate ? "**private**: never published, never readable by `sql:`" : ""
                let note = [privacy, column.note].filter { !$0.isEmpty }.joined(separator: "; ").replacingOccurrences(of: "|", with: "\\|")
                lines.append("| `\(column.name)` | \(column.type.summary) | \(column.optional ? "optional" : "yes") | \(note) |")
            }
            if !spec.key.isEmpty {
                lines.append("")
                lines.append("Unique per company and fiscal year: \(spec.key.map { "`\($0)`" }.joined(separator: " + ")).")
            }
            sections.append(lines.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }
}
