import Testing
@testable import YAML

/// What `kubectl kustomize` (v5.7.1) printed for one-field resources, probed field by field:
/// quoting, number and timestamp normalisation, block scalars, folding at 80 columns.
@Suite struct KYAMLEmitterTests {
    static let observed: [(String, String)] = [
        ("s01: \"-\"\n", "s01: '-'\n"),
        ("s02: \"?\"\n", "s02: '?'\n"),
        ("s03: \":\"\n", "s03: ':'\n"),
        ("s04: \"@x\"\n", "s04: '@x'\n"),
        ("s05: \"`x\"\n", "s05: '`x'\n"),
        ("s06: \"!x\"\n", "s06: '!x'\n"),
        ("s07: \"%x\"\n", "s07: '%x'\n"),
        ("s08: \"&x\"\n", "s08: '&x'\n"),
        ("s09: \"*x\"\n", "s09: '*x'\n"),
        ("s10: \"|x\"\n", "s10: '|x'\n"),
        ("s11: \">x\"\n", "s11: '>x'\n"),
        ("s12: \"'x\"\n", "s12: '''x'\n"),
        ("s13: \"\\\"x\"\n", "s13: '\"x'\n"),
        ("s14: \"#x\"\n", "s14: '#x'\n"),
        ("s15: \"{x\"\n", "s15: '{x'\n"),
        ("s16: \"[x\"\n", "s16: '[x'\n"),
        ("s17: \"x #y\"\n", "s17: 'x #y'\n"),
        ("s18: \"x: y\"\n", "s18: 'x: y'\n"),
        ("s19: \"x:y\"\n", "s19: x:y\n"),
        ("s20: \"trailing \"\n", "s20: 'trailing '\n"),
        ("s21: \" leading\"\n", "s21: ' leading'\n"),
        ("s22: \"emoji 🚀\"\n", "s22: \"emoji \\U0001F680\"\n"),
        ("s23: \"cr\\rx\"\n", "s23: \"cr\\rx\"\n"),
        ("s24: \"nul\\0x\"\n", "s24: \"nul\\0x\"\n"),
        ("s25: \"a\\u0085b\"\n", "s25: a b\n"),
        ("s26: \"line1\\nline2 \"\n", "s26: \"line1\\nline2 \"\n"),
        ("s27: \"  indented\\nsecond\\n\"\n", "s27: |2\n    indented\n  second\n"),
        ("s28: \"ends\\n\\n\\n\"\n", "s28: |+\n  ends\n\n\n"),
        ("s29: \"\\nstarts with newline\"\n", "s29: |2-\n\n  starts with newline\n"),
        ("s30: \"tab\\tinside\\nmultiline\"\n", "s30: \"tab\\tinside\\nmultiline\"\n"),
        ("s31: \"-x\"\n", "s31: -x\n"),
        ("s32: \"?x\"\n", "s32: ?x\n"),
        ("s33: \",x\"\n", "s33: ',x'\n"),
        ("s34: \"x,\"\n", "s34: x,\n"),
        ("s35: \"]x\"\n", "s35: ']x'\n"),
        ("s36: \"x]\"\n", "s36: x]\n"),
        ("s37: \"x}\"\n", "s37: x}\n"),
        ("s38: \"Yes\"\n", "s38: \"Yes\"\n"),
        ("s39: \"OFF\"\n", "s39: \"OFF\"\n"),
        ("s40: \"n\"\n", "s40: \"n\"\n"),
        ("s41: \"0x1g\"\n", "s41: 0x1g\n"),
        ("s42: \"1_000\"\n", "s42: \"1_000\"\n"),
        ("s43: \"+1\"\n", "s43: \"+1\"\n"),
        ("s44: \".5\"\n", "s44: \".5\"\n"),
        ("s45: \"1:20\"\n", "s45: \"1:20\"\n"),
        ("s46: \"1:70\"\n", "s46: 1:70\n"),
        ("s47: \"190:20:30.15\"\n", "s47: \"190:20:30.15\"\n"),
        ("s48: \"2001-12-14t21:59:43.10-05:00\"\n", "s48: \"2001-12-14t21:59:43.10-05:00\"\n"),
        ("s49: \"0o17\"\n", "s49: \"0o17\"\n"),
        ("s50: \"<<\"\n", "s50: <<\n"),
        ("s51: \"=\"\n", "s51: =\n"),
        ("s52: \"~x\"\n", "s52: ~x\n"),
        ("s53: \"null \"\n", "s53: 'null '\n"),
        ("s54: \"x\\u00a0y\"\n", "s54: x y\n"),
        ("s56: \"é\"\n", "s56: é\n"),
        ("s57: \"a  b\"\n", "s57: a  b\n"),
        ("s58: \"a\\\\b\"\n", "s58: a\\b\n"),
        ("s59: \"1e+21\"\n", "s59: \"1e+21\"\n"),
        ("s60: \"--- x\"\n", "s60: '--- x'\n"),
        ("s61: \"...\"\n", "s61: '...'\n"),
        ("s62: \"---\"\n", "s62: '---'\n"),
        ("s63: \"x\\n\"\n", "s63: |\n  x\n"),
        ("s64: \"x \\n\"\n", "s64: \"x \\n\"\n"),
        ("s65: \"\\t\"\n", "s65: \"\\t\"\n"),
        ("s66: \" \"\n", "s66: ' '\n"),
        ("s67: \"\"\n", "s67: \"\"\n"),
        ("long1: \"aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt\"\n", "long1: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr ssss tttt\n"),
        ("long2: \"aaaa: bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt\"\n", "long2: 'aaaa: bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr ssss tttt'\n"),
        ("long3: \"aaaa\\tbbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt\"\n", "long3: \"aaaa\\tbbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr ssss tttt\"\n"),
        ("long4: \"aaaa  bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss   tttt uuuu\"\n", "long4: aaaa  bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr ssss   tttt uuuu\n"),
        ("\"123\": numkey\n", "\"123\": numkey\n"),
        ("\"true\": boolkey\n", "\"true\": boolkey\n"),
        ("\"\": emptykey\n", "\"\": emptykey\n"),
        ("i1: 0x1F\n", "i1: 31\n"),
        ("i2: -0o17\n", "i2: -15\n"),
        ("i3: 0b1010\n", "i3: 10\n"),
        ("i4: 017\n", "i4: 15\n"),
        ("i5: 9223372036854775807\n", "i5: 9223372036854775807\n"),
        ("i6: 9223372036854775808\n", "i6: 9223372036854775808\n"),
        ("i7: 18446744073709551615\n", "i7: 18446744073709551615\n"),
        ("i8: 18446744073709551616\n", "i8: 1.8446744073709552e+19\n"),
        ("i9: -9223372036854775809\n", "i9: -9.223372036854776e+18\n"),
        ("i10: 1_000_000\n", "i10: 1000000\n"),
        ("i11: +42\n", "i11: 42\n"),
        ("i12: -0\n", "i12: 0\n"),
        ("i13: 08\n", "i13: 8\n"),
        ("f1: 1.0\n", "f1: 1\n"),
        ("f2: 1e6\n", "f2: 1000000\n"),
        ("f3: 1.5e6\n", "f3: 1500000\n"),
        ("f4: 1234567.5\n", "f4: 1.2345675e+06\n"),
        ("f5: 0.000001\n", "f5: 1e-06\n"),
        ("f6: 0.0000001\n", "f6: 1e-07\n"),
        ("f7: 1e21\n", "f7: 1e+21\n"),
        ("f8: 1e20\n", "f8: 1e+20\n"),
        ("f9: 123456789012345678901234\n", "f9: 1.2345678901234569e+23\n"),
        ("f10: -1.5\n", "f10: -1.5\n"),
        ("f11: 3.14159265358979323846\n", "f11: 3.141592653589793\n"),
        ("f12: .5\n", "f12: 0.5\n"),
        ("f13: 1.\n", "f13: 1\n"),
        ("f14: -0.0\n", "f14: 0\n"),
        ("f15: 2.5e-7\n", "f15: 2.5e-07\n"),
        ("f16: 100000.5\n", "f16: 100000.5\n"),
        ("f17: 0.1\n", "f17: 0.1\n"),
        ("f18: 1e-5\n", "f18: 1e-05\n"),
        ("f19: 12345678.9\n", "f19: 1.23456789e+07\n"),
        ("f20: 1_0.5\n", "f20: 10.5\n"),
        ("f21: 0.0001\n", "f21: 0.0001\n"),
        ("f22: 123456.7\n", "f22: 123456.7\n"),
        ("t1: 2024-01-02\n", "t1: \"2024-01-02T00:00:00Z\"\n"),
        ("t2: 2024-01-02T03:04:05Z\n", "t2: \"2024-01-02T03:04:05Z\"\n"),
        ("t3: 2024-01-02T03:04:05.120+01:00\n", "t3: \"2024-01-02T03:04:05.12+01:00\"\n"),
        ("t4: 2024-01-02 03:04:05\n", "t4: \"2024-01-02T03:04:05Z\"\n"),
        ("t5: 2024-1-2\n", "t5: \"2024-01-02T00:00:00Z\"\n"),
        ("t6: 2024-01-02T03:04:05.1234567891-00:00\n", "t6: \"2024-01-02T03:04:05.123456789Z\"\n"),
        ("t7: 2024-01-02t03:04:05+00:00\n", "t7: \"2024-01-02T03:04:05Z\"\n"),
        ("b1: True\n", "b1: true\n"),
        ("b2: FALSE\n", "b2: false\n"),
        ("b3: yes\n", "b3: \"yes\"\n"),
        ("b4: off\n", "b4: \"off\"\n"),
        ("n1: ~\n", "n1: null\n"),
        ("n2: Null\n", "n2: null\n"),
        ("n3:\n", "n3: null\n"),
        ("q1: !!str 123\n", "q1: \"123\"\n"),
        ("q2: !!int \"42\"\n", "q2: 42\n"),
        ("q3: !custom hello\n", "q3: hello\n"),
        ("q4: !!float 3\n", "q4: 3\n"),
        ("seq: [a, b, [c, d], {e: f}, [], {}]\n", "seq:\n- a\n- b\n- - c\n  - d\n- e: f\n- []\n- {}\n"),
        ("empty1: []\n", "empty1: []\n"),
        ("empty2: {}\n", "empty2: {}\n"),
        ("lit6: \"  two lead\\n\"\n", "lit6: |2\n    two lead\n"),
    ]

