import Foundation
import Testing
@testable import BigBang
import Diagnostics
import FileSystem
import Flux
import Git
import YAML

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
        #expect(result.warnings.isEmpty)
        let tree = try ScaffoldFixture.tree(dir)
        #expect(tree.keys.sorted() == expected.map(\.path).sorted())
        for file in expected where !Scaffolder.isSecretFile(file.path) {
            #expect(tree[file.path] == file.contents, "\(file.path)")
        }
        // No staging directory is left next to it.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (dir as NSString).deletingLastPathComponent)
        #expect(siblings == ["repo"])
    }

    /// With an age recipient the secrets/ files are written SOPS-encrypted (the plaintext
    /// never reaches the disk) under the rule of the scaffold's .sops.yaml, and decrypt to
    /// the template's placeholders.
    @Test func secretsAreEncryptedForTheAgeRecipients() throws {
        let dir = ScaffoldFixture.temporaryDirectory("sops")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let identity = AgeIdentity.generate()
        let scaffolder = Scaffolder(options: ScaffoldOptions(directory: dir, ageRecipients: [identity.recipient]))
        let result = try scaffolder.write()
        let plain = try scaffolder.files().filter { Scaffolder.isSecretFile($0.path) }
        #expect(result.encrypted == plain.map(\.path))
        #expect(result.encrypted == ["base/secrets/common-bb-secret.yaml", "dev/secrets/environment-bb-secret.yaml",
                                     "prod/secrets/environment-bb-secret.yaml", "staging/secrets/environment-bb-secret.yaml"])
        for file in plain {
            let text = try String(contentsOfFile: dir + "/" + file.path, encoding: .utf8)
            #expect(!text.contains("REPLACE_WITH") && !text.contains("istioGateway"), "\(file.path) leaks plaintext")
            let doc = try #require(try YAMLParser.parse(SourceFile(path: file.path, text: text)).first)
            #expect(SOPS.isEncrypted(doc))
            // metadata stays readable for kustomize; only data/stringData are encrypted.
            #expect(doc.resolved.lookup(["metadata", "name"])?.value.hasSuffix("-bb-secret") == true)
            let decrypted = try SOPSDecryptor(identities: [identity]).decrypt(doc, file: nil)
            let expected = try #require(try YAMLParser.parse(SourceFile(path: file.path, text: file.contents)).first)
            #expect(decrypted.resolved.lookup(["stringData", "values.yaml"])?.value
                    == expected.resolved.lookup(["stringData", "values.yaml"])?.value)
        }
    }

    @Test func secretsStayPlaintextWithoutAnAgeRecipientAndSaySo() throws {
        let dir = ScaffoldFixture.temporaryDirectory("plain")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try Scaffolder(options: ScaffoldOptions(directory: dir, pgpFingerprints: [ScaffoldFixture.pgp])).write()
        #expect(result.encrypted.isEmpty)
        #expect(result.warnings.map(\.message).contains { $0.contains("left unencrypted") && $0.contains("age recipients only") })
        let text = try String(contentsOfFile: dir + "/base/secrets/common-bb-secret.yaml", encoding: .utf8)
        #expect(text.contains("REPLACE_WITH_IRON_BANK_USERNAME"))
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
        let parent = ScaffoldFixture.temporaryDirectory("move")
        let dir = parent + "/repo"
        defer { try? FileManager.default.removeItem(atPath: parent) }
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["repo"])
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
