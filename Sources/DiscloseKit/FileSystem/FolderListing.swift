#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One folder open for listing (`opendir`/`readdir`): each visible entry's name and what it is, as the
/// folder itself records it (`d_type`), so a listing costs no `stat` per entry (only where the file
/// system does not say, or to follow a link) and a sub-folder is opened relative to it, no path walked twice.
final class FolderListing {
    /// What an entry is, a symbolic link not followed.
    enum Kind: Sendable {
        case folder, link, other
    }

    /// A visible entry: its name and what it is.
    struct Entry {
        var name: String
        var kind: Kind
    }

    #if canImport(Darwin)
    private let stream: UnsafeMutablePointer<DIR>
    #else
    private let stream: OpaquePointer
    #endif

    /// The folder at `path`; nil when it cannot be opened (missing, not a folder, no permission).
    init?(path: String) {
        guard let stream = opendir(path) else { return nil }
        self.stream = stream
    }

    /// The entry `name` of the open folder `parent` (a `descriptor`, which must stay open meanwhile), opened
    /// relative to it, a link to a folder followed; nil when it cannot be opened.
    init?(_ name: String, inFolder parent: Int32) {
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        self.stream = stream
    }

    deinit {
        closedir(stream)
    }

    /// The open folder's descriptor, to open its entries relative to it (on any thread, while this lives).
    var descriptor: Int32 { dirfd(stream) }

    /// Calls `body` with the name of each entry not starting with `.` (a C string valid only during the
    /// call) and its type as recorded in the folder (`DT_UNKNOWN` where the file system does not say).
    /// Reads the folder once: a second call sees nothing.
    func forEachName(_ body: (UnsafePointer<CChar>, _ type: UInt8) -> Void) {
        while let entry = readdir(stream) {
            let type = entry.pointee.d_type
            withUnsafeMutablePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    if name[0] != CChar(UInt8(ascii: ".")) { body(name, type) }
                }
            }
        }
    }

    /// The entries not starting with `.`: which of `known` (NUL-terminated names) are there, by index,
    /// and every other name, in the order the folder lists them.
    func names(among known: [[CChar]]) -> (known: [Int], others: [String]) {
        var found: (known: [Int], others: [String]) = ([], [])
        forEachName { name, _ in
            if let index = known.firstIndex(where: { strcmp($0, name) == 0 }) {
                found.known.append(index)
            } else {
                found.others.append(String(cString: name))
            }
        }
        return found
    }

    /// Every entry not starting with `.`, in byte order of the names.
    func sortedEntries() -> [Entry] {
        var entries: [Entry] = []
        forEachName { name, type in
            entries.append(Entry(name: String(cString: name), kind: kind(of: name, type: type)))
        }
        return entries.sorted { Self.precedes($0.name, $1.name) }
    }

    /// True when the entry is a folder or a symbolic link to one.
    func isFolder(_ entry: Entry) -> Bool {
        switch entry.kind {
        case .folder: return true
        case .other: return false
        case .link:
            var info = stat()
            return fstatat(descriptor, entry.name, &info, 0) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
    }

    /// What an entry is from its recorded type; `lstat` (relative to this folder) only for `DT_UNKNOWN`.
    private func kind(of name: UnsafePointer<CChar>, type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }

    /// Byte order of two names (their UTF-8), the order every listing is sorted in.
    static func precedes(_ first: String, _ second: String) -> Bool {
        var (first, second) = (first, second)
        return first.withUTF8 { a in
            second.withUTF8 { b in
                guard let left = a.baseAddress, let right = b.baseAddress else { return a.count < b.count }
                let order = memcmp(left, right, min(a.count, b.count))
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }
}