    @Test(arguments: observed)
    func fieldPrintsAsKustomizeDoes(input: String, expected: String) throws {
        let docs = try YAMLParser.parse(input)
        let root = try #require(docs.first).deAnchored()
        #expect(KYAMLEmitter.emit(root) == expected)
    }

    @Test func keysSortNaturallyAndQuoteWhenAmbiguous() throws {
        let input = "a10: x\na9: x\nA: x\n_u: x\na0: x\na00: x\na01: x\na1: x\nZ: x\n\"123\": x\n\"true\": x\n\"\": x\n\"é\": x\n"
        let expected = "\"\": x\n_u: x\n\"123\": x\nA: x\nZ: x\na0: x\na00: x\na1: x\na01: x\na9: x\na10: x\n\"true\": x\né: x\n"
        #expect(KYAMLEmitter.emit(try #require(YAMLParser.parse(input).first)) == expected)
    }

    @Test func longAndMultilineKeys() throws {
        let long = "key with spaces and a very long name that goes past the simple key limit of one hundred twenty eight characters, yes it is long"
        let input = "\"\(long)\": v\n\"multi\\nline key\": v\n"
        let expected = "\(long): v\n? |-\n  multi\n  line key\n: v\n"
        #expect(KYAMLEmitter.emit(try #require(YAMLParser.parse(input).first)) == expected)
    }

