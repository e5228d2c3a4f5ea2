import Testing
import Foundation
import FileSystem
import Kustomize
import Diagnostics

/// Bounded fuzz smoke test: mutated copies of the example customer repo (byte flips,
/// truncations, duplicated lines, injected tabs and aliases) must either build or fail with a
/// diagnostic — never crash, hang or trap. Deterministic seed, fixed iteration count.
@Suite struct BuildFuzzTests {
    /// SplitMix64: a tiny deterministic generator so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static func exampleFiles() throws -> [String: [UInt8]] {
        let root = CustomerRepoFixture.repoRoot + "/examples"
        var files: [String: [UInt8]] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root) else { return files }
        for case let rel as String in walker where rel.hasSuffix(".yaml") {
            if rel.hasPrefix("umbrella/") { continue }
            files["/ex/" + rel] = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + rel)))
        }
        return files
    }

    static let fragments: [[UInt8]] = [
        Array("\t".utf8), Array(": ".utf8), Array("- ".utf8), Array("&a [*a,*a,*a,*a]".utf8), Array("*x".utf8),
        Array("{".utf8), Array("\"".utf8), Array("../../../../etc".utf8), Array("\n  - ".utf8), Array("<<: *a".utf8),
        Array("$patch: delete".utf8), Array("resources:\n- .\n".utf8), [0xFF, 0xFE], Array("---\n".utf8),
    ]

    static func mutate(_ bytes: [UInt8], _ rng: inout Rng) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + rng.below(4)) {
            switch rng.below(5) {
            case 0 where !b.isEmpty: b[rng.below(b.count)] = UInt8(truncatingIfNeeded: rng.next())
            case 1: b = Array(b.prefix(rng.below(b.count + 1)))
            case 2: b.insert(contentsOf: fragments[rng.below(fragments.count)], at: rng.below(b.count + 1))
            case 3 where !b.isEmpty:
                let start = rng.below(b.count)
                let end = min(b.count, start + rng.below(40))
                b.insert(contentsOf: b[start..<end], at: rng.below(b.count + 1))
            default: if !b.isEmpty { b.remove(at: rng.below(b.count)) }
            }
        }
        return b
    }

    @Test func mutatedCustomerReposNeverCrash() throws {
        let originals = try Self.exampleFiles()
        try #require(!originals.isEmpty)
        let paths = originals.keys.sorted()
        var rng = Rng(state: 0xB1C7_2026)
        var built = 0, failed = 0
        let deadline = Date().addingTimeInterval(20)
        for _ in 0..<400 where Date() < deadline {
            let fs = InMemoryFileSystem()
            for (p, bytes) in originals { fs.add(p, bytes: bytes) }
            for _ in 0..<(1 + rng.below(2)) {
                let victim = paths[rng.below(paths.count)]
                fs.add(victim, bytes: Self.mutate(originals[victim] ?? [], &rng))
            }
            let env = ["dev", "staging", "prod"][rng.below(3)]
            do {
                _ = try Kustomizer(fileSystem: fs).build(at: "/ex/customer/" + env).yaml()
                built += 1
            } catch {
                let d = error.asDiagnostic
                #expect(!d.message.isEmpty)
                failed += 1
            }
        }
        #expect(built + failed > 50)
        #expect(failed > 0)
    }
}
