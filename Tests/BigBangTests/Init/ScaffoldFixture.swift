import Foundation
@testable import BigBang
import FileSystem
import Git

/// Shared set-up of the init tests: a temp directory, the two option sets the goldens pin,
/// and helpers to read a scaffolded tree back.
enum ScaffoldFixture {
    static let age = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    static let pgp = "FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4"

    /// The defaults plus one age recipient: what most users run.
    static func gitOptions(_ dir: String) -> ScaffoldOptions {
        ScaffoldOptions(directory: dir, ageRecipients: [age])
    }

    /// Every other knob: helm source, custom environments and domains, a mirror, PGP.
    static func helmOptions(_ dir: String) -> ScaffoldOptions {
        ScaffoldOptions(directory: dir, environments: ["dev", "test", "prod"], bigBangVersion: "3.29.1",
                        domain: "apps.example.mil", environmentDomains: ["test": "qa.example.mil"],
                        source: .helm, repoURL: "oci://registry.example.mil/bigbang", pgpFingerprints: [pgp])
    }

    static func temporaryDirectory(_ tag: String) -> String {
        NSTemporaryDirectory() + "bbctl-init-\(tag)-\(UUID().uuidString)"
    }

    /// Every regular file under `root` (hidden ones included, `.git` left out), relative, sorted.
    static func tree(_ root: String) throws -> [String: String] {
        var out: [String: String] = [:]
        let fs = DiskFileSystem()
        func walk(_ dir: String, _ prefix: String) throws {
            for name in try fs.listDirectory(dir) where name != ".git" {
                let path = dir + "/" + name
                if fs.isDirectory(path) { try walk(path, prefix + name + "/") } else { out[prefix + name] = try fs.readText(path) }
            }
        }
        try walk(root, "")
        return out
    }

    /// A private git configuration with no identity, so the fallback identity applies.
    static func bareGitEnvironment(home: String) throws -> GitEnvironment {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: home + "/gitconfig", contents: Data())
        return GitEnvironment(["HOME": home, "GIT_CONFIG_GLOBAL": home + "/gitconfig", "GIT_CONFIG_NOSYSTEM": "1"])
    }
}

/// A disk file system whose Nth `writeFileAtomically` fails, as a full disk would.
struct FailingFileSystem: FileSystem {
    final class Counter: @unchecked Sendable { var writes = 0 }
    let failAt: Int
    let counter = Counter()
    let disk = DiskFileSystem()

    func readFile(_ path: String) throws -> [UInt8] { try disk.readFile(path) }
    func exists(_ path: String) -> Bool { disk.exists(path) }
    func isDirectory(_ path: String) -> Bool { disk.isDirectory(path) }
    func listDirectory(_ path: String) throws -> [String] { try disk.listDirectory(path) }
    func realPath(_ path: String) throws -> String { try disk.realPath(path) }
    func createDirectory(_ path: String) throws { try disk.createDirectory(path) }
    func removeItem(_ path: String) throws { try disk.removeItem(path) }
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws {
        counter.writes += 1
        if counter.writes == failAt { throw FileSystemError.ioFailure(path: path, reason: "No space left on device (injected)") }
        try disk.writeFileAtomically(path, bytes)
    }
}