    @Test func flowCollectionsBecomeBlockAndEmptyOnesStayFlow() throws {
        let input = "seq: [a, b, [c, d], {e: f}, [], {}]\nnested:\n  - - a\n    - b\n  - k: v\n    k2: [1, 2]\n"
        let expected = "nested:\n- - a\n  - b\n- k: v\n  k2:\n  - 1\n  - 2\nseq:\n- a\n- b\n- - c\n  - d\n- e: f\n- []\n- {}\n"
        #expect(KYAMLEmitter.emit(try #require(YAMLParser.parse(input).first)) == expected)
    }

    @Test func blockScalars() throws {
        let input = "lit1: |\n  a\n   b\nlit2: |-\n  x\n\n  y\nlit3: |+\n  keep\n\nlit4: >\n  folded\n  text\n\n  para\nlit5: |\n  trailing space \n  x\n"
        let expected = "lit1: |\n  a\n   b\nlit2: |-\n  x\n\n  y\nlit3: |+\n  keep\n\nlit4: |\n  folded text\n  para\nlit5: \"trailing space \\nx\\n\"\n"
        #expect(KYAMLEmitter.emit(try #require(YAMLParser.parse(input).first)) == expected)
    }

    @Test func commentsAnchorsAndTagsDoNotSurvive() throws {
        let input = "# head\nb: &x 1 # line\na: *x\nc: !custom v\n"
        #expect(KYAMLEmitter.emit(try #require(YAMLParser.parse(input).first)) == "a: 1\nb: 1\nc: v\n")
    }

