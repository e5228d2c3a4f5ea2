import Testing
import Foundation

/// The CLI as users run it: a table of arguments, expected stdout (golden or fragment) and
/// exit status, run against the built `bbctl` binary (Helm's pkg/cmd/template_test.go style).
@Suite struct CLITests {
    static let repoRoot = CompletionTests.repoRoot.path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func bbctl(_ args: [String], env: [String: String] = [:]) throws -> Run {
        let binary = Bundle.main.bundleURL.appendingPathComponent("bbctl")
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
        p.environment = ProcessInfo.processInfo.environment.merging(env) { _, b in b }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                   stderr: String(decoding: e, as: UTF8.self))
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var args: [String]
        var status: Int32
        var stdoutContains: String = ""
        var stderrContains: String = ""
        var testDescription: String { args.joined(separator: " ") }
    }

    @Test(arguments: [
        Row(args: ["--version"], status: 0, stdoutContains: "0.1.0"),
        Row(args: ["help"], status: 0, stdoutContains: "SUBCOMMANDS"),
        Row(args: ["build", "examples/customer/dev"], status: 0, stdoutContains: "name: environment-k844782h74",
            stderrContains: "warning: "),
        Row(args: ["build", "examples/does-not-exist"], status: 1, stderrContains: "error: "),
        Row(args: ["build", "--bogus"], status: 2, stderrContains: "Unknown option"),
        Row(args: ["template", "examples/does-not-exist"], status: 1, stderrContains: "Error: "),
        Row(args: ["template", "a", "b", "c"], status: 2, stderrContains: "expected [NAME] CHART"),
        Row(args: ["completion", "fish"], status: 0, stdoutContains: "complete -c 'bbctl'"),
        Row(args: ["promote", "examples/customer/dev", "examples/customer/staging", "--dry-run"], status: 0,
            stdoutContains: "  set    kiali.enabled: true -> false\ndry run: nothing written\n"),
        Row(args: ["promote", "examples/customer/dev", "examples/customer/prod", "--dry-run", "-o", "json"], status: 0,
            stdoutContains: "\"path\": \"kiali.enabled\""),
        Row(args: ["promote", "nowhere", "examples/customer/prod"], status: 2, stderrContains: "unknown environment \"nowhere\""),
        Row(args: ["promote", "dev", "dev"], status: 2, stderrContains: "FROM and TO are the same environment"),
        Row(args: ["promote", "dev", "prod", "--strategy", "mine"], status: 2),
        Row(args: ["completion", "tcsh"], status: 2),
        Row(args: ["validate", "--offline", "--chart", "bigbang=examples/umbrella", "examples/customer/dev"], status: 1,
            stdoutContains: "examples/customer/dev/secrets/environment-bb.yaml:3:7: error: [sops-secrets]"),
        Row(args: ["validate", "--offline", "--chart", "bigbang=examples/umbrella", "--disable", "sops-secrets",
                   "-o", "junit", "examples/customer/dev"], status: 0, stdoutContains: "<testsuite name=\"dev\" tests=\"10\" failures=\"0\" errors=\"0\">"),
        Row(args: ["validate", "--list-envs", "-o", "json", "examples/customer/prod"], status: 0, stdoutContains: "\"path\" : \"examples/customer/prod\""),
        Row(args: ["validate", "no-such-environment"], status: 2, stderrContains: "unknown environment"),
        Row(args: ["validate", "--kube-version", "banana", "examples/customer/dev"], status: 2, stderrContains: "--kube-version"),
        Row(args: ["validate", "--disable", "nope", "examples/customer/dev"], status: 2, stderrContains: "no rule \"nope\""),
        Row(args: ["envs", "-o", "json"], status: 0, stdoutContains: "["),
    ])
    func command(row: Row) throws {
        let run = try Self.bbctl(row.args, env: ["NO_COLOR": "1"])
        #expect(run.status == row.status, "stderr: \(run.stderr)")
        if !row.stdoutContains.isEmpty { #expect(run.stdout.contains(row.stdoutContains)) }
        if !row.stderrContains.isEmpty { #expect(run.stderr.contains(row.stderrContains), "stderr: \(run.stderr)") }
    }

    @Test func buildPrintsKustomizeBytes() throws {
        let run = try Self.bbctl(["build", "examples/customer/prod"])
        let golden = try String(contentsOfFile: Self.repoRoot + "/Tests/BigBangTests/Goldens/customer-prod.kustomize.yaml", encoding: .utf8)
        #expect(run.status == 0)
        #expect(run.stdout == golden)
    }

    @Test func buildErrorsPointAtTheFile() throws {
        let dir = NSTemporaryDirectory() + "bbctl-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "resources:\n- a.yaml\nbogusField: 1\n".write(toFile: dir + "/kustomization.yaml", atomically: true, encoding: .utf8)
        let run = try Self.bbctl(["build", dir], env: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("kustomization.yaml:3:1: error: "), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("  bogusField: 1\n  ^\n"), "stderr: \(run.stderr)")
    }

    @Test func promoteConflictExitsOneAndWritesNothing() throws {
        let dir = NSTemporaryDirectory() + "bbctl-cli-promote-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["HOME": dir, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": dir + "/gitconfig", "NO_COLOR": "1",
                   "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        func write(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: (dir + "/" + path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: dir + "/" + path, atomically: true, encoding: .utf8)
        }
        func git(_ args: String...) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git"] + args
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            p.environment = env
            try p.run()
            p.waitUntilExit()
        }
        func bbctl(_ args: [String]) throws -> Run {
            let p = Process()
            p.executableURL = Bundle.main.bundleURL.appendingPathComponent("bbctl")
            p.arguments = args
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            p.environment = env
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
        }
        try write("gitconfig", "[user]\n\tname = t\n\temail = t@example.invalid\n")
        for envName in ["dev", "staging"] {
            try write("\(envName)/kustomization.yaml", "resources:\n- ../base\n")
            try write("\(envName)/configmap.yaml", "a: 1\n")
        }
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-qm", "init")
        try write("dev/configmap.yaml", "a: 2\n")
        try git("commit", "-qam", "dev a=2")
        let first = try bbctl(["promote", "dev", "staging", "--commit"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("wrote 1 file, committed "))
        try write("dev/configmap.yaml", "a: 3\n")
        try write("staging/configmap.yaml", "a: 4\n")
        try git("commit", "-qam", "both")
        let second = try bbctl(["promote", "dev", "staging"])
        #expect(second.status == 1)
        #expect(second.stdout.contains("staging/configmap.yaml:1:4: a: dev has 3, staging has 4"), "\(second.stdout)")
        #expect(try String(contentsOfFile: dir + "/staging/configmap.yaml", encoding: .utf8) == "a: 4\n")
        let theirs = try bbctl(["promote", "dev", "staging", "--strategy", "theirs", "--commit"])
        #expect(theirs.status == 0, "stderr: \(theirs.stderr)")
        #expect(try String(contentsOfFile: dir + "/staging/configmap.yaml", encoding: .utf8) == "a: 3\n")
    }
}
