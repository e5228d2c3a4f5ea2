import Diagnostics
import FileSystem
import Git
import YAML

/// One `bbctl promote` run: plan, then (unless a dry run or a conflict) write and commit.
public struct PromotionRun: Sendable {
    public var plan: PromotionPlan
    /// Whether TO's files were written.
    public var written: Bool
    /// The promotion commit, with `--commit`.
    public var commit: String?
    public var dryRun: Bool

    /// Runs the promotion of environment `from` to `to` of the repository holding `directory`.
    public static func run(from: String, to: String, in directory: String, dryRun: Bool = false, commit: Bool = false,
                           options: PromoteOptions = .init(), fileSystem: FileSystem = DiskFileSystem()) throws -> PromotionRun {
        let repository = try BigBangRepository.discover(from: directory, fileSystem: fileSystem)
        let source = try repository.environment(named: from, fileSystem: fileSystem)
        let target = try repository.environment(named: to, fileSystem: fileSystem)
        let promoter = Promoter(repository: repository, options: options, fileSystem: fileSystem)
        let plan = try promoter.plan(from: source, to: target)
        var run = PromotionRun(plan: plan, written: false, commit: nil, dryRun: dryRun)
        guard !dryRun, plan.conflicts.isEmpty, !plan.updates.isEmpty else { return run }
        if commit, try promoter.uncommittedChanges(in: target).isEmpty == false, !options.force {
            throw BigBangError.uncommittedChanges(environment: target.name, paths: try promoter.uncommittedChanges(in: target))
        }
        try promoter.apply(plan, to: target)
        run.written = true
        if commit { run.commit = try promoter.commit(plan).hex }
        return run
    }

    /// The plan for people: what changes where, then what was not promoted, the conflicts
    /// and the outcome; with the diff of the files on a dry run.
    public var text: String {
        var out = "promote \(plan.from) -> \(plan.to) (\(modeDescription))\n"
        var lastFile = ""
        for change in plan.changes {
            if change.file != lastFile { out += "\(change.file)\n"; lastFile = change.file }
            let block = change.block.map { "[\($0)] " } ?? ""
            let verb = change.action.rawValue.padding(6)
            switch change.action {
            case .set: out += "  \(verb) \(block)\(change.path): \(change.old ?? "null") -> \(change.new ?? "null")\n"
            case .add: out += "  \(verb) \(block)\(change.path): \(change.new ?? "null")\n"
            case .delete: out += "  \(verb) \(block)\(change.path) (was \(change.old ?? "null"))\n"
            }
        }
        if !plan.notPromoted.isEmpty {
            out += "not promoted:\n"
            for file in plan.notPromoted { out += "  \(file.file): \(file.reason)\n" }
        }
        if !plan.conflicts.isEmpty {
            out += "conflicts (nothing written; use --strategy ours|theirs):\n"
            for c in plan.conflicts {
                let at = c.location.map { "\($0): " } ?? "\(c.file): "
                let block = c.block.map { "[\($0)] " } ?? ""
                out += "  \(at)\(block)\(c.path): \(plan.from) has \(c.from ?? "(deleted)"), \(plan.to) has \(c.to ?? "(deleted)")\n"
            }
        }
        if plan.changes.isEmpty && plan.conflicts.isEmpty {
            out += "nothing to promote\n"
        } else if dryRun {
            out += "dry run: nothing written\n" + plan.unifiedDiff()
        } else if written {
            let n = plan.updates.count
            out += "wrote \(n) file\(n == 1 ? "" : "s")" + (commit.map { ", committed \(String($0.prefix(12)))" } ?? "") + "\n"
        }
        return out
    }

    /// The same as JSON (one object), for scripts.
    public var json: String {
        var mode: [String: Value] = [:]
        switch plan.mode {
        case .twoWay: mode["type"] = "two-way"
        case .threeWay(let base, let promotion): mode = ["type": "three-way", "base": .string(base), "promotion": .string(promotion)]
        case .version(let v): mode = ["type": "version", "version": .string(v)]
        }
        func opt(_ s: String?) -> Value { s.map(Value.string) ?? .null }
        let changes: [Value] = plan.changes.map {
            .map(["file": .string($0.file), "block": opt($0.block), "path": .string($0.path), "action": .string($0.action.rawValue),
                  "old": opt($0.old), "new": opt($0.new), "line": $0.location.map { .int(Int64($0.line)) } ?? .null])
        }
        let conflicts: [Value] = plan.conflicts.map {
            .map(["file": .string($0.file), "block": opt($0.block), "path": .string($0.path), "from": opt($0.from), "to": opt($0.to),
                  "line": $0.location.map { .int(Int64($0.line)) } ?? .null])
        }
        let notPromoted: [Value] = plan.notPromoted.map { .map(["file": .string($0.file), "reason": .string($0.reason)]) }
        var object: [String: Value] = [
            "from": .string(plan.from), "to": .string(plan.to), "mode": .map(mode), "changes": .list(changes),
            "conflicts": .list(conflicts), "notPromoted": .list(notPromoted), "written": .bool(written),
            "dryRun": .bool(dryRun), "commit": opt(commit),
        ]
        if dryRun { object["diff"] = .string(plan.unifiedDiff()) }
        return ((try? GoJSONEncoder.encode(.map(object), escapeHTML: false, indent: "  ")) ?? "{}") + "\n"
    }

    private var modeDescription: String {
        switch plan.mode {
        case .twoWay: return "two-way: no earlier promotion recorded"
        case .threeWay(let base, _): return "three-way since \(plan.from)@\(base.prefix(12))"
        case .version(let v): return v.isEmpty ? "Big Bang version only" : "Big Bang version \(v) only"
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
