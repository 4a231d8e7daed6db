import Foundation

/// Writes output files with the system's own words on failure ("No space left on device",
/// "Permission denied"), always with the path.
enum OutputFile {
    /// Creates a new file at `path` (never through a symbolic link, never over an existing file) holding `text`.
    static func write(_ path: String, _ text: String) throws(DiscloseError) {
        try write(path, bytes: Array(text.utf8))
    }

    /// Creates a new file at `path` (never through a symbolic link, never over an existing file) holding `bytes`.
    static func write(_ path: String, bytes: [UInt8]) throws(DiscloseError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        try write(bytes, to: descriptor, path: path)
    }

    /// Writes `bytes` at `path`, replacing a file there at once: written beside it first, then renamed over it.
    static func replace(_ path: String, bytes: [UInt8]) throws(DiscloseError) {
        let folder = (path as NSString).deletingLastPathComponent
        let staging = (folder as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).new")
        unlink(staging)
        try write(staging, bytes: bytes)
        guard rename(staging, path) == 0 else {
            let error = failure(path)
            unlink(staging)
            throw error
        }
    }

    /// Writes all of `text` to an open descriptor and closes it; errors name `path` and the reason.
    static func write(_ text: String, to descriptor: Int32, path: String) throws(DiscloseError) {
        try write(Array(text.utf8), to: descriptor, path: path)
    }

    /// Writes all of `bytes` to an open descriptor and closes it; errors name `path` and the reason.
    static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(DiscloseError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Foundation.write(descriptor, $0 + offset, buffer.count - offset) } ?? 0
            }
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure(path)
                close(descriptor)
                throw error
            }
            offset += written
        }
        guard close(descriptor) == 0 else { throw failure(path) }
    }

    /// Creates `path` and any missing parent folders.
    static func makeFolders(_ path: String) throws(DiscloseError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST { throw failure(current, doing: "create") }
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw DiscloseError(.fileSystem("cannot create \(path): something that is not a folder is in the way"))
        }
    }

    /// `cannot write PATH: REASON` for the current `errno`.
    static func failure(_ path: String, doing verb: String = "write") -> DiscloseError {
        DiscloseError(.fileSystem("cannot \(verb) \(path): \(FileProblem.describe(errno))"))
    }
}