    @Test func streamJoinsDocumentsLikeResMapAsYaml() throws {
        let docs = try YAMLParser.parse("a: 1\n---\nb: 2\n")
        #expect(KYAMLEmitter.emitStream(docs) == "a: 1\n---\nb: 2\n")
        #expect(KYAMLEmitter.emitStream([]) == "")
    }

    @Test func nextLineCharactersFoldLikeTheJSONRoundTrip() throws {
        let docs = try YAMLParser.parse("x: \"a\\u0085b\"\ny: \"a \\u0085\\u0085 b\"\n")
        #expect(KYAMLEmitter.emit(try #require(docs.first)) == "x: a b\n\"y\": |-\n  a\n  b\n")
    }
}

/// Resources `kubectl kustomize` refused to print (exit 1), probed one by one.
@Suite struct KYAMLCheckTests {
    @Test(arguments: [
        ("kind: A\ndata:\n  a: 1\n  a: 2\n", 4, "yaml: unmarshal errors:\n  line 4: mapping key \"a\" already defined at line 3"),
        ("kind: A\nd:\n  1: a\n", 3, "json: unsupported type: map[interface {}]interface {}"),
        ("kind: A\nd:\n  !foo k: a\n", 3, "json: unsupported type: map[interface {}]interface {}"),
        ("kind: A\nd: {x: .inf}\n", 2, "json: unsupported value: +Inf"),
        ("kind: A\nd: [.nan]\n", 2, "json: unsupported value: NaN"),
        ("kind: A\nd: {? [a, b] : c}\n", 2, "yaml: invalid map key"),
    ])
    func rejected(text: String, line: Int, message: String) throws {
        let root = try #require(try YAMLParser.parse(text).first)
        let error = try #require(throws: YAMLError.self) { try KYAMLEmitter.check(root) }
        #expect(error.goMessage == message)
        #expect(error.location.line == line)
    }

    @Test(arguments: [
        "kind: A\nd:\n  <<: {a: 1}\n  a: 2\n",
        "kind: A\nd:\n  \"1\": a\n  'true': b\n",
        "kind: A\nd: [1.5, -2, x]\n",
    ])
    func accepted(text: String) throws {
        let root = try #require(try YAMLParser.parse(text).first)
        try KYAMLEmitter.check(root)
    }
}

/// Flow-context inputs, as kubectl kustomize printed them.
@Suite struct KYAMLFlowTests {
    @Test(arguments: [
        ("d: [http://x:80, a:b]\n", "d:\n- http://x:80\n- a:b\n"),
        ("d: {a:b}\n", "d:\n  a:b: \"\"\n"),
        ("d: {a: b:c}\n", "d:\n  a: b:c\n"),
        ("d: [a, b, ]\n", "d:\n- a\n- b\n"),
        ("d: [?a]\n", "d:\n- a: \"\"\n"),
        ("d: [a: b]\n", "d:\n- a: b\n"),
        ("d: {? a}\n", "d:\n  a: \"\"\n"),
        ("d: {\"a\":1}\n", "d:\n  a: 1\n"),
        ("d: !!str\n", "d: \"\"\n"),
        ("d:\n", "d: null\n"),
    ])
    func flowInput(input: String, expected: String) throws {
        let root = try #require(try YAMLParser.parse(input).first)
        #expect(KYAMLEmitter.emit(root) == expected)
    }
}
