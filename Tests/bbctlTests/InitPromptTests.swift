import Foundation
import Testing

/// On a terminal `bbctl init` asks for what its flags left open: the question on stderr with
/// the default in brackets, the answer from stdin (an empty answer takes the default).
/// util-linux `script` gives the command a pseudo-terminal and forwards our answers to it.
@Suite struct InitPromptTests {
    @Test func asksForMissingAnswersOnATerminal() throws {
        let dir = NSTemporaryDirectory() + "bbctl-init-tty-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let binary = Bundle.main.bundleURL.appendingPathComponent("bbctl").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["script", "-qec", "'\(binary)' init '\(dir)' --envs dev,prod", "/dev/null"]
        p.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { _, b in b }
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = output
        try p.run()
        // Answers: version (default), domain, source, age recipient (none).
        input.fileHandleForWriting.write(Data("\nexample.mil\nhelm\n\n".utf8))
        let transcript = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()

        #expect(p.terminationStatus == 0, "transcript: \(transcript)")
        #expect(transcript.contains("Big Bang version [3.30.0]: "))
        #expect(transcript.contains("Domain [bigbang.example.mil]: "))
        #expect(transcript.contains("Chart source (git or helm) [git]: "))
        #expect(!transcript.contains("Environments"))  // given by --envs
        #expect(transcript.contains("base/helmrelease.yaml"))
        let dev = try String(contentsOfFile: dir + "/dev/configmap.yaml", encoding: .utf8)
        #expect(dev.contains("domain: dev.example.mil\n"))
    }

    /// Without a terminal nothing is asked: the defaults apply.
    @Test func usesDefaultsWithoutATerminal() throws {
        let dir = NSTemporaryDirectory() + "bbctl-init-notty-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.bbctl(["init", dir], env: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("Big Bang version") && !run.stderr.contains("Domain ["))  // no prompts
        #expect(run.stderr.contains("warning: secrets/ files are left unencrypted"))
        let dev = try String(contentsOfFile: dir + "/dev/configmap.yaml", encoding: .utf8)
        #expect(dev.contains("domain: dev.bigbang.example.mil\n"))
    }
}
