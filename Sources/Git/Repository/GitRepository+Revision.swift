internal import CGit2

/// Who made a commit and when (seconds since the epoch, UTC offset in minutes).
public struct GitSignature: Hashable, Sendable {
    public var name: String
    public var email: String
    public var time: Int64
    public var offsetMinutes: Int

    init(_ sig: UnsafePointer<git_signature>) {
        name = sig.pointee.name.map { String(cString: $0) } ?? ""
        email = sig.pointee.email.map { String(cString: $0) } ?? ""
        time = sig.pointee.when.time
        offsetMinutes = Int(sig.pointee.when.offset)
    }
}

/// A commit copied out of libgit2 into plain Swift values.
public struct GitCommit: Hashable, Sendable {
    public var id: GitObjectID
    public var parents: [GitObjectID]
    /// The full message, including any trailers.
    public var message: String
    public var author: GitSignature
    public var committer: GitSignature

    /// The first line of the message.
    public var summary: String {
        String(message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    init(_ commit: OpaquePointer) {
        id = GitObjectID(git_commit_id(commit).pointee)
        parents = (0..<git_commit_parentcount(commit)).compactMap { git_commit_parent_id(commit, $0).map { GitObjectID($0.pointee) } }
        message = git_commit_message(commit).map { String(cString: $0) } ?? ""
        author = GitSignature(git_commit_author(commit))
        committer = GitSignature(git_commit_committer(commit))
    }
}

extension GitRepository {
    /// The commit HEAD points at; nil while the current branch is unborn (no commits yet).
    public var headCommit: GitCommit? {
        get throws {
            try withRepository { repo in
                var ref: OpaquePointer?
                let status = git_repository_head(&ref, repo)
                if status == GIT_EUNBORNBRANCH.rawValue || status == GIT_ENOTFOUND.rawValue { return nil }
                try LibGit2.call("git_repository_head") { status }
                guard let ref else { return nil }
                git_reference_free(ref)
                let commit = try peeledCommit(repo, "HEAD")
                return GitCommit(commit.pointer)
            }
        }
    }

    /// The commit a revision names, as `git rev-parse REV^{commit}`: branches, tags
    /// (annotated tags are peeled), full or abbreviated ids, and expressions such as
    /// `HEAD~1`, `main^` or `v1.0^{commit}`.
    public func resolve(_ revision: String) throws -> GitObjectID {
        try withRepository { repo in
            let commit = try peeledCommit(repo, revision)
            return GitObjectID(git_commit_id(commit.pointer).pointee)
        }
    }

    /// The commit a revision names, with its message and signatures.
    public func commit(at revision: String) throws -> GitCommit {
        try withRepository { repo in GitCommit(try peeledCommit(repo, revision).pointer) }
    }

    /// Whether `revision` names something in this repository.
    public func contains(_ revision: String) -> Bool {
        (try? resolve(revision)) != nil
    }

    /// `git_revparse_single` then peel to a commit; not-found and malformed revisions become
    /// `revisionNotFound`. Must be called with the repository lock held.
    func peeledCommit(_ repo: OpaquePointer, _ revision: String) throws -> GitHandle {
        try peeled(repo, revision, to: GIT_OBJECT_COMMIT)
    }

    func peeled(_ repo: OpaquePointer, _ revision: String, to type: git_object_t) throws -> GitHandle {
        var object: OpaquePointer?
        // Every revparse failure (not found, ambiguous, malformed or unsupported syntax such as
        // `::`) means the same to a user as git's "unknown revision".
        guard git_revparse_single(&object, repo, revision) >= 0, let object else {
            throw GitError.revisionNotFound(revision: revision, repository: workingDirectory ?? gitDirectory)
        }
        defer { git_object_free(object) }
        var target: OpaquePointer?
        let peelStatus = git_object_peel(&target, object, type)
        if peelStatus == GIT_EINVALIDSPEC.rawValue || peelStatus == GIT_ENOTFOUND.rawValue || peelStatus == GIT_EPEEL.rawValue {
            throw GitError.revisionNotFound(revision: revision, repository: workingDirectory ?? gitDirectory)
        }
        try LibGit2.call("git_object_peel") { peelStatus }
        guard let target else { throw GitError.revisionNotFound(revision: revision, repository: gitDirectory) }
        return GitHandle(target, owner: handle, release: { git_object_free($0) })
    }
}
