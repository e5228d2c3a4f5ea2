internal import CGit2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide libgit2 state: `git_libgit2_init` runs exactly once, on first use.
/// That first call is also what loads libgit2 (CGit2 opens it with dlopen). When it cannot be
/// loaded, init fails quietly here and every libgit2 call after it fails with a
/// `git_error_last()` message saying why, so `call` reports it like any libgit2 error.
enum LibGit2 {
    private static let initialized: Bool = {
        git_libgit2_init() >= 0
    }()

    /// Call before any other libgit2 function.
    static func ensureInitialized() {
        _ = initialized
    }

    /// Runs one libgit2 call and turns a negative status into `GitError.libgit2`, reading
    /// `git_error_last()` immediately, on this thread, so the message belongs to this call.
    @discardableResult
    static func call(_ function: String, _ body: () -> Int32) throws -> Int32 {
        let status = body()
        guard status < 0 else { return status }
        throw GitError.libgit2(function: function, code: status, message: lastErrorMessage())
    }

    static func lastErrorMessage() -> String {
        guard let error = git_error_last(), let message = error.pointee.message else {
            return "unknown error"
        }
        return String(cString: message)
    }
}

/// Owns exactly one libgit2 handle and frees it when the Swift object goes away.
/// An object (tree, commit) keeps its repository's handle as `owner`, so the repository is
/// freed only after every object read from it.
final class GitHandle {
    let pointer: OpaquePointer
    private let release: (OpaquePointer) -> Void
    private let owner: GitHandle?

    init(_ pointer: OpaquePointer, owner: GitHandle? = nil, release: @escaping (OpaquePointer) -> Void) {
        self.pointer = pointer
        self.owner = owner
        self.release = release
    }

    deinit { release(pointer) }
}

/// Frees a `git_buf` filled by libgit2 once the Swift string has been copied out.
func takeString(_ buf: inout git_buf) -> String {
    defer { git_buf_dispose(&buf) }
    guard let ptr = buf.ptr else { return "" }
    return String(cString: ptr)
}

/// Lends libgit2 a `git_strarray` of copies of `strings` for the duration of `body`.
func withStrArray<T>(_ strings: [String], _ body: (UnsafeMutablePointer<git_strarray>) throws -> T) rethrows -> T {
    let copies = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(1, strings.count))
    for (i, s) in strings.enumerated() { copies[i] = strdup(s) }
    defer {
        for i in 0..<strings.count { free(copies[i]) }
        copies.deallocate()
    }
    var array = git_strarray(strings: copies, count: strings.count)
    return try body(&array)
}
