import Foundation

/// An exclusive `flock` on the output folder's lock file, held while a build publishes.
///
/// The kernel releases it when the process ends, so a killed build never leaves a lock behind.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build that holds it; `waiting` is told when that happens.
    init(folder: String, waiting: (String) -> Void) throws(DiscloseError) {
        let path = (folder as NSString).appendingPathComponent(".disclose.lock")
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiscloseError(.locked("cannot open the lock file \(path): \(String(cString: strerror(errno)))"))
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
