import Foundation

/// An exclusive `flock` on the output folder's lock file, held while a build publishes.
///
/// The kernel releases it when the process ends, so a killed build never leaves a lock behind.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build that holds it; `waiting` is told when that happens.
    init(folder: String, waiting: (String) -> Void) throws(DiscloseError) {
        let path = (folder as NSString).appendingPathComponent(".disclose.lock")
        // Never through a symbolic link: the lock must not be a way to create or touch a file elsewhere.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
        guard descriptor >= 0 else {
            if errno == ELOOP {
                throw DiscloseError(
                    .locked("the lock file \(path) is a symbolic link; disclose never makes one and will not follow it: remove it"))
            }
            throw DiscloseError(.locked("cannot open the lock file \(path): \(String(cString: strerror(errno)))"))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw DiscloseError(.locked("the lock file \(path) is not a regular file: remove it"))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting("another disclose build is publishing to \(folder); waiting for it to finish")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw DiscloseError(.locked("cannot lock \(path): \(reason)"))
                }
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
