/// Finds the commit a `GitReference` names inside a mirror (where branches live under
/// `refs/heads/` and tags under `refs/tags/`, as on the remote). nil when it is not there.
enum ReferenceResolver {
    static func resolve(_ ref: GitReference, in mirror: GitRepository) throws -> GitObjectID? {
        switch ref {
        case .defaultBranch:
            return attempt("HEAD", in: mirror)
        case .branch(let name):
            return attempt("refs/heads/" + name, in: mirror)
        case .tag(let name):
            return attempt("refs/tags/" + name, in: mirror)
        case .commit(let id):
            return isCommitID(id) ? attempt(id, in: mirror) : nil
        case .name(let name):
            // git's ref lookup order (tags before branches), then full names, then ids.
            for candidate in ["refs/tags/" + name, "refs/heads/" + name] {
                if let id = attempt(candidate, in: mirror) { return id }
            }
            if name.hasPrefix("refs/") || name == "HEAD" { return attempt(name, in: mirror) }
            return isCommitID(name) ? attempt(name, in: mirror) : nil
        case .semver(let text):
            let constraint = try SemverConstraint(text)
            let best = try mirror.tags()
                .compactMap { tag in SemanticVersion(tag).map { (tag, $0) } }
                .filter { constraint.isSatisfied(by: $0.1) }
                .max { $0.1 < $1.1 }
            return best.flatMap { attempt("refs/tags/" + $0.0, in: mirror) }
        }
    }

    private static func attempt(_ revision: String, in mirror: GitRepository) -> GitObjectID? {
        try? mirror.resolve(revision)
    }

    /// 4 to 40 hex digits, as git accepts for an abbreviated id.
    private static func isCommitID(_ s: String) -> Bool {
        (4...40).contains(s.utf8.count) && s.utf8.allSatisfy(isHexDigit)
    }
}
