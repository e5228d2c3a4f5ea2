import Diagnostics
import Testing
@testable import YAML

/// kustomize's resource reading (`kio.FromBytes`), with outputs observed from kubectl kustomize.
@Suite struct KYAMLReaderTests {
    func read(_ text: String) throws -> String {
        KYAMLEmitter.emitStream(try KYAMLReader.read(SourceFile(path: "r.yaml", text: text)))
    }

    @Test(arguments: [
        // Two separators in a row split once; the second reads as a document start.
        ("kind: A\nmetadata: {name: a}\n---\n---\nkind: B\nmetadata: {name: b}\n",
         "kind: A\nmetadata:\n  name: a\n---\nkind: B\nmetadata:\n  name: b\n"),
        // A comment may follow the marker; a trailing separator adds nothing.
        ("kind: A\nmetadata: {name: a}\n--- # c\nkind: B\nmetadata: {name: b}\n---\n",
         "kind: A\nmetadata:\n  name: a\n---\nkind: B\nmetadata:\n  name: b\n"),
        // Only the first document of a piece is read.
        ("kind: A\nmetadata: {name: a}\n...\nkind: B\nmetadata: {name: b}\n", "kind: A\nmetadata:\n  name: a\n"),
        // null and comment-only pieces are dropped.
        ("---\nnull\n---\n# only comment\n---\nkind: B\n", "kind: B\n"),
        // CRLF line ends.
        ("kind: A\r\ndata:\r\n  b: |\r\n    l1\r\n    l2\r\n", "data:\n  b: |\n    l1\n    l2\nkind: A\n"),
        // A lone List is unwrapped; anchors are resolved.
        ("kind: List\nitems:\n- kind: A\n  x: &x 1\n- kind: B\n  y: *x\n", "kind: A\nx: 1\n---\nkind: B\n\"y\": 1\n"),
    ])
    func readsLikeKustomize(text: String, expected: String) throws {
        #expect(try read(text) == expected)
    }

    @Test func invalidSeparator() throws {
        let error = try #require(throws: YAMLError.self) { try read("kind: A\n---x\nkind: B\n") }
        #expect(error.goMessage == "invalid document separator: ---x")
        #expect(error.location.line == 2)
    }

    @Test func errorLinesCountFromThePieceButLocationsFromTheFile() throws {
        let text = "kind: A\nmetadata: {name: a}\n---\nnull\n---\n# only comment\n---\nkind: B\nmetadata:\n  name: b\n  x: [\n"
        let error = try #require(throws: YAMLError.self) { try read(text) }
        #expect(error.goMessage == "yaml: line 4: did not find expected node content")
        #expect(error.location.line == 12)
    }

    @Test func marksAreInFileTerms() throws {
        let roots = try KYAMLReader.read(SourceFile(path: "r.yaml", text: "a: 1\n---\nb: 2\n"))
        #expect(roots.count == 2)
        #expect(roots[1].children[0].mark == Node.Mark(line: 3, column: 1, offset: 9))
    }
}
