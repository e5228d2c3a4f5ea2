import Foundation
import Testing

/// `bbctl init` as users run it, without a terminal (so no prompts: flags and defaults).
@Suite struct InitCommandTests {
    func temporary(_ tag: String) -> String {
        NSTemporaryDirectory() + "bbctl-init-cli-\(tag)-\(UUID().uuidString)"
    }

    @Test func writesTheScaffoldAndListsTheFiles() throws {
        let dir = temporary("text")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.bbctl(["init", dir, "--envs", "dev,prod", "--domain", "example.mil",
                                      "--domain", "dev=lab.example.mil", "--age-recipient",
                                      "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"],
                                     env: ["NO_COLOR": "1"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("Created \(dir) (15 files):\n"))
        #expect(run.stdout.contains("\n  dev/configmap.yaml\n"))
        let dev = try String(contentsOfFile: dir + "/dev/configmap.yaml", encoding: .utf8)
        #expect(dev.contains("domain: lab.example.mil\n"))
        let prod = try String(contentsOfFile: dir + "/prod/configmap.yaml", encoding: .utf8)
        #expect(prod.contains("domain: example.mil\n"))
    }

    @Test func jsonOutputAndGitCommit() throws {
        let dir = temporary("json")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.bbctl(["init", dir, "--source", "helm", "--git", "-o", "json"],
                                     env: ["GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.invalid",
                                           "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.invalid"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect((object?["files"] as? [String])?.contains("base/helmrelease.yaml") == true)
        #expect((object?["commit"] as? String)?.count == 40)
        #expect(FileManager.default.fileExists(atPath: dir + "/.git"))
    }

    @Test func refusesANonEmptyDirectory() throws {
        let dir = temporary("busy")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "x\n".write(toFile: dir + "/keep.txt", atomically: true, encoding: .utf8)
        let run = try CLITests.bbctl(["init", dir], env: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: ") && run.stderr.contains("--force"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["keep.txt"])
        let forced = try CLITests.bbctl(["init", dir, "--force"], env: ["NO_COLOR": "1"])
        #expect(forced.status == 0, "stderr: \(forced.stderr)")
    }

    @Test(arguments: [
        (["init"], "Missing expected argument"),
        (["init", "/tmp/x", "--source", "svn"], "svn"),
        (["init", "/tmp/x", "--domain", "=x"], "expected DOMAIN or ENV=DOMAIN"),
    ])
    func badFlagsAreUsageErrors(args: [String], message: String) throws {
        let run = try CLITests.bbctl(args, env: ["NO_COLOR": "1"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
    }

    @Test func badValuesAreErrorsAndWriteNothing() throws {
        let dir = temporary("bad")
        let run = try CLITests.bbctl(["init", dir, "--envs", "dev,Prod"], env: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: environment name \"Prod\""))
        #expect(!FileManager.default.fileExists(atPath: dir))
    }
}
