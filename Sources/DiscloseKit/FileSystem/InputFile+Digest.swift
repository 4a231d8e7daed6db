extension InputFile {
    /// SHA-256 of a file the build reads, opened as `open` opens it: a regular file inside `root` (a link leading out,
    /// a FIFO, a socket or a device is a located error, never read or waited on), read in 1 MiB pieces.
    static func sha256(_ path: String, within root: String?, kind: String = "file", displayPath: String? = nil) throws(DiscloseError) -> String {
        var hasher = SHA256()
        try forEachPiece(of: path, within: root, kind: kind, displayPath: displayPath, size: 1 << 20) { piece in hasher.update(piece) }
        return hasher.hexDigest()
    }
}
