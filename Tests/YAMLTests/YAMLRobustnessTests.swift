import Diagnostics
import Testing
@testable import YAML

/// Damaged input must parse or fail with a located `YAMLError` — never trap — and parsing plus
/// printing must stay fast.
@Suite struct YAMLRobustnessTests {
    static let seeds: [String] = [
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x # c\n  labels: &l {a: b}\ndata:\n  k: |\n    v\n  j: *l\n",
        "- a\n- [b, {c: d}]\n- \"q\\tx\"\n- 'it''s'\n- >-\n  folded\n---\n<<: {x: 1}\ny: !!int 2\n",
        "a:\n  b:\n    - c: 1\n      d: 2.5e3\n    - 2024-01-02\n  e: ~\n",
    ]

    /// Inputs: the seeds plus, when the shared corpus is present, its first YAML inputs.
    static func inputs() -> [[UInt8]] {
        var out = seeds.map { Array($0.utf8) }
        let dir = KYAMLCorpusTests.casesDirectory
        if let names = try? FileManagerLite.list(dir) {
            for name in names.sorted().prefix(60) {
                if let bytes = FileManagerLite.read("\(dir)/\(name)/expected.yaml") { out.append(bytes) }
            }
        }
        return out
    }

    /// A fixed linear congruential generator keeps the mutations the same on every run.
    struct LCG {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static let interesting: [UInt8] = Array(":-?[]{}|>'\"#&*!%@`,\t\n \\".utf8) + [0, 0xC3, 0xFF, 0x85]

    @Test func damagedInputParsesOrFailsWithALocation() throws {
        var rng = LCG(state: 42)
        let deadline = ContinuousClock.now + .seconds(8)
        var parsed = 0, rejected = 0
        outer: for original in Self.inputs() where !original.isEmpty {
            for round in 0..<40 {
                if ContinuousClock.now > deadline { break outer }
                var bytes = original
                if round % 4 == 3 {
                    bytes = Array(bytes.prefix(rng.next(bytes.count)))
                } else {
                    for _ in 0...rng.next(3) {
                        bytes[rng.next(bytes.count)] = Self.interesting[rng.next(Self.interesting.count)]
                    }
                }
                let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
                do {
                    let docs = try YAMLParser.parse(file, limits: YAMLLimits(maxDepth: 200, maxAliasExpansion: 50_000))
                    for doc in docs {
                        if let clean = try? doc.deAnchored(file: file) { _ = KYAMLEmitter.emit(clean) }
                    }
                    parsed += 1
                } catch let error as YAMLError {
                    #expect(error.location.line >= 1 && error.location.column >= 1, "\(error.diagnostic)")
                    #expect(!error.message.isEmpty)
                    rejected += 1
                }
            }
        }
        #expect(parsed + rejected > 0)
    }

    @Test func thousandResourcesParseAndPrintQuickly() throws {
        var text = ""
        for i in 0..<1_000 {
            if i > 0 { text += "---\n" }
            text += """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app-\(i)
                  labels: {app: app-\(i), tier: "web"}
                  annotations:
                    description: "a fairly long description that needs folding because it is longer than eighty columns"
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                      - name: main
                        image: registry.example/app:\(i).0.1
                        args: ["--port=8080", "--verbose"]
                        env:
                        - {name: A, value: "1"}
                        - {name: B, value: "yes"}
                        resources:
                          limits: {cpu: 500m, memory: 128Mi}

                """
        }
        let file = SourceFile(path: "many.yaml", text: text)
        let start = ContinuousClock.now
        let docs = try YAMLParser.parse(file).map { try $0.deAnchored(file: file) }
        let parsedAt = ContinuousClock.now
        let out = KYAMLEmitter.emitStream(docs)
        let end = ContinuousClock.now
        print("1000 resources: parse+deAnchor \(parsedAt - start), emit \(end - parsedAt), \(out.utf8.count) bytes")
        #expect(docs.count == 1_000)
        #if DEBUG
        // Debug builds are 10–40× slower and this machine is shared; only report there.
        #else
        #expect(end - start < .seconds(2))
        #endif
    }
}

extension YAMLRobustnessTests {
    /// The deepest tree the default limits admit must survive every recursive pass on a
    /// concurrency thread (smaller stacks than the main thread).
    @Test func deepestAllowedTreeOnATaskThread() async throws {
        let depth = YAMLLimits.default.maxDepth - 2
        let text = String(repeating: "- ", count: depth) + "x\n"
        let out = try await Task.detached {
            let docs = try YAMLParser.parse(text)
            let clean = try docs.map { try $0.deAnchored() }
            for d in clean { try KYAMLEmitter.check(d) }
            _ = clean.first?.decodedValue
            return KYAMLEmitter.emitStream(clean)
        }.value
        #expect(out.hasSuffix("- x\n"))
    }
}
