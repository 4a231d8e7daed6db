import Foundation

extension PageTemplates {
    /// Writes every built-in template into `folder` (created if needed), to copy and edit; never overwrites a file.
    /// Returns the paths written, sorted.
    public static func export(to folder: String) throws(DiscloseError) -> [String] {
        let manager = FileManager.default
        let targets = all.keys.sorted().map { (name: $0, path: (folder as NSString).appendingPathComponent($0)) }
        let existing = targets.filter { manager.fileExists(atPath: $0.path) }.map(\.path)
        guard existing.isEmpty else {
            throw DiscloseError(
                .usage("\(existing.joined(separator: ", ")) already exists; remove it or name another folder, so nothing is overwritten"))
        }
        var written: [String] = []
        for target in targets {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data((all[target.name] ?? "").utf8).write(to: URL(fileURLWithPath: target.path), options: .withoutOverwriting)
            } catch {
                throw DiscloseError(.fileSystem("cannot write \(target.path): \(error.localizedDescription)"))
            }
            written.append(target.path)
        }
        return written
    }
}
