internal import CGit2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the tree of one commit into a fresh directory: regular files (0644, or 0755 when
/// executable in git), directories and symlinks. Submodules become empty directories and are
/// returned (path, recorded commit) for the caller to fill in.
/// Entry names that could escape the directory (`..`, `.git`, anything with '/') are refused.
enum CheckoutWriter {
    static func materialize(_ repository: GitRepository, commit: GitObjectID, into directory: String) throws -> [(path: String, commit: GitObjectID)] {
        var gitlinks: [(path: String, commit: GitObjectID)] = []
        try makeDirectory(directory)
        try repository.withRepository { repo in
            let tree = try repository.peeled(repo, commit.hex, to: GIT_OBJECT_TREE)
            try TreeWalker.walk(repo, tree: tree.pointer) { entry in
                let name = entry.name
                if name.isEmpty || name == ".." || name == "." || name.lowercased() == ".git" || name.contains("/") {
                    throw GitError.cacheFailure(path: directory, reason: "refusing tree entry '\(entry.path)'")
                }
                let target = directory + "/" + entry.path
                switch entry.kind {
                case .directory:
                    try makeDirectory(target)
                case .submodule:
                    try makeDirectory(target)
                    gitlinks.append((entry.path, GitObjectID(entry.oid)))
                case .file, .executable:
                    try writeFile(target, TreeWalker.blobBytes(repo, entry.oid), mode: entry.kind == .executable ? 0o755 : 0o644)
                case .symlink:
                    let destination = String(decoding: try TreeWalker.blobBytes(repo, entry.oid), as: UTF8.self)
                    guard symlink(destination, target) == 0 else { throw failure(target) }
                }
            }
        }
        return gitlinks
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path) }
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8], mode: mode_t) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + written }, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            written += n
        }
    }

    static func failure(_ path: String) -> GitError {
        .cacheFailure(path: path, reason: String(cString: strerror(errno)))
    }
}
