import Diagnostics
import Testing
@testable import YAML

@Suite struct YAMLParserTests {
    func root(_ text: String) throws -> Node {
        let docs = try YAMLParser.parse(text)
        return try #require(docs.first?.children.first)
    }

    @Test(arguments: [
        ("a", "!!str"), ("", "!!null"), ("~", "!!null"), ("null", "!!null"), ("Null", "!!null"),
        ("NULL", "!!null"), ("nULL", "!!str"), ("true", "!!bool"), ("False", "!!bool"), ("yes", "!!str"),
        ("on", "!!str"), ("y", "!!str"), ("1", "!!int"), ("-1", "!!int"), ("+1", "!!int"), ("0x1F", "!!int"),
        ("0o17", "!!int"), ("0b101", "!!int"), ("017", "!!int"), ("09", "!!float"), ("1_000", "!!int"),
        ("9223372036854775807", "!!int"), ("18446744073709551615", "!!int"), ("18446744073709551616", "!!float"),
        ("-9223372036854775808", "!!int"), ("-9223372036854775809", "!!float"), ("1.5", "!!float"),
        (".5", "!!float"), ("1.", "!!float"), ("1e3", "!!float"), ("1e999", "!!str"), (".inf", "!!float"),
        ("-.Inf", "!!float"), (".NaN", "!!float"), (".nan.", "!!str"), ("1.2.3", "!!str"), ("12:30", "!!str"),
        ("2024-01-02", "!!timestamp"), ("2024-1-2", "!!timestamp"), ("2024-02-30", "!!str"),
        ("2024-01-02T03:04:05Z", "!!timestamp"), ("2024-01-02t03:04:05.123+01:00", "!!timestamp"),
        ("2024-01-02 03:04:05", "!!timestamp"), ("2024-01-02 03:04:05Z", "!!str"), ("<<", "!!str"),
        ("0x", "!!str"), ("-", "!!str"), ("+", "!!str"), ("1e", "!!str"), ("0755", "!!int"), ("0.1e-3", "!!float"),
    ])
    func plainScalarTags(text: String, tag: String) throws {
        #expect(TagResolver.resolve(text) == tag, "\(text)")
    }

    @Test func quotedAndTaggedScalars() throws {
        let r = try root("a: \"1\"\nb: '2'\nc: !!str 3\nd: !custom x\ne: |\n  text\nf: 4\n")
        #expect(r["a"]?.tag == "!!str" && r["a"]?.style == .doubleQuoted)
        #expect(r["b"]?.tag == "!!str" && r["b"]?.style == .singleQuoted)
        #expect(r["c"]?.tag == "!!str" && r["c"]?.style == .tagged)
        #expect(r["d"]?.tag == "!custom")
        #expect(r["e"]?.value == "text\n" && r["e"]?.style == .literal)
        #expect(r["f"]?.tag == "!!int")
        #expect(r.tag == "!!map")
    }

    @Test func marksAreOneBasedWithByteOffsets() throws {
        let r = try root("k: v\nlist:\n  - é: x\n  - y\n")
        #expect(r.mark == Node.Mark(line: 1, column: 1, offset: 0))
        let list = try #require(r["list"])
        #expect(list.mark.line == 3 && list.mark.column == 3)
        let first = list.children[0]
        #expect(first.children[1].mark == Node.Mark(line: 3, column: 8, offset: 19))
        #expect(list.children[1].mark == Node.Mark(line: 4, column: 5, offset: 25))
    }

    @Test func documentsAndEmptyDocuments() throws {
        #expect(try YAMLParser.parse("").isEmpty)
        #expect(try YAMLParser.parse("# only a comment\n").isEmpty)
        let docs = try YAMLParser.parse("a: 1\n---\n---\nb\n")
        #expect(docs.count == 3)
        #expect(docs.allSatisfy { $0.kind == .document && $0.children.count == 1 })
        #expect(docs[1].children[0].tag == "!!null" && docs[1].children[0].value == "")
        #expect(docs[2].children[0].value == "b")
    }

    @Test func aliasesCarryTheirTarget() throws {
        let r = try root("base: &b {x: 1}\nuse: *b\n")
        let use = try #require(r["use"])
        #expect(use.kind == .alias && use.value == "b")
        #expect(use.children.first?["x"]?.value == "1")
        #expect(r["base"]?.anchor == "b")
        #expect(r["base"]?.style == .flow)
    }

    @Test(arguments: [
        ("a: b: c\n", 1, 5, "mapping values are not allowed in this context"),
        ("a:\n\tb: c\n", 2, 1, "found character that cannot start any token"),
        ("a: \"unclosed\n", 2, 1, "found unexpected end of stream"),
        ("a:\n  b: 1\n c: 2\n", 3, 2, "did not find expected key"),
        ("a: *nope\n", 1, 4, "unknown anchor 'nope' referenced"),
        ("a: &x [*x]\n", 1, 8, "anchor 'x' value contains itself"),
        ("- a\nb: c\n", 2, 1, "did not find expected '-' indicator"),
    ])
    func errorsAreLocated(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(throws: YAMLError.self) { try YAMLParser.parse(text, path: "f.yaml") }
        #expect(error.message == message)
        #expect(error.location.line == line && error.location.column == column, "\(error.location)")
        #expect(error.location.path == "f.yaml")
    }

