// The Git module: everything bbctl needs from git, on libgit2 (kept internal).
//
// Start here:
// - `GitRepository` — a repository on disk: open / discover / create, `resolve(_:)` any
//   revision, `headCommit`, `readTree(at:)` (eager, in memory) or `GitTreeFileSystem` (lazy),
//   `readBlob(path:at:)`, `changedPaths(from:to:)`, `status`, `commit(_:message:trailers:)`,
//   `value(for:)` from git config, `remoteURL(name:)`.
// - `GitSourceCache` — remote sources materialised into per-commit directories, cache first,
//   through `url.<base>.insteadOf`, with an offline mode (`source(url:ref:)`,
//   `source(for: RepoSpec)`, `kustomizationRoot(for:)`).
// - `RepoSpec` / `isRemoteResource(_:)` — kustomize's reading of remote resource URLs.
// - `GitReference`, `SemverConstraint`, `SemanticVersion` — which commit a ref names.
//
// Every libgit2 call goes through `LibGit2.call`, which keeps the function name and reads
// `git_error_last()` on the failing thread; errors surface as `GitError`.
// libgit2 itself is loaded on the first call (Sources/CGit2), not when bbctl starts.
