internal import CGit2

/// One path with uncommitted changes, compared with HEAD (staged and unstaged together).
public struct GitStatusEntry: Hashable, Sendable {
    public enum Change: String, Hashable, Sendable {
        /// Not in HEAD: untracked or newly staged.
        case new
        case modified
        case deleted
        /// Unmerged after a conflicting merge.
        case conflicted
    }

    /// Path relative to the working tree root.
    public var path: String
    public var change: Change
    /// Whether some of the change is in the index.
    public var staged: Bool
    /// Whether some of the change is only in the working tree.
    public var unstaged: Bool

    public init(path: String, change: Change, staged: Bool, unstaged: Bool) {
        self.path = path
        self.change = change
        self.staged = staged
        self.unstaged = unstaged
    }
}

/// Uncommitted changes of a working tree (`git status`), ignored files left out.
public struct GitStatus: Hashable, Sendable {
    /// Sorted by path.
    public var entries: [GitStatusEntry]

    public init(entries: [GitStatusEntry]) { self.entries = entries }

    public var isClean: Bool { entries.isEmpty }
    public var newPaths: [String] { paths(.new) }
    public var modifiedPaths: [String] { paths(.modified) }
    public var deletedPaths: [String] { paths(.deleted) }
    public var conflictedPaths: [String] { paths(.conflicted) }

    private func paths(_ change: GitStatusEntry.Change) -> [String] {
        entries.filter { $0.change == change }.map(\.path)
    }
}

extension GitRepository {
    /// `git status`: staged and unstaged changes plus untracked files (recursing into
    /// untracked directories); files matched by `.gitignore` are not reported.
    public var status: GitStatus {
        get throws {
            try withRepository { repo in
                var options = git_status_options()
                try LibGit2.call("git_status_options_init") {
                    git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION))
                }
                options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
                options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue
                    | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
                    | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY.rawValue
                var list: OpaquePointer?
                try LibGit2.call("git_status_list_new") { git_status_list_new(&list, repo, &options) }
                guard let list else { return GitStatus(entries: []) }
                defer { git_status_list_free(list) }
                var entries: [GitStatusEntry] = []
                for index in 0..<git_status_list_entrycount(list) {
                    guard let raw = git_status_byindex(list, index) else { continue }
                    if let entry = statusEntry(raw.pointee) { entries.append(entry) }
                }
                entries.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
                return GitStatus(entries: entries)
            }
        }
    }
}

private func statusEntry(_ raw: git_status_entry) -> GitStatusEntry? {
    let bits = raw.status.rawValue
    func has(_ flag: git_status_t) -> Bool { bits & flag.rawValue != 0 }
    let indexMask = GIT_STATUS_INDEX_NEW.rawValue | GIT_STATUS_INDEX_MODIFIED.rawValue | GIT_STATUS_INDEX_DELETED.rawValue
        | GIT_STATUS_INDEX_RENAMED.rawValue | GIT_STATUS_INDEX_TYPECHANGE.rawValue
    let workdirMask = GIT_STATUS_WT_NEW.rawValue | GIT_STATUS_WT_MODIFIED.rawValue | GIT_STATUS_WT_DELETED.rawValue
        | GIT_STATUS_WT_RENAMED.rawValue | GIT_STATUS_WT_TYPECHANGE.rawValue | GIT_STATUS_WT_UNREADABLE.rawValue
    let staged = bits & indexMask != 0
    let unstaged = bits & workdirMask != 0
    let conflicted = has(GIT_STATUS_CONFLICTED)
    guard staged || unstaged || conflicted else { return nil }

    let delta = raw.index_to_workdir ?? raw.head_to_index
    guard let delta, let cPath = delta.pointee.new_file.path ?? delta.pointee.old_file.path else { return nil }
    let change: GitStatusEntry.Change
    if conflicted {
        change = .conflicted
    } else if has(GIT_STATUS_WT_DELETED) || (has(GIT_STATUS_INDEX_DELETED) && !has(GIT_STATUS_WT_NEW)) {
        change = .deleted
    } else if has(GIT_STATUS_INDEX_NEW) || has(GIT_STATUS_WT_NEW) {
        change = .new
    } else {
        change = .modified
    }
    return GitStatusEntry(path: String(cString: cPath), change: change, staged: staged, unstaged: unstaged)
}
