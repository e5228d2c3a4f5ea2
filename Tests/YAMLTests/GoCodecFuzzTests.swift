import Diagnostics
import Testing
@testable import YAML

/// Fuzz smoke: mutated inputs never crash; they decode or fail with a `GoCodecError`, and YAML
/// failures carry a location. Mutations come from a fixed-seed generator so runs repeat.
@Suite struct GoCodecFuzzTests {
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let yamlSeed = Array("""
        a: &x {b: [1, 2.5, "s", 'q', yes, ~], c: |
            lit
          }
        d:
          <<: *x
          e: >-
            folded
        - f: !!str 0755
        """.utf8)
    static let jsonSeed = Array(#"{"a": [1, -2.5e3, "s\u00e9\n", true, null, {"b": {}}], "c": "\ud83d\ude80"}"#.utf8)
    static let alphabet = Array(":-?[]{},&*!|>'\"%@`#\n\t \\u0123456789abcyn.~<".utf8)

    static func mutate(_ seed: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var b = seed
        for _ in 0..<(1 + Int(rng.next() % 4)) {
            let pos = Int(rng.next() % UInt64(b.count + 1))
            let c = alphabet[Int(rng.next() % UInt64(alphabet.count))]
            switch rng.next() % 3 {
            case 0: b.insert(c, at: pos)
            case 1: if pos < b.count { b.remove(at: pos) }
            default: if pos < b.count { b[pos] = c }
            }
        }
        return b
    }

    @Test func mutatedYAMLNeverCrashes() {
        var rng = SplitMix(state: 42)
        for _ in 0..<400 {
            let bytes = Self.mutate(Self.yamlSeed, &rng)
            let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
            do {
                let v = try SigsYAMLDecoder.decodeValues(file)
                _ = SigsYAMLEncoder.toYAML(.map(v))
                _ = try? GoJSONEncoder.encode(.map(v))
            } catch let e as GoCodecError {
                if case .yaml(_, _, let location) = e { #expect(location != nil, "\(e.goMessage)") }
            } catch {
                Issue.record("unexpected error type \(error)")
            }
        }
    }

    @Test func mutatedJSONNeverCrashes() {
        var rng = SplitMix(state: 7)
        for _ in 0..<400 {
            let text = String(decoding: Self.mutate(Self.jsonSeed, &rng), as: UTF8.self)
            let (value, _) = GoJSONDecoder.decode(text, into: .any)
            _ = try? GoJSONEncoder.encode(value, indent: "  ")
            _ = TOMLEncoder.toTOML(value)
        }
    }
}
