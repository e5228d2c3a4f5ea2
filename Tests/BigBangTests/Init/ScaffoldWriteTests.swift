import Foundation
import Testing
@testable import BigBang
import FileSystem
import Git

/// Writing the scaffold: all files or none, never over someone's work without --force,
/// and with --git one commit leaving a clean tree.
@Suite struct ScaffoldWriteTests {
    @Test func writesEveryFileIntoAFreshDirectory() throws {
        let dir = ScaffoldFixture.temporaryDirectory("fresh") + "/nested/repo"
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let scaffolder = Scaffolder(options: ScaffoldFixture.gitOptions(dir))
        let result = try scaffolder.write()
        let expected = try scaffolder.files()
        #expect(result.files == expected.map(\.path))
        #expect(result.commit == nil)
        #expect(try ScaffoldFixture.tree(dir) == Dictionary(uniqueKeysWithValues: expected.map { ($0.path, $0.contents) }))
        // No staging directory is left next to it.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (dir as NSString).deletingLastPathComponent)
        #expect(siblings == ["repo"])
    }

    @Test func refusesANonEmptyDirectoryWithoutForce() throws {
        let dir = ScaffoldFixture.temporaryDirectory("busy")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "mine\n".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        #expect {
            _ = try Scaffolder(options: ScaffoldFixture.gitOptions(dir)).write()
        } throws: { error in
            (error as? BigBangError)?.message.contains("is not empty") == true
        }
        #expect(try ScaffoldFixture.tree(dir) == ["notes.txt": "mine\n"])
    }

    @Test func writesIntoAnEmptyDirectory() throws {
        let dir = ScaffoldFixture.temporaryDirectory("empty")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let result = try Scaffolder(options: ScaffoldFixture.gitOptions(dir)).write()
        #expect(try ScaffoldFixture.tree(dir).count == result.files.count)
    }

    @Test func forceReplacesScaffoldFilesAndKeepsTheRest() throws {
        let dir = ScaffoldFixture.temporaryDirectory("force")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/dev", withIntermediateDirectories: true)
        try "mine\n".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        try "old\n".write(toFile: dir + "/dev/configmap.yaml", atomically: true, encoding: .utf8)
        var options = ScaffoldFixture.gitOptions(dir)
        options.force = true
        let result = try Scaffolder(options: options).write()
        let tree = try ScaffoldFixture.tree(dir)
        #expect(tree["notes.txt"] == "mine\n")
        #expect(tree["dev/configmap.yaml"]?.contains("domain: dev.bigbang.example.mil") == true)
        #expect(tree.count == result.files.count + 1)
    }

    /// A full disk while staging: nothing appears, not even the directory.
    @Test func aFailedWriteLeavesNothingBehind() throws {
        let parent = ScaffoldFixture.temporaryDirectory("fail")
        let dir = parent + "/repo"
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let fs = FailingFileSystem(failAt: 7)
        #expect(throws: FileSystemError.self) {
            _ = try Scaffolder(options: ScaffoldFixture.gitOptions(dir)).write(fileSystem: fs)
        }
        #expect(fs.counter.writes == 7)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == [])
    }

    /// A move failing half-way into a non-empty directory (--force): every file it had
    /// replaced is back, byte for byte, and no scaffold file stays.
    @Test func aFailedMoveRestoresTheDirectory() throws {
        let dir = ScaffoldFixture.temporaryDirectory("move")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/base", withIntermediateDirectories: true)
        try "mine\n".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
        try "# my base\n".write(toFile: dir + "/base/configmap.yaml", atomically: true, encoding: .utf8)
        try "# my readme\n".write(toFile: dir + "/README.md", atomically: true, encoding: .utf8)
        let before = try ScaffoldFixture.tree(dir)
        var options = ScaffoldFixture.gitOptions(dir)
        options.force = true
        var moves = 0
        let failing: ScaffoldTransaction.Rename = { from, to in
            moves += 1
            if moves == 9 { throw BigBangError.scaffold("injected failure moving \(from)") }
            try ScaffoldTransaction.posixRename(from, to)
        }
        #expect(throws: BigBangError.self) {
            _ = try Scaffolder(options: options).write(fileSystem: DiskFileSystem(), gitEnvironment: .current, rename: failing)
        }
        #expect(moves >= 9)  // the failed one, then the restoring moves
        #expect(try ScaffoldFixture.tree(dir) == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/dev"))
        let parent = (dir as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(".bbctl-init-") } == [])
    }

    @Test func gitMakesOneCommitAndACleanTree() throws {
        let root = ScaffoldFixture.temporaryDirectory("git")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = try ScaffoldFixture.bareGitEnvironment(home: root + "/home")
        var options = ScaffoldFixture.gitOptions(root + "/repo")
        options.initializeGit = true
        let result = try Scaffolder(options: options).write(gitEnvironment: env)
        let repo = try GitRepository(at: root + "/repo", environment: env)
        let head = try #require(try repo.headCommit)
        #expect(result.commit == head.id.hex)
        #expect(head.parents.isEmpty)
        #expect(head.summary.contains("bbctl init"))
        #expect(head.author.name == Scaffolder.fallbackIdentity.name)
        #expect(head.author.email == Scaffolder.fallbackIdentity.email)
        #expect(try repo.status.isClean)
        #expect(try repo.branches() == ["main"])
        #expect(try repo.readText(path: "dev/kustomization.yaml", at: "HEAD").contains("../base"))
    }

    @Test func gitUsesTheConfiguredIdentity() throws {
        let root = ScaffoldFixture.temporaryDirectory("ident")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let env = try ScaffoldFixture.bareGitEnvironment(home: root + "/home")
        try "[user]\n\tname = Pat Operator\n\temail = pat@example.mil\n".write(toFile: root + "/home/gitconfig", atomically: true, encoding: .utf8)
        var options = ScaffoldFixture.gitOptions(root + "/repo")
        options.initializeGit = true
        _ = try Scaffolder(options: options).write(gitEnvironment: env)
        let head = try #require(try GitRepository(at: root + "/repo", environment: env).headCommit)
        #expect(head.author.name == "Pat Operator" && head.committer.email == "pat@example.mil")
    }
}
