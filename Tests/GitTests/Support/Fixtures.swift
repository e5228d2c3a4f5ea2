import Foundation
import Git

/// A temporary directory removed when the value is released.
final class TemporaryDirectory: @unchecked Sendable {
    let path: String

    init(_ label: String = "bbctl-git") {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }
}

struct CommandFailed: Error, CustomStringConvertible {
    var description: String
}

/// An environment with a private HOME and no system config, so the host's git settings
/// never leak into a test.
func isolatedEnvironment(home: String, extra: [String: String] = [:]) -> [String: String] {
    var env = ["HOME": home, "GIT_CONFIG_NOSYSTEM": "1", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
               "GIT_AUTHOR_DATE": "2024-01-02T03:04:05Z", "GIT_COMMITTER_DATE": "2024-01-02T03:04:05Z"]
    for (k, v) in extra { env[k] = v }
    return env
}

/// Runs the git CLI in `directory`; returns trimmed stdout.
@discardableResult
func runGit(_ args: [String], in directory: String, environment: [String: String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = args
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CommandFailed(description: "git \(args.joined(separator: " ")): \(String(decoding: errData, as: UTF8.self))")
    }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

/// A source repository made with the git CLI:
///
///     c1  README.md=one, base/kustomization.yaml, run.sh (executable)   tags v1.0.0 (annotated), light
///     c2  README.md=two, app/deploy.yaml added, run.sh removed            tag v1.1.0, branch main
///     branch feature at c1 with feature.txt added (c3)
final class SourceRepo: @unchecked Sendable {
    let temp = TemporaryDirectory("bbctl-src")
    var home: String { temp.path + "/home" }
    var path: String { temp.path + "/repo" }
    var env: [String: String] { isolatedEnvironment(home: home) }
    var gitEnvironment: GitEnvironment { GitEnvironment(env) }
    private(set) var c1 = "", c2 = "", c3 = ""

    init() throws {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try temp.write("home/.gitconfig", "[user]\n\tname = Test User\n\temail = test@example.com\n")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try temp.write("repo/README.md", "one\n")
        try temp.write("repo/base/kustomization.yaml", "resources:\n- cm.yaml\n")
        try temp.write("repo/run.sh", "#!/bin/sh\n")
        chmod(path + "/run.sh", 0o755)
        try git("add", "-A")
        try git("commit", "-q", "-m", "first")
        c1 = try git("rev-parse", "HEAD")
        try git("tag", "-a", "v1.0.0", "-m", "release one")
        try git("tag", "light")
        try temp.write("repo/README.md", "two\n")
        try temp.write("repo/app/deploy.yaml", "kind: Deployment\n")
        try git("rm", "-q", "run.sh")
        try git("add", "-A")
        try git("commit", "-q", "-m", "second")
        c2 = try git("rev-parse", "HEAD")
        try git("tag", "v1.1.0")
        try git("checkout", "-q", "-b", "feature", c1)
        try temp.write("repo/feature.txt", "feature\n")
        try git("add", "-A")
        try git("commit", "-q", "-m", "feature work")
        c3 = try git("rev-parse", "HEAD")
        try git("checkout", "-q", "main")
    }

    /// One repository shared by tests that only read it (creating one costs a dozen git runs).
    /// It lives for the whole test process.
    static func shared() throws -> SourceRepo { try sharedResult.get() }
    private static let sharedResult = Result { try SourceRepo() }

    @discardableResult
    func git(_ args: String...) throws -> String {
        try runGit(args, in: path, environment: env)
    }
}
