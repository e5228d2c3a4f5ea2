internal import CGit2
import FileSystem

/// A read-only `FileSystem` over the tree of one commit, reading blobs only when asked —
/// the lazy alternative to `GitRepository.readTree(at:)` for large trees of which a render
/// touches a few files. Paths are absolute, with the tree root at "/".
public final class GitTreeFileSystem: FileSystem, @unchecked Sendable {
    public let repository: GitRepository
    public let commit: GitObjectID
    private let tree: GitHandle

    /// The tree of the commit `revision` names.
    public init(repository: GitRepository, revision: String) throws {
        self.repository = repository
        (commit, tree) = try repository.withRepository { repo in
            let commit = try repository.peeledCommit(repo, revision)
            let id = GitObjectID(git_commit_id(commit.pointer).pointee)
            return (id, try repository.peeled(repo, id.hex, to: GIT_OBJECT_TREE))
        }
    }

    private enum Entry {
        case directory(OpaquePointer, owned: GitHandle?)
        case blob(git_oid)
    }

    /// Looks a path up; the body runs under the repository lock.
    private func withEntry<T>(_ path: String, _ body: (OpaquePointer, Entry?) throws -> T) throws -> T {
        let relative = Path.clean(path).split(separator: "/").joined(separator: "/")
        return try repository.withRepository { repo in
            if relative.isEmpty { return try body(repo, .directory(tree.pointer, owned: nil)) }
            var entry: OpaquePointer?
            let status = git_tree_entry_bypath(&entry, tree.pointer, relative)
            if status == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                return try body(repo, nil)
            }
            try LibGit2.call("git_tree_entry_bypath") { status }
            guard let entry else { return try body(repo, nil) }
            defer { git_tree_entry_free(entry) }
            var oid = git_tree_entry_id(entry).pointee
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_TREE:
                var sub: OpaquePointer?
                try LibGit2.call("git_tree_lookup") { git_tree_lookup(&sub, repo, &oid) }
                guard let sub else { return try body(repo, nil) }
                let owned = GitHandle(sub, owner: repository.handle, release: { git_tree_free($0) })
                return try body(repo, .directory(sub, owned: owned))
            case GIT_OBJECT_BLOB:
                return try body(repo, .blob(oid))
            default:
                return try body(repo, nil)   // submodule: no content here
            }
        }
    }

    public func readFile(_ path: String) throws -> [UInt8] {
        try withEntry(path) { repo, entry in
            switch entry {
            case .blob(let oid)?: return try TreeWalker.blobBytes(repo, oid)
            case .directory?: throw FileSystemError.ioFailure(path: path, reason: "is a directory")
            case nil: throw FileSystemError.notFound(path)
            }
        }
    }

    public func exists(_ path: String) -> Bool {
        (try? withEntry(path) { _, entry in entry != nil }) ?? false
    }

    public func isDirectory(_ path: String) -> Bool {
        (try? withEntry(path) { _, entry in
            if case .directory? = entry { return true }
            return false
        }) ?? false
    }

    public func listDirectory(_ path: String) throws -> [String] {
        try withEntry(path) { _, entry in
            guard case .directory(let dir, let owned)? = entry else {
                throw entry == nil ? FileSystemError.notFound(path) : FileSystemError.notADirectory(path)
            }
            defer { withExtendedLifetime(owned) {} }
            var names: [String] = []
            for i in 0..<git_tree_entrycount(dir) {
                if let e = git_tree_entry_byindex(dir, i), let name = git_tree_entry_name(e) { names.append(String(cString: name)) }
            }
            return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
    }

    public func realPath(_ path: String) throws -> String {
        guard exists(path) else { throw FileSystemError.notFound(path) }
        return Path.clean(path)
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws { throw readOnly(path) }
    public func createDirectory(_ path: String) throws { throw readOnly(path) }
    public func removeItem(_ path: String) throws { throw readOnly(path) }

    private func readOnly(_ path: String) -> FileSystemError {
        .ioFailure(path: path, reason: "read-only git tree at \(commit.short)")
    }
}
