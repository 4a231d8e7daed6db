import CDiscloseSystem
import Foundation

/// The file a build database lives in: `build.sqlite` (mode 0600) in a private folder
/// `$TMPDIR/disclose-build-<pid>-<random>/` (mode 0700), removed when the store closes, at exit, and on
/// SIGINT, SIGTERM or SIGHUP; folders left by killed processes of this user are removed by the next build.
final class PrivateDatabaseFile {
    static let folderPrefix = "disclose-build-"
    static let fileName = "build.sqlite"

    let folder: String
    let path: String
    private let slot: Int32
    private var removed = false

    /// Creates the folder and an empty file for SQLite to open.
    init() throws(DiscloseError) {
        let temporary = FileManager.default.temporaryDirectory.path
        Self.removeStale(in: temporary)
        let random = UInt64.random(in: 0...UInt64.max)
        folder = (temporary as NSString).appendingPathComponent(
            "\(Self.folderPrefix)\(getpid())-\(Self.sixteenHexDigits(random))")
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        // Remembered (and the signal handlers installed) before the folder exists, so no signal can come between.
        slot = disclose_remember_private_file(path, folder)
        guard mkdir(folder, 0o700) == 0, chmod(folder, 0o700) == 0 else {
            let reason = FileProblem.describe(errno)
            disclose_forget_private_file(slot)
            throw DiscloseError(.fileSystem("cannot create the build database folder \(folder): \(reason)"))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = FileProblem.describe(errno)
            rmdir(folder)
            disclose_forget_private_file(slot)
            throw DiscloseError(.fileSystem("cannot create the build database \(path): \(reason)"))
        }
        close(descriptor)
    }

    deinit {
        remove()
    }

    /// Deletes the file and its folder (once).
    func remove() {
        guard !removed else { return }
        removed = true
        unlink(path)
        rmdir(folder)
        disclose_forget_private_file(slot)
    }

    /// Removes build folders of this user whose process no longer runs (a build killed with SIGKILL).
    /// Always sixteen characters: one unbroken run of letters and digits, which the privacy guard never
    /// takes for a phone or Individual Number when the folder is named in a diagnostic.
    static func sixteenHexDigits(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    static func removeStale(in temporary: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        for entry in entries where entry.hasPrefix(folderPrefix) {
            guard let pid = Int32(entry.dropFirst(folderPrefix.count).prefix { $0 != "-" }), pid > 0 else { continue }
            let folder = (temporary as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            for name in [fileName, fileName + "-journal"] {
                unlink((folder as NSString).appendingPathComponent(name))
            }
            rmdir(folder)
        }
    }
}
