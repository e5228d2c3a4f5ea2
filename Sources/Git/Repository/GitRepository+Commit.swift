internal import CGit2
import FileSystem

/// A `Key: value` line appended to a commit message (`git commit --trailer`).
public struct GitTrailer: Hashable, Sendable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// What `commit` stages before committing.
public enum CommitSelection: Hashable, Sendable {
    /// Every change in the working tree, new files included, ignored files left out
    /// (`git add -A`).
    case all
    /// Only these paths (files or directories, relative to the working tree or absolute
    /// inside it); a path missing from disk stages its deletion. Changes already staged
    /// in the index are committed too.
    case paths([String])
}

extension GitRepository {
    /// Stages `selection` and records a commit on the current branch, authored and committed
    /// by the user's git identity (`user.name`, `user.email`; `GIT_AUTHOR_*` /
    /// `GIT_COMMITTER_*` environment variables override, as with git).
    /// Throws `missingIdentity` when no identity is configured and `nothingToCommit` when the
    /// staged tree equals HEAD's.
    @discardableResult
    public func commit(_ selection: CommitSelection = .all, message: String, trailers: [GitTrailer] = []) throws -> GitObjectID {
        let identity = try CommitIdentity(config: config(), environment: environment)
        let fullMessage = try Self.composeMessage(message, trailers: trailers)
        let workdir = workingDirectory
        return try withRepository { repo in
            var index: OpaquePointer?
            try LibGit2.call("git_repository_index") { git_repository_index(&index, repo) }
            guard let index else { throw GitError.nothingToCommit }
            defer { git_index_free(index) }
            try stage(selection, index: index, workdir: workdir)
            try LibGit2.call("git_index_write") { git_index_write(index) }

            var treeID = git_oid()
            try LibGit2.call("git_index_write_tree") { git_index_write_tree(&treeID, index) }
            var tree: OpaquePointer?
            try LibGit2.call("git_tree_lookup") { git_tree_lookup(&tree, repo, &treeID) }
            guard let tree else { throw GitError.nothingToCommit }
            defer { git_tree_free(tree) }

            let parent = try? peeledCommit(repo, "HEAD")
            if parent == nil && git_index_entrycount(index) == 0 { throw GitError.nothingToCommit }
            if let parent, let parentTree = git_commit_tree_id(parent.pointer), git_oid_equal(parentTree, &treeID) != 0 {
                throw GitError.nothingToCommit
            }
            let author = try identity.author.signature()
            defer { git_signature_free(author) }
            let committer = try identity.committer.signature()
            defer { git_signature_free(committer) }
            var parents: [OpaquePointer?] = parent.map { [$0.pointer] } ?? []
            var id = git_oid()
            try LibGit2.call("git_commit_create") {
                git_commit_create(&id, repo, "HEAD", author, committer, nil, fullMessage, tree, parents.count, &parents)
            }
            return GitObjectID(id)
        }
    }

    private func stage(_ selection: CommitSelection, index: OpaquePointer, workdir: String?) throws {
        let pathspecs: [String]
        var flags = GIT_INDEX_ADD_DEFAULT.rawValue
        switch selection {
        case .all:
            pathspecs = []
        case .paths(let paths):
            pathspecs = paths.map { relativePath($0, workdir: workdir) }
            flags |= GIT_INDEX_ADD_DISABLE_PATHSPEC_MATCH.rawValue
            if pathspecs.isEmpty { return }
        }
        try withStrArray(pathspecs) { specs in
            try LibGit2.call("git_index_add_all") { git_index_add_all(index, specs, flags, nil, nil) }
            // add_all only sees files that exist; update_all stages the deletions.
            try LibGit2.call("git_index_update_all") { git_index_update_all(index, specs, nil, nil) }
        }
    }

    private func relativePath(_ path: String, workdir: String?) -> String {
        guard path.hasPrefix("/"), let workdir else { return Path.clean(path) }
        return Path.relative(path, to: workdir)
    }

    /// The message as git stores it: trailing blank lines and spaces removed, one final
    /// newline, then a blank line and one `Key: value` line per trailer.
    static func composeMessage(_ message: String, trailers: [GitTrailer]) throws -> String {
        var buf = git_buf()
        try LibGit2.call("git_message_prettify") { git_message_prettify(&buf, message, 0, 35) }
        var text = takeString(&buf)
        if !trailers.isEmpty {
            // Join an existing trailer block (as `git interpret-trailers`), else start one
            // after a blank line.
            if !text.isEmpty && !endsWithTrailerBlock(text) { text += "\n" }
            for trailer in trailers { text += "\(trailer.key): \(trailer.value)\n" }
        }
        return text
    }

    /// Whether the last paragraph (not the subject) is made only of `Token: value` lines.
    private static func endsWithTrailerBlock(_ text: String) -> Bool {
        let paragraphs = text.components(separatedBy: "\n\n")
        guard paragraphs.count > 1, let last = paragraphs.last else { return false }
        let lines = last.split(separator: "\n")
        return !lines.isEmpty && lines.allSatisfy { line in
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
            return line[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                && line[line.index(after: colon)...].hasPrefix(" ")
        }
    }
}

/// Author and committer names resolved the way git does.
struct CommitIdentity {
    struct Person {
        var name: String
        var email: String

        func signature() throws -> UnsafeMutablePointer<git_signature> {
            var sig: UnsafeMutablePointer<git_signature>?
            try LibGit2.call("git_signature_now") { git_signature_now(&sig, name, email) }
            guard let sig else { throw GitError.missingIdentity(missing: "user.name") }
            return sig
        }
    }

    var author: Person
    var committer: Person

    init(config: GitConfig, environment: GitEnvironment) throws {
        let name = try config.string("user.name")
        let email = try config.string("user.email")
        func pick(_ variable: String, _ fallback: String?, _ key: String) throws -> String {
            if let v = environment.variables[variable], !v.isEmpty { return v }
            guard let fallback, !fallback.isEmpty else { throw GitError.missingIdentity(missing: key) }
            return fallback
        }
        author = Person(name: try pick("GIT_AUTHOR_NAME", name, "user.name"),
                        email: try pick("GIT_AUTHOR_EMAIL", email, "user.email"))
        committer = Person(name: try pick("GIT_COMMITTER_NAME", name, "user.name"),
                           email: try pick("GIT_COMMITTER_EMAIL", email, "user.email"))
    }
}
