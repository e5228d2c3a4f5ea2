import FileSystem
import Git

/// Promotions recorded in git: each `bbctl promote --commit` leaves a commit titled
/// `promote: FROM -> TO` with a `Promoted-From: FROM@<commit>` trailer naming the commit
/// FROM's files were taken from.
struct PromotionHistory {
    static let trailerKey = "Promoted-From"
    /// How far back along first parents the last promotion is looked for.
    static let searchLimit = 10_000

    let repository: Git.GitRepository

    static func subject(from: String, to: String) -> String { "promote: \(from) -> \(to)" }

    /// The last promotion from `from` to `to` on HEAD's first-parent line: the promotion
    /// commit and the commit FROM was promoted at.
    func lastPromotion(from: String, to: String) throws -> (promotion: GitCommit, base: String)? {
        guard var commit = try repository.headCommit else { return nil }
        let subject = Self.subject(from: from, to: to)
        let prefix = "\(Self.trailerKey): \(from)@"
        for _ in 0..<Self.searchLimit {
            if commit.summary == subject {
                for line in commit.message.split(separator: "\n") where line.hasPrefix(prefix) {
                    let sha = String(line.dropFirst(prefix.count)).trimmingSpaces
                    if repository.contains(sha) { return (commit, sha) }
                }
            }
            guard let parent = commit.parents.first else { return nil }
            commit = try repository.commit(at: parent.hex)
        }
        return nil
    }

    /// The environment directory as a path inside the repository ("" for its root).
    func relativeDirectory(_ absolute: String, fileSystem fs: FileSystem) -> String? {
        guard let workdir = repository.workingDirectory else { return nil }
        let real = (try? fs.realPath(absolute)) ?? absolute
        let root = (try? fs.realPath(workdir)) ?? workdir
        guard Path.isWithin(real, root) else { return nil }
        let rel = Path.relative(real, to: root)
        return rel == "." ? "" : rel
    }

    /// Uncommitted changes under `directory` (relative to the working tree).
    func uncommittedPaths(under directory: String) throws -> [String] {
        try repository.status.entries.map(\.path).filter {
            directory.isEmpty || $0 == directory || $0.hasPrefix(directory + "/")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" || s.first == "\r" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
