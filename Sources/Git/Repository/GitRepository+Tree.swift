internal import CGit2
import FileSystem

extension GitRepository {
    /// Every file of the tree at `revision`, in memory, rooted at "/" (so `README.md` at the
    /// top of the repository is `/README.md`). Symlinks become files holding their target;
    /// submodules are left out, as they have no content in this repository.
    public func readTree(at revision: String) throws -> InMemoryFileSystem {
        let fs = InMemoryFileSystem()
        try withRepository { repo in
            let tree = try peeled(repo, revision, to: GIT_OBJECT_TREE)
            try TreeWalker.walk(repo, tree: tree.pointer) { entry in
                switch entry.kind {
                case .directory: try fs.createDirectory("/" + entry.path)
                case .file, .executable, .symlink: fs.add("/" + entry.path, bytes: try TreeWalker.blobBytes(repo, entry.oid))
                case .submodule: break
                }
            }
        }
        return fs
    }

    /// The content of one file at `revision` (`git show REV:PATH`).
    public func readBlob(path: String, at revision: String) throws -> [UInt8] {
        let relative = Path.clean(path).split(separator: "/").joined(separator: "/")
        return try withRepository { repo in
            let tree = try peeled(repo, revision, to: GIT_OBJECT_TREE)
            var entry: OpaquePointer?
            let status = git_tree_entry_bypath(&entry, tree.pointer, relative)
            if status == GIT_ENOTFOUND.rawValue { throw GitError.pathNotFound(path: path, revision: revision) }
            try LibGit2.call("git_tree_entry_bypath") { status }
            guard let entry else { throw GitError.pathNotFound(path: path, revision: revision) }
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else {
                throw GitError.notAFile(path: path, revision: revision)
            }
            return try TreeWalker.blobBytes(repo, git_tree_entry_id(entry).pointee)
        }
    }

    /// `readBlob` decoded as UTF-8 text.
    public func readText(path: String, at revision: String) throws -> String {
        String(decoding: try readBlob(path: path, at: revision), as: UTF8.self)
    }

    /// The paths whose content differs between two revisions (`git diff --name-only FROM TO`),
    /// sorted bytewise. A rename shows as both its old and new path.
    public func changedPaths(from: String, to: String = "HEAD") throws -> [String] {
        try withRepository { repo in
            let old = try peeled(repo, from, to: GIT_OBJECT_TREE)
            let new = try peeled(repo, to, to: GIT_OBJECT_TREE)
            var diff: OpaquePointer?
            try LibGit2.call("git_diff_tree_to_tree") { git_diff_tree_to_tree(&diff, repo, old.pointer, new.pointer, nil) }
            return try Self.paths(of: diff)
        }
    }

    /// The paths that differ between a revision and the working tree as it is now: committed
    /// since, staged, unstaged and untracked (not ignored). What CI needs to validate only the
    /// environments a branch touches.
    public func changedPaths(since revision: String) throws -> [String] {
        try withRepository { repo in
            let old = try peeled(repo, revision, to: GIT_OBJECT_TREE)
            var options = git_diff_options()
            try LibGit2.call("git_diff_options_init") { git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)) }
            options.flags = GIT_DIFF_INCLUDE_UNTRACKED.rawValue | GIT_DIFF_RECURSE_UNTRACKED_DIRS.rawValue
            var diff: OpaquePointer?
            try LibGit2.call("git_diff_tree_to_workdir_with_index") {
                git_diff_tree_to_workdir_with_index(&diff, repo, old.pointer, &options)
            }
            return try Self.paths(of: diff)
        }
    }

    private static func paths(of diff: OpaquePointer?) throws -> [String] {
        guard let diff else { return [] }
        defer { git_diff_free(diff) }
        var paths = Set<String>()
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index) else { continue }
            if let p = delta.pointee.old_file.path { paths.insert(String(cString: p)) }
            if let p = delta.pointee.new_file.path { paths.insert(String(cString: p)) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
