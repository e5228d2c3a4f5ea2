import Testing
import YAML

/// The yaml.v3-style printer SOPS files are written with: order, comments and quoting kept.
struct YAMLv3EmitterTests {
    static func roundTrip(_ text: String, indent: Int = 4) throws -> String {
        YAMLv3Emitter.emit(try YAMLParser.parse(text), indent: indent)
    }

    @Test func indentationFollowsYAMLv3() throws {
        let text = """
            a:
              b: 1
              list:
              - x
              - k: v
                k2: v2
              - - n1
                - n2
            c: []
            d: {}

            """
        #expect(try Self.roundTrip(text) == """
            a:
                b: 1
                list:
                    - x
                    - k: v
                      k2: v2
                    - - n1
                      - n2
            c: []
            d: {}

            """)
        #expect(try Self.roundTrip(text, indent: 2) == """
            a:
              b: 1
              list:
                - x
                - k: v
                  k2: v2
                - - n1
                  - n2
            c: []
            d: {}

            """)
    }

    /// As SOPS prints (yaml.v3 encoding Go strings), YAML 1.1 booleans such as `y` and `on`
    /// are quoted too, keys included.
    @Test func keyOrderAndQuotingAreKept() throws {
        let text = """
            z: plain
            a: 'single'
            m: "double"
            t: "true"
            "n": "42"
            "y": "yes"
            e: ""
            colon: 'a: b'
            hash: 'x #y'
            lead: ' space'
            int: 0x1F
            nul: ~
            bare:

            """
        let out = try Self.roundTrip(text)
        #expect(out == text, "\(out)")
    }

    @Test func constructedStringsAreQuotedWhenTheyWouldChangeType() {
        let root = Node.mapping([
            ("bool", .scalar("true")), ("old", .scalar("on")), ("num", .scalar("1.5")), ("null", .scalar("null")),
            ("empty", .scalar("")), ("dash", .scalar("- x")), ("ok", .scalar("ENC[AES256_GCM,data:x,type:str]")),
            ("tab", .scalar("a\tb\u{1}")), ("quote", .scalar("it's")),
        ])
        #expect(YAMLv3Emitter.emit([root]) == """
            bool: "true"
            old: "on"
            num: "1.5"
            "null": "null"
            empty: ""
            dash: '- x'
            ok: ENC[AES256_GCM,data:x,type:str]
            tab: "a\\tb\\x01"
            quote: it's

            """)
    }

    @Test func multilineStringsAreLiteralBlocks() throws {
        let text = """
            clip: |
              one
              two
            strip: |-
              one
            keep: |+
              one


            lead: |2
                indented
            list:
              - |
                in a list

            """
        // `|4`: content four columns in, so the two leading spaces stay part of the text.
        #expect(try Self.roundTrip(text) == """
            clip: |
                one
                two
            strip: |-
                one
            keep: |+
                one


            lead: |4
                  indented
            list:
                - |
                  in a list

            """)
        let trailingSpace = Node.mapping([("k", .scalar("a \nb"))])
        #expect(YAMLv3Emitter.emit([trailingSpace]) == "k: \"a \\nb\"\n")
    }

    @Test func commentsStayWithTheirNodes() throws {
        let text = """
            # about a
            a: 1 # one
            b:
                # first item
                - x
                # second item
                - z
            c:
                # inside c
                d: 2

            """
        let out = try Self.roundTrip(text)
        #expect(out == text, "\(out)")
    }

    @Test func documentsAreSeparated() throws {
        #expect(try Self.roundTrip("a: 1\n---\nb: 2\n") == "a: 1\n---\nb: 2\n")
        #expect(try Self.roundTrip("- a\n- b\n") == "- a\n- b\n")
    }
}
