import Testing
@testable import YAML

/// kyaml `DeAnchor` as kustomize v5.7.1 applies it to every resource it reads.
@Suite struct DeAnchorTests {
    func deAnchor(_ text: String) throws -> Node {
        try #require(try YAMLParser.parse(text, path: "r.yaml").first).deAnchored()
    }

    @Test func aliasesBecomeCopiesAndAnchorsDisappear() throws {
        let node = try deAnchor("labels: &l {app: x}\nsel: *l\n")
        let root = node.resolved
        #expect(root["sel"]?.kind == .mapping)
        #expect(root["sel"]?["app"]?.value == "x")
        #expect(root["labels"]?.anchor == "")
    }

    @Test func mergeKeysFollowKyaml() throws {
        // Observed with kubectl kustomize: own keys win, earlier list entries win, and a
        // quoted "<<" field is dropped too.
        let text = """
            base: &base
              a: "1"
              b: "2"
            one:
              <<: *base
              b: override
              c: "3"
            list:
              <<: [*base, {a: first, d: "4"}]
            "<<": quoted

            """
        let root = try deAnchor(text).resolved
        #expect(root.pairs.map(\.key.value) == ["base", "one", "list"])
        let one = try #require(root["one"])
        #expect(one.pairs.map { "\($0.key.value)=\($0.value.value)" } == ["b=override", "c=3", "a=1"])
        let list = try #require(root["list"])
        #expect(list.pairs.map { "\($0.key.value)=\($0.value.value)" } == ["a=1", "d=4", "b=2"])
        let expected = "base:\n  a: \"1\"\n  b: \"2\"\nlist:\n  a: \"1\"\n  b: \"2\"\n  d: \"4\"\none:\n  a: \"1\"\n  b: override\n  c: \"3\"\n"
        #expect(KYAMLEmitter.emit(try deAnchor(text)) == expected)
    }

    @Test(arguments: [
        ("m:\n  <<: {x: 1}\n  <<: {y: 2}\n", "duplicate merge key", 3),
        ("m:\n  <<: 3\n", "map merge requires map or sequence of maps as the value", 2),
        ("m:\n  <<: [[{x: 1}]]\n", "invalid map merge: received a nested sequence", 2),
        ("s: &s [1]\nm:\n  <<: *s\n", "invalid map merge: received alias for a non-map value", 3),
    ])
    func invalidMergesAreLocated(text: String, message: String, line: Int) throws {
        let docs = try YAMLParser.parse(text, path: "r.yaml")
        let error = try #require(throws: YAMLError.self) { try docs.first?.deAnchored() }
        #expect(error.message == message)
        #expect(error.location.line == line)
    }

    @Test func expansionIsBounded() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...4 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let docs = try YAMLParser.parse(text)
        #expect(throws: YAMLError.self) { try docs.first?.deAnchored(limits: YAMLLimits(maxAliasExpansion: 10_000)) }
    }
}

@Suite struct NodeValueTests {
    @Test func decodesLikeYAMLv3() throws {
        let text = "i: 0x10\nf: 1.5\nb: True\nn: ~\ns: \"1\"\nt: 2024-01-02\nbig: 18446744073709551615\nl: [a, 1]\nbase: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n"
        let v = try #require(try YAMLParser.parse(text).first).decodedValue
        #expect(v["i"] == .int(16))
        #expect(v["f"] == .float(1.5))
        #expect(v["b"] == .bool(true))
        #expect(v["n"] == .null)
        #expect(v["s"] == .string("1"))
        #expect(v["t"] == .string("2024-01-02T00:00:00Z"))
        #expect(v["big"] == .float(18446744073709551615))
        #expect(v["l"] == .list([.string("a"), .int(1)]))
        #expect(v["m"] == .map(["x": .int(1), "y": .int(2)]))
    }
}

extension DeAnchorTests {
    /// Only alias copies count against the budget: a big anchored resource stays readable.
    @Test func largeTreesWithFewAliasesPass() throws {
        var text = "base: &b {x: 1}\nuse: *b\nitems:\n"
        for i in 0..<3_000 { text += "- {k: \(i)}\n" }
        let docs = try YAMLParser.parse(text)
        let clean = try #require(docs.first).deAnchored(limits: YAMLLimits(maxAliasExpansion: 100))
        #expect(clean.resolved["items"]?.children.count == 3_000)
    }
}
