internal import CGit2

/// Process-wide libgit2 state: `git_libgit2_init` runs exactly once, on first use.
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
final class GitHandle {
    let pointer: OpaquePointer
    private let release: (OpaquePointer) -> Void

    init(_ pointer: OpaquePointer, release: @escaping (OpaquePointer) -> Void) {
        self.pointer = pointer
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
