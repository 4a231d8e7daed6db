import Foundation

/// Writes a file through a 256 KiB buffer; owns its `FILE*` and closes it in `deinit`.
final class BufferedFile {
    private let handle: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    let path: String

    init(path: String) throws(DiscloseError) {
        guard let handle = fopen(path, "wb") else {
            throw DiscloseError(.fileSystem("cannot create \(path): \(String(cString: strerror(errno)))"))
        }
        self.handle = handle
        self.path = path
        buffer.reserveCapacity(1 << 18)
    }

    deinit {
        fclose(handle)
    }

    /// Appends one line (a newline is added).
    func line(_ text: String) throws(DiscloseError) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(10)
        if buffer.count >= 1 << 18 { try flush() }
    }

    /// Writes what is buffered.
    func flush() throws(DiscloseError) {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == buffer.count else {
            throw DiscloseError(.fileSystem("cannot write \(path): \(String(cString: strerror(errno)))"))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and checks the close.
    func finish() throws(DiscloseError) {
        try flush()
        guard fflush(handle) == 0 else { throw DiscloseError(.fileSystem("cannot write \(path)")) }
    }
}
