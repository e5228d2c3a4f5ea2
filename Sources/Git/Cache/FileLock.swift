#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file, held until the value is released. Separate opens
/// conflict even inside one process, so this serialises threads and processes alike.
final class FileLock {
    private let fd: Int32

    init(path: String) throws {
        fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw GitError.cacheFailure(path: path, reason: String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            throw GitError.cacheFailure(path: path, reason: reason)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
