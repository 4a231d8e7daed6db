import Foundation

extension TaxonomyPackage {
    /// Writes the package as `DIR/disclose-privacy-taxonomy.zip` (DIR created if needed), in one step: a temporary
    /// sibling renamed over any earlier one. Returns the path written.
    public func export(to folder: String) throws(DiscloseError) -> String {
        let path = (folder as NSString).appendingPathComponent(TaxonomyPackage.fileName)
        var info = stat()
        if lstat(folder, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            throw DiscloseError(.usage("\(folder) is not a folder; name a folder to write \(TaxonomyPackage.fileName) into"))
        }
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw DiscloseError(.usage("\(path) exists and is not a regular file; remove it or name another folder"))
        }
        let temporary = path + ".tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(zip).write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiscloseError(.fileSystem("cannot write \(path): \(error.localizedDescription)"))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiscloseError(.fileSystem("cannot write \(path): \(reason)"))
        }
        return path
    }
}
