import _TestSupport
import Foundation
import Testing
import FileSystem
@testable import Kustomize

/// Runs the shared kustomize conformance corpus through `Kustomizer` and reports how many
/// cases match byte for byte. It reports, it does not fail on the count (the project keeps
/// its ratchet elsewhere); it is skipped when the corpus is not on this machine.
struct CorpusTests {
    static let root = SharedCorpus.path + "/kustomize/cases"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: root)))
    func corpusParity() throws {
        let fm = FileManager.default
        var passed = 0, failed: [String] = []
        for name in try fm.contentsOfDirectory(atPath: Self.root).sorted() {
            let dir = Self.root + "/" + name
            guard let meta = try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/case.json"))) as? [String: Any],
                  meta["skip"] == nil else { continue }
            let build = dir + "/" + ((meta["build_dir"] as? String) ?? "input")
            let expectedOK = try? String(contentsOfFile: dir + "/expected.yaml", encoding: .utf8)
            let expectsError = fm.fileExists(atPath: dir + "/expected-error.txt")
            if expectedOK == nil && !expectsError { continue }
            do {
                let out = try Kustomizer(fileSystem: DiskFileSystem()).build(at: build).yaml()
                if let expectedOK, out == expectedOK { passed += 1 } else { failed.append(name) }
            } catch {
                if expectsError { passed += 1 } else { failed.append(name) }
            }
        }
        print("kustomize corpus: \(passed) passed, \(failed.count) failed")
        for f in failed.prefix(40) { print("  failed: \(f)") }
    }
}
