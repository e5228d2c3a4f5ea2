import Diagnostics

/// Everything the Git module can fail with. Errors that come straight from libgit2 keep the
/// name of the failing function and libgit2's own message (read on the failing thread).
public enum GitError: Error, DiagnosticConvertible, Equatable, Sendable {
    /// A libgit2 call returned a negative status.
    case libgit2(function: String, code: Int32, message: String)
    case notARepository(path: String)
    case revisionNotFound(revision: String, repository: String)
    case pathNotFound(path: String, revision: String)
    case notAFile(path: String, revision: String)
    /// `user.name` / `user.email` are not configured.
    case missingIdentity(missing: String)
    case nothingToCommit
    /// `--offline` and the source is not in the cache.
    case offlineSourceMissing(url: String, ref: String)
    /// The remote was fetched but has no such ref.
    case referenceNotFound(url: String, ref: String)
    case invalidRepoSpec(url: String, reason: String)
    case invalidSemverConstraint(String)
    case cacheFailure(path: String, reason: String)
    /// Fetching from the remote failed (unreachable, not a repository, authentication).
    case fetchFailed(url: String, message: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .libgit2(let function, let code, let message):
            return .error("git: \(function) failed (\(code)): \(message)")
        case .notARepository(let path):
            return .error("\(path): not a git repository (or any of the parent directories)")
        case .revisionNotFound(let revision, let repository):
            return .error("\(repository): unknown revision '\(revision)'")
        case .pathNotFound(let path, let revision):
            return .error("path '\(path)' does not exist in '\(revision)'")
        case .notAFile(let path, let revision):
            return .error("path '\(path)' in '\(revision)' is not a file")
        case .missingIdentity(let missing):
            return .error("author identity unknown: set \(missing) in git config (git config --global \(missing) ...)")
        case .nothingToCommit:
            return .error("nothing to commit")
        case .offlineSourceMissing(let url, let ref):
            return .error("offline: git source \(url)\(ref.isEmpty ? "" : " at ref '\(ref)'") is not in the cache")
        case .referenceNotFound(let url, let ref):
            return .error("git source \(url): no ref '\(ref)' (not a branch, tag or commit of that repository)")
        case .invalidRepoSpec(let url, let reason):
            return .error(reason.contains(url) ? reason : "\(reason): \(url)")
        case .invalidSemverConstraint(let c):
            return .error("invalid semver constraint '\(c)'")
        case .fetchFailed(let url, let message):
            return .error("git fetch \(url): \(message)")
        case .cacheFailure(let path, let reason):
            return .error("git cache \(path): \(reason)")
        }
    }
}
