import Foundation

extension InputFile {
    /// SHA-256 of a file the build reads, opened as `open` opens it: a regular file inside `root` (a link leading out,
    /// a FIFO, a socket or a device is a located error, never read or waited on), read in 1 MiB pieces.
    static func sha256(_ path: String, within root: String?, kind: String = "file", displayPath: String? = nil) throws(DiscloseError) -> String {
        let descriptor = try open(path, within: root, kind: kind, displayPath: displayPath)
        defer { close(descriptor) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .invalid(at: SourceLocation(path: displayPath ?? path), "cannot read the \(kind): \(FileProblem.describe(errno))")
            }
            if count == 0 { break }
            hasher.update(buffer[0..<count])
        }
        return hasher.hexDigest()
    }
}