    @Test func billionLaughsFailsFast() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let start = ContinuousClock.now
        let error = try #require(throws: YAMLError.self) { try YAMLParser.parse(text) }
        guard case .aliasExpansionLimit = error else { Issue.record("\(error)"); return }
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func nestingAndSizeLimits() throws {
        let deep = String(repeating: "[", count: 50) + String(repeating: "]", count: 50)
        #expect(throws: YAMLError.self) { try YAMLParser.parse(deep, limits: YAMLLimits(maxDepth: 20)) }
        #expect(try YAMLParser.parse(deep, limits: YAMLLimits(maxDepth: 60)).count == 1)
        #expect(throws: YAMLError.self) { try YAMLParser.parse("abc: def\n", limits: YAMLLimits(maxInputBytes: 4)) }
    }
}

@Suite struct YAMLCommentTests {
    @Test func headAndLineCommentsAttach() throws {
        let text = """
            # file header

            # about kind
            kind: ConfigMap # the kind
            metadata: # meta
              # the name
              name: x
            data:
              - a # first
              # second item
              - b
            """
        let doc = try #require(try YAMLParser.parse(text).first)
        #expect(doc.headComment == "# file header")
        let root = doc.resolved
        #expect(root.children[0].headComment == "# about kind")
        #expect(root["kind"]?.lineComment == "# the kind")
        #expect(root.children[2].lineComment == "# meta")
        let meta = try #require(root["metadata"])
        #expect(meta.children[0].headComment == "# the name")
        let data = try #require(root["data"])
        #expect(data.children[0].lineComment == "# first")
        #expect(data.children[1].headComment == "# second item")
    }

    @Test func hashesInsideScalarsAreNotComments() throws {
        let root = try #require(try YAMLParser.parse("a: 'x # y'\nb: x#y\nc: \"#\" # real\n").first).resolved
        #expect(root["a"]?.lineComment == "")
        #expect(root["b"]?.value == "x#y" && root["b"]?.lineComment == "")
        #expect(root["c"]?.lineComment == "# real")
    }
}

@Suite struct YAMLGoWordingTests {
    /// yaml.v3's `parser.fail` wording as `kubectl kustomize` printed it inside MalformedYAMLError.
    @Test(arguments: [
        ("apiVersion: v1\nkind: Service\nmetadata:\n  name: k\n  labels:\n    a: b\nspec:\n  selector:\n    app: x\n    - name: http\n",
         "yaml: line 8: did not find expected key"),
        ("a: b: c\n", "yaml: mapping values are not allowed in this context"),
        ("x: 1\na: b: c\n", "yaml: line 2: mapping values are not allowed in this context"),
        ("a: \"unclosed\n", "yaml: line 2: found unexpected end of stream"),
        ("a:\n\tb: c\n", "yaml: line 2: found character that cannot start any token"),
        ("kind: A\nmetadata:\n  name: x\n  - y\n", "yaml: line 2: did not find expected key"),
        ("a: *nope\n", "yaml: unknown anchor 'nope' referenced"),
    ])
    func goWording(text: String, expected: String) throws {
        let error = try #require(throws: YAMLError.self) { try YAMLParser.parse(text) }
        #expect(error.goMessage == expected)
    }
}

@Suite struct YAMLEndMarkTests {
    @Test func scalarRangesCoverTheirSourceText() throws {
        let text = "a: \"quoted\" # c\nb: plain text\nc: |\n  block\n"
        let file = SourceFile(path: "f.yaml", text: text)
        let root = try #require(try YAMLParser.parse(file).first).resolved
        func source(_ n: Node) -> String { String(decoding: file.bytes[n.mark.offset..<n.endMark.offset], as: UTF8.self) }
        #expect(source(try #require(root["a"])) == "\"quoted\"")
        #expect(source(try #require(root["b"])) == "plain text")
        #expect(source(try #require(root["c"])) == "|\n  block\n")
    }
}

@Suite struct YAMLReaderErrorTests {
    @Test func invalidUTF8IsLocatedAndWordedAsYAMLv3() throws {
        let file = SourceFile(path: "r.yaml", bytes: Array("kind: A\nd: \"".utf8) + [0xFF] + Array("\"\n".utf8))
        let error = try #require(throws: YAMLError.self) { try YAMLParser.parse(file) }
        #expect(error.goMessage == "yaml: invalid leading UTF-8 octet")
        #expect(error.location.line == 2 && error.location.column == 5)
    }
}
