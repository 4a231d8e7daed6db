#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick way into a data file whose folder was already found inside the data folder: one `open` that
/// refuses a symbolic link, one `fstat`, one `read` of the whole (small) file, a UTF-8 check in memory.
///
/// Anything unusual (a link, not a regular file, too large, not UTF-8, an error) gives nil, and the caller
/// takes the careful way (`InputFile`, `FileEncoding`), which reports it exactly as before.
enum SmallFile {
    /// Opens a folder already found inside the data folder, for `utf8Contents(_:folder:name:)`; -1 when it cannot
    /// be opened as a folder (a link, gone): its files then take the careful way, which reports why.
    static func openFolder(_ path: String) -> Int32 {
        open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }

    /// Files up to this size are read whole.
    static let limit = 1 << 20

    /// The bytes of `path` when it is a regular file (not a link) of at most `limit` bytes, all valid UTF-8.
    /// With an open `folder` (a descriptor of the folder holding it), the file `name` is opened in it: no
    /// walk down the whole path for each of thousands of small files.
    static func utf8Contents(_ path: String, folder: Int32 = -1, name: String = "") -> [UInt8]? {
        let flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        let descriptor = folder >= 0 && !name.isEmpty ? openat(folder, name, flags) : open(path, flags)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= limit else { return nil }
        let size = Int(info.st_size)
        // One byte more than the size, so a file that grew since fstat is noticed (then: the careful way).
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            var filled = 0
            while filled <= size {
                let result = read(descriptor, buffer.baseAddress.map { $0 + filled }, size + 1 - filled)
                if result > 0 {
                    filled += result
                } else if result < 0, errno == EINTR {
                    continue
                } else {
                    complete = result == 0 && filled == size
                    break
                }
            }
            count = min(filled, size)
        }
        guard complete else { return nil }
        var validator = UTF8Validator()
        let valid = bytes.withUnsafeBufferPointer { validator.consume($0) } && validator.isComplete
        return valid ? bytes : nil
    }
}
