import Foundation
import Git

/// A customer repo of the Big Bang template's shape made for one test: the example Big Bang
/// base committed to a local git repository and tagged, reached from the customer base via
/// its upstream URL through a `url.<base>.insteadOf` mirror in a private git config.
struct CustomerRepoFixture {
    static let upstream = "https://repo1.dso.mil/big-bang/bigbang.git"
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    let root: String
    var customer: String { root + "/customer" }
    var cache: String { root + "/cache" }
    let environment: GitEnvironment

    init(tag: String = "3.30.0") throws {
        let root = NSTemporaryDirectory() + "bbctl-customer-\(UUID().uuidString)"
        let customer = root + "/customer"
        self.root = root
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/mirror", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Self.repoRoot + "/examples/bigbang-base", toPath: root + "/mirror/base")
        // The umbrella chart at the same tag, where the base's GitRepository + HelmRelease
        // (chart ./chart) point.
        try fm.copyItem(atPath: Self.repoRoot + "/examples/umbrella", toPath: root + "/mirror/chart")
        try fm.copyItem(atPath: Self.repoRoot + "/examples/customer", toPath: customer)
        let gitconfig = root + "/gitconfig"
        try """
            [user]
            \tname = fixture
            \temail = fixture@example.invalid
            [url "file://\(root)/mirror"]
            \tinsteadOf = \(Self.upstream)

            """.write(toFile: gitconfig, atomically: true, encoding: .utf8)
        environment = GitEnvironment(["HOME": root, "GIT_CONFIG_GLOBAL": gitconfig, "GIT_CONFIG_NOSYSTEM": "1"])
        let env = environment.variables
        try Self.git(["init", "-q", "-b", "main"], in: root + "/mirror", env: env)
        try Self.git(["add", "-A"], in: root + "/mirror", env: env)
        try Self.git(["commit", "-qm", "base"], in: root + "/mirror", env: env)
        try Self.git(["tag", tag], in: root + "/mirror", env: env)
        // prod pins the GitRepository to the previous release.
        try Self.git(["tag", "3.29.0"], in: root + "/mirror", env: env)
        let kustomization = customer + "/base/kustomization.yaml"
        let text = try String(contentsOfFile: kustomization, encoding: .utf8)
            .replacingOccurrences(of: "- ../../bigbang-base", with: "- \(Self.upstream)//base?ref=\(tag)")
        try text.write(toFile: kustomization, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    static func git(_ args: [String], in dir: String, env: [String: String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.environment = env.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOfFile: repoRoot + "/Tests/BigBangTests/Goldens/" + name, encoding: .utf8)
    }
}
