import Foundation

/// Where folders really are (symbolic links followed, `..` resolved), and whether one lies inside another.
enum FolderBoundary {
    /// `realpath(3)` of an existing path; nil (with `errno` set) when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = Foundation.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of `path` even when its last parts do not exist yet (an output folder before the first
    /// build): the longest existing prefix is resolved and the rest appended, `.` and `..` applied.
    static func resolvedPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var rest: [String] = []
        while realPath(existing) == nil {
            let parent = (existing as NSString).deletingLastPathComponent
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            if parent == existing || parent.isEmpty { break }
            existing = parent
        }
        var parts = (realPath(existing) ?? existing).split(separator: "/").map(String.init)
        for part in rest {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// True when `path` is `folder` or lies inside it (both real paths).
    static func contains(_ folder: String, _ path: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// True when either folder is, holds or lies inside the other.
    static func overlap(_ first: String, _ second: String) -> Bool {
        contains(first, second) || contains(second, first)
    }
}
