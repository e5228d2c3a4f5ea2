/// Which commit of a remote to use, in the vocabulary of kustomize (`?ref=`) and Flux
/// (`GitRepository.spec.ref`: branch, tag, semver, name, commit).
public enum GitReference: Hashable, Sendable, CustomStringConvertible {
    /// The remote's HEAD (its default branch).
    case defaultBranch
    /// Resolved the way `git fetch origin NAME` does: a tag, else a branch, else a full ref
    /// name (`refs/...`), else a (possibly abbreviated) commit id. kustomize's `?ref=`.
    case name(String)
    case branch(String)
    case tag(String)
    case commit(String)
    /// The highest tag that is a semantic version satisfying the constraint (`>=1.2 <2`,
    /// `~1.4`, `^2`), as Flux `spec.ref.semver`.
    case semver(String)

    /// kustomize's reading of `?ref=`: empty means the default branch.
    public init(kustomizeRef: String) {
        self = kustomizeRef.isEmpty ? .defaultBranch : .name(kustomizeRef)
    }

    /// The text a user wrote, for messages.
    public var description: String {
        switch self {
        case .defaultBranch: return "HEAD"
        case .name(let s), .branch(let s), .tag(let s), .commit(let s): return s
        case .semver(let s): return "semver:\(s)"
        }
    }

    /// Whether the same text can point at another commit later, so a cached answer may be
    /// stale: branches and ranges move; tags should not; a `name` may be a branch unless it is
    /// a full commit id.
    var isMovable: Bool {
        switch self {
        case .defaultBranch, .branch, .semver: return true
        case .name(let n): return GitObjectID(hex: n) == nil
        case .tag, .commit: return false
        }
    }
}

extension GitReference {
    /// Flux `GitRepository.spec.ref`: commit takes precedence over name, name over semver,
    /// semver over tag, tag over branch; with nothing set Flux checks out branch `master`.
    /// (A commit combined with a branch is resolved as the commit alone.)
    public static func flux(branch: String? = nil, tag: String? = nil, semver: String? = nil,
                            name: String? = nil, commit: String? = nil) -> GitReference {
        func set(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        if let commit = set(commit) { return .commit(commit) }
        if let name = set(name) { return .name(name) }
        if let semver = set(semver) { return .semver(semver) }
        if let tag = set(tag) { return .tag(tag) }
        return .branch(set(branch) ?? "master")
    }
}
