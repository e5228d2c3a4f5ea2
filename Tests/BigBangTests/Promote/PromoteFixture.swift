import Foundation
import BigBang
import FileSystem
import Git

/// A customer repository on disk with dev and staging overlays, committed through libgit2
/// with a private git identity (no host config is read).
final class PromoteFixture: @unchecked Sendable {
    let root: String
    let environment: GitEnvironment
    let git: GitRepository

    init(files: [String: String]) throws {
        root = NSTemporaryDirectory() + "bbctl-promote-\(UUID().uuidString)"
        let home = root + "-home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try "[user]\n\tname = Promoter\n\temail = promoter@example.invalid\n"
            .write(toFile: home + "/gitconfig", atomically: true, encoding: .utf8)
        environment = GitEnvironment(["HOME": home, "GIT_CONFIG_GLOBAL": home + "/gitconfig", "GIT_CONFIG_NOSYSTEM": "1"])
        git = try GitRepository.create(at: root, initialBranch: "main", environment: environment)
        try write(files)
        try git.commit(message: "initial")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: root + "-home")
    }

    func write(_ files: [String: String]) throws {
        let fs = DiskFileSystem()
        for (path, text) in files {
            try fs.createDirectory(Path.dirname(root + "/" + path))
            try fs.writeText(root + "/" + path, text)
        }
    }

    func read(_ path: String) throws -> String { try DiskFileSystem().readText(root + "/" + path) }

    var repository: BigBangRepository { get throws { try BigBangRepository.open(root: root) } }

    func promoter(_ options: PromoteOptions = .init()) throws -> Promoter {
        var options = options
        options.gitEnvironment = environment
        return Promoter(repository: try repository, options: options)
    }

    func env(_ name: String) throws -> BigBangRepository.Environment { try repository.environment(named: name) }

    /// plan + apply + commit, as `bbctl promote FROM TO --commit` does.
    @discardableResult
    func promote(_ from: String, _ to: String, _ options: PromoteOptions = .init()) throws -> PromotionPlan {
        let promoter = try promoter(options)
        let plan = try promoter.plan(from: try env(from), to: try env(to))
        guard plan.conflicts.isEmpty else { return plan }
        try promoter.apply(plan, to: try env(to))
        if !plan.updates.isEmpty { _ = try promoter.commit(plan) }
        return plan
    }
}
