import Diagnostics
import Foundation
@testable import Flux
import Testing
import YAML

/// Round trips through the real tools: a fresh age key from `age-keygen`, a Secret encrypted by
/// the sops oracle, decrypted in process. Skipped when the tools are absent.
struct SOPSToolTests {
    static let sops = "/root/.cache/bbctl-oracles/sops"
    static let ageKeygen = ["/usr/bin/age-keygen", "/usr/local/bin/age-keygen"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static var toolsPresent: Bool { FileManager.default.isExecutableFile(atPath: sops) && ageKeygen != nil }

    static func run(_ tool: String, _ args: [String], env: [String: String] = [:]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "bbctl-sops-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let secret = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: tool-made
          labels:
            tier: backend
        type: Opaque
        stringData:
          user: admin
          replicas: 3
          weight: 0.75
          enabled: false
          multi: |
            line one
            line two
          items:
            - x
            - 9
        data:
          blob: c2VjcmV0
        """

    @Test(.enabled(if: toolsPresent), arguments: [
        ["--encrypted-regex", "^(data|stringData)$"],
        [],
        ["--unencrypted-regex", "^(metadata|kind|apiVersion)$"],
    ])
    func decryptsWhatSopsEncrypted(selection: [String]) throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let keyFile = dir + "/key.txt"
        let (rc, _) = try Self.run(try #require(Self.ageKeygen), ["-o", keyFile])
        #expect(rc == 0)
        let ids = try AgeIdentity.load(file: keyFile)
        let recipient = try #require(ids.first?.recipient)
        let plainPath = dir + "/secret.yaml"
        try Self.secret.write(toFile: plainPath, atomically: true, encoding: .utf8)
        let (erc, encrypted) = try Self.run(Self.sops, ["--encrypt", "--age", recipient] + selection + [plainPath])
        try #require(erc == 0)

        let file = SourceFile(path: "secret.enc.yaml", text: encrypted)
        let node = try #require(try YAMLParser.parse(file).first)
        #expect(SOPS.isEncrypted(node))
        let out = try SOPSDecryptor(identities: ids, allowPGP: false).decrypt(node, file: file).resolved
        let expected = try #require(try YAMLParser.parse(Self.secret).first).resolved
        #expect(Self.flatten(out) == Self.flatten(expected))

        // The environment loader finds the same key through SOPS_AGE_KEY_FILE.
        #expect(AgeIdentity.fromEnvironment(["SOPS_AGE_KEY_FILE": keyFile]).map(\.recipient) == [recipient])
    }

    /// Leaf paths with values and resolved tags, so the comparison ignores styles and marks.
    static func flatten(_ node: Node, _ path: String = "") -> [String] {
        switch node.kind {
        case .mapping:
            return node.pairs.flatMap { flatten($0.value, path + "/" + $0.key.value) }
        case .sequence:
            return node.children.enumerated().flatMap { flatten($0.element, path + "/\($0.offset)") }
        case .document, .alias:
            return node.children.flatMap { flatten($0, path) }
        case .scalar:
            return ["\(path)=\(node.value) \(node.tag)"]
        }
    }
}
