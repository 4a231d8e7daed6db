import Foundation

/// A file the build reads, checked before a byte of it is read: its real path (symbolic links
/// followed) must lie inside the folder it belongs to, and it must be a regular file, so a link out
/// of the project, a FIFO, a socket or `/dev/zero` is refused with a located error instead of read.
enum InputFile {
    /// Opens `path` for reading and returns its descriptor (the caller closes it).
    ///
    /// `root` is the folder the file must stay inside (nil: anywhere, e.g. `--config`). The real path
    /// is opened with `O_NOFOLLOW | O_NONBLOCK`, and `fstat` must then find a regular file.
    static func open(_ path: String, within root: String?, kind: String = "file", displayPath: String? = nil)
        throws(DiscloseError) -> Int32
    {
        let location = SourceLocation(path: displayPath ?? path)
        guard let real = FolderBoundary.realPath(path) else {
            throw .invalid(at: location, "cannot read the \(kind): \(FileProblem.describe(errno))")
        }
        if let root, !FolderBoundary.contains(FolderBoundary.realPath(root) ?? root, real) {
            throw .invalid(
                at: location,
                "the \(kind) leads outside the project folder through a symbolic link; disclose reads only files inside the project")
        }
        var before = stat()
        if lstat(real, &before) == 0, before.st_mode & S_IFMT != S_IFREG {
            throw .invalid(at: location, "not a regular file: it is \(describeType(before.st_mode)); disclose reads only regular files")
        }
        let descriptor = Foundation.open(real, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw .invalid(at: location, "cannot read the \(kind): \(FileProblem.describe(errno))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = FileProblem.describe(errno)
            close(descriptor)
            throw .invalid(at: location, "cannot read the \(kind): \(reason)")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .invalid(at: location, "not a regular file: it is \(describeType(info.st_mode)); disclose reads only regular files")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// The whole file, refused past `limit` bytes (so a runaway file cannot fill memory).
    static func read(
        _ path: String, within root: String?, kind: String = "file", displayPath: String? = nil, limit: Int = 64 << 20
    ) throws(DiscloseError) -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachPiece(of: path, within: root, kind: kind, displayPath: displayPath, size: 1 << 16) { (piece) throws(DiscloseError) in
            bytes.append(contentsOf: piece)
            if bytes.count > limit {
                throw .invalid(at: SourceLocation(path: displayPath ?? path), "the \(kind) is larger than \(limit >> 20) MiB; disclose does not read it")
            }
        }
        return bytes
    }

    /// Opens the file as `open` does and hands its bytes to `body` in pieces of at most `size` bytes.
    static func forEachPiece(
        of path: String, within root: String?, kind: String, displayPath: String?, size: Int,
        _ body: (ArraySlice<UInt8>) throws(DiscloseError) -> Void
    ) throws(DiscloseError) {
        let descriptor = try open(path, within: root, kind: kind, displayPath: displayPath)
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .invalid(at: SourceLocation(path: displayPath ?? path), "cannot read the \(kind): \(FileProblem.describe(errno))")
            }
            if count == 0 { return }
            try body(buffer[0..<count])
        }
    }

    /// "a folder", "a named pipe (FIFO)", … for a `st_mode`.
    static func describeType(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }
}

/// The words of the C library for an `errno` value, as messages quote them ("No space left on device").
enum FileProblem {
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
