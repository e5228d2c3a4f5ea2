import Testing
@testable import YAML

/// Source-preserving edits: every test compares the whole edited text with text written by
/// hand, so any byte changed outside the edit fails it.
@Suite struct YAMLTextEditorTests {
    static let commented = """
        # Top comment, kept.

        domain: dev.example.mil   # the env's domain
        istio:
          enabled: true
          # gateways follow
          gateways:
            public:
              tls: {mode: SIMPLE}
        monitoring:
          enabled: 'yes'      # quoted on purpose
          version: "1.2"


        # trailing comment
        flow: {a: 1, b: "two"}
        list: [x, y]

        """

    func scalar(_ text: String) throws -> YAMLFragment {
        try #require(try YAMLTextEditor(text: "k: \(text)\n").fragment(at: ["k"]))
    }

    @Test func setScalarsKeepsQuotingAndEverythingElse() throws {
        var editor = try YAMLTextEditor(text: Self.commented)
        try editor.set(["domain"], to: scalar("staging.example.mil"))
        try editor.set(["monitoring", "enabled"], to: scalar("no"))
        try editor.set(["monitoring", "version"], to: scalar("\"1.3\""))
        try editor.set(["flow", "b"], to: scalar("three"))
        try editor.set(["istio", "enabled"], to: scalar("false"))
        #expect(editor.text == """
            # Top comment, kept.

            domain: staging.example.mil   # the env's domain
            istio:
              enabled: false
              # gateways follow
              gateways:
                public:
                  tls: {mode: SIMPLE}
            monitoring:
              enabled: 'no'      # quoted on purpose
              version: "1.3"


            # trailing comment
            flow: {a: 1, b: "three"}
            list: [x, y]

            """)
    }

    @Test func plainScalarIsQuotedWhenItWouldChangeType() throws {
        var editor = try YAMLTextEditor(text: "a: hello\nb: world\n")
        try editor.set(["a"], to: scalar("\"true\""))
        try editor.set(["b"], to: scalar("'1.5'"))
        #expect(editor.text == "a: \"true\"\nb: '1.5'\n")
        let reparsed = try YAMLParser.parse(editor.text)[0].decodedValue
        #expect(reparsed == ["a": "true", "b": "1.5"])
    }

    @Test func addKeyAtMappingIndentationAfterLastKey() throws {
        var editor = try YAMLTextEditor(text: Self.commented)
        try editor.set(["monitoring", "replicas"], to: scalar("3"))
        try editor.set(["istio", "gateways", "private", "tls", "mode"], to: scalar("MUTUAL"))
        try editor.set(["flow", "c"], to: scalar("[1, 2]"))
        try editor.set(["kiali"], to: YAMLFragment(value: ["enabled": true]))
        #expect(editor.text == """
            # Top comment, kept.

            domain: dev.example.mil   # the env's domain
            istio:
              enabled: true
              # gateways follow
              gateways:
                public:
                  tls: {mode: SIMPLE}
                private:
                  tls:
                    mode: MUTUAL
            monitoring:
              enabled: 'yes'      # quoted on purpose
              version: "1.2"
              replicas: 3


            # trailing comment
            flow: {a: 1, b: "two", c: [1, 2]}
            list: [x, y]
            kiali:
              enabled: true

            """)
    }

    @Test func deleteKeyRemovesItsLinesOnly() throws {
        var editor = try YAMLTextEditor(text: Self.commented)
        try editor.delete(["istio", "gateways"])
        try editor.delete(["monitoring", "version"])
        try editor.delete(["flow", "a"])
        try editor.delete(["absent", "path"])
        #expect(editor.text == """
            # Top comment, kept.

            domain: dev.example.mil   # the env's domain
            istio:
              enabled: true
              # gateways follow
            monitoring:
              enabled: 'yes'      # quoted on purpose


            # trailing comment
            flow: {b: "two"}
            list: [x, y]

            """)
    }

    @Test func replaceBlockCopiesSourceFormatting() throws {
        let from = try YAMLTextEditor(text: """
            istio:
              gateways:
                  public:   # four-space style
                      hosts: ["*.a"]
            """)
        var editor = try YAMLTextEditor(text: Self.commented)
        let fragment = try #require(from.fragment(at: ["istio", "gateways"]))
        try editor.set(["istio", "gateways"], to: fragment)
        try editor.set(["list"], to: YAMLFragment(value: ["z"]))
        #expect(editor.text == """
            # Top comment, kept.

            domain: dev.example.mil   # the env's domain
            istio:
              enabled: true
              # gateways follow
              gateways:
                  public:   # four-space style
                      hosts: ["*.a"]
            monitoring:
              enabled: 'yes'      # quoted on purpose
              version: "1.2"


            # trailing comment
            flow: {a: 1, b: "two"}
            list: ["z"]

            """)
    }

    @Test func embeddedValuesBlockIsEditedInPlace() throws {
        let text = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: environment
            data:
              values.yaml: |
                # inner comment
                domain: dev.example.mil

                monitoring:
                  enabled: true   # on
              other: plain
            """
        var editor = try YAMLTextEditor(text: text)
        try editor.editEmbedded(at: ["data", "values.yaml"]) { inner in
            try inner.set(["monitoring", "enabled"], to: scalar("false"))
            try inner.set(["monitoring", "retention"], to: scalar("10d"))
            try inner.set(["kiali"], to: YAMLFragment(value: ["enabled": true]))
        }
        #expect(editor.text == """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: environment
            data:
              values.yaml: |
                # inner comment
                domain: dev.example.mil

                monitoring:
                  enabled: false   # on
                  retention: 10d
                kiali:
                  enabled: true
              other: plain
            """)
        let values = try YAMLParser.parse(editor.text)[0].resolved["data"]?["values.yaml"]?.value
        #expect(values == "# inner comment\ndomain: dev.example.mil\n\nmonitoring:\n  enabled: false   # on\n  retention: 10d\nkiali:\n  enabled: true\n")
    }

    @Test func multiLineStringsBecomeLiteralBlocks() throws {
        var editor = try YAMLTextEditor(text: "a: x\nb:\n  c: |\n    old\n    text\nd: 1\n")
        try editor.set(["b", "c"], to: YAMLFragment(value: "new\ntext\n"))
        try editor.set(["a"], to: YAMLFragment(value: "one\ntwo"))
        #expect(editor.text == "a: |-\n  one\n  two\nb:\n  c: |\n    new\n    text\nd: 1\n")
    }

    @Test func emptyValueGetsAValue() throws {
        var editor = try YAMLTextEditor(text: "a:\nb: 1 # c\n")
        try editor.set(["a"], to: scalar("2"))
        #expect(editor.text == "a: 2\nb: 1 # c\n")
    }

    @Test func missingPathUnderScalarIsALocatedError() throws {
        var editor = try YAMLTextEditor(text: "a: 1\n", path: "f.yaml")
        #expect(throws: YAMLError.self) { try editor.set(["a", "b"], to: try scalar("2")) }
        do { try editor.set(["a", "b"], to: try scalar("2")) } catch let error as YAMLError {
            #expect(error.location.description == "f.yaml:1:4")
        }
    }

    @Test func addingAfterABlockEndingTheFileKeepsItsValue() throws {
        var editor = try YAMLTextEditor(text: "data:\n  values.yaml: |\n    a: 1")
        try editor.set(["kind"], to: YAMLFragment(value: "ConfigMap"))
        #expect(editor.text == "data:\n  values.yaml: |-\n    a: 1\nkind: ConfigMap")
        #expect(try YAMLParser.parse(editor.text)[0].decodedValue == ["data": ["values.yaml": "a: 1"], "kind": "ConfigMap"])
    }

    @Test func addedKeyBringsTheCommentAboveIt() throws {
        let from = try YAMLTextEditor(text: "a: 1\n\n# Trying tracing in dev first.\n# (second line)\ntempo:\n  enabled: true\n")
        var editor = try YAMLTextEditor(text: "a: 1\n")
        try editor.set(["tempo"], to: try #require(from.fragment(at: ["tempo"])))
        #expect(editor.text == "a: 1\n# Trying tracing in dev first.\n# (second line)\ntempo:\n  enabled: true\n")
    }
}
