internal import CGit2

/// One entry met while walking a git tree, with its path relative to the tree root.
struct TreeEntry {
    enum Kind { case file, executable, symlink, directory, submodule }
    var path: String
    /// The entry's own name, as stored in the tree (checked before writing to disk).
    var name: String
    var kind: Kind
    var oid: git_oid
}

/// Depth-first walk over a tree (parents before children, entries in git's order).
/// Callers hold the repository lock.
enum TreeWalker {
    static func walk(_ repo: OpaquePointer, tree: OpaquePointer, prefix: String = "", visit: (TreeEntry) throws -> Void) throws {
        let count = git_tree_entrycount(tree)
        for index in 0..<count {
            guard let entry = git_tree_entry_byindex(tree, index), let cName = git_tree_entry_name(entry) else { continue }
            let name = String(cString: cName)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            let oid = git_tree_entry_id(entry).pointee
            switch git_tree_entry_filemode(entry) {
            case GIT_FILEMODE_TREE:
                try visit(TreeEntry(path: path, name: name, kind: .directory, oid: oid))
                var subtree: OpaquePointer?
                var id = oid
                try LibGit2.call("git_tree_lookup") { git_tree_lookup(&subtree, repo, &id) }
                guard let subtree else { continue }
                defer { git_tree_free(subtree) }
                try walk(repo, tree: subtree, prefix: path, visit: visit)
            case GIT_FILEMODE_BLOB_EXECUTABLE:
                try visit(TreeEntry(path: path, name: name, kind: .executable, oid: oid))
            case GIT_FILEMODE_LINK:
                try visit(TreeEntry(path: path, name: name, kind: .symlink, oid: oid))
            case GIT_FILEMODE_COMMIT:
                try visit(TreeEntry(path: path, name: name, kind: .submodule, oid: oid))
            default:
                try visit(TreeEntry(path: path, name: name, kind: .file, oid: oid))
            }
        }
    }

    /// The bytes of a blob.
    static func blobBytes(_ repo: OpaquePointer, _ oid: git_oid) throws -> [UInt8] {
        var blob: OpaquePointer?
        var id = oid
        try LibGit2.call("git_blob_lookup") { git_blob_lookup(&blob, repo, &id) }
        guard let blob else { return [] }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }
}
