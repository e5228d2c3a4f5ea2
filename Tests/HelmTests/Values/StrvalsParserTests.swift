@testable import Helm
import Testing
import YAML

@Suite struct StrvalsParserTests {
    static let typed: [(String, Value)] = [
        ("name=value", ["name": "value"]),
        ("a.b=c", ["a": ["b": "c"]]),
        ("a.b=1,a.c=true", ["a": ["b": .int(1), "c": true]]),
        ("x=0", ["x": .int(0)]),
        ("x=007", ["x": "007"]),
        ("x=null", ["x": .null]),
        ("x=TRUE", ["x": true]),
        ("list={a,b,c}", ["list": ["a", "b", "c"]]),
        ("a[0]=x,a[2]=z", ["a": ["x", .null, "z"]]),
        ("a[0].b=1", ["a": [["b": .int(1)]]]),
        ("a\\.b=c", ["a.b": "c"]),
        ("x=a\\,b", ["x": "a,b"]),
        ("x=", ["x": ""]),
        ("nested[0][1]=v", ["nested": [[.null, "v"]]]),
    ]

    @Test(arguments: typed)
    func typedValues(_ input: String, _ expected: Value) throws {
        var dest: [String: Value] = [:]
        try StrvalsParser.parse(input, into: &dest)
        #expect(Value.map(dest) == expected)
    }

    @Test func stringModeKeepsText() throws {
        var dest: [String: Value] = [:]
        try StrvalsParser.parse("a=1,b=true", into: &dest, mode: .string)
        #expect(dest == ["a": "1", "b": "true"])
    }

    @Test func literalModeTakesTheRest() throws {
        var dest: [String: Value] = [:]
        try StrvalsParser.parse("a.b=x,y\\z", into: &dest, mode: .literal)
        #expect(dest == ["a": ["b": "x,y\\z"]])
    }

    @Test func laterKeysOverwriteAndMerge() throws {
        var dest: [String: Value] = ["a": ["keep": "k", "b": "old"]]
        try StrvalsParser.parse("a.b=new", into: &dest)
        #expect(dest == ["a": ["keep": "k", "b": "new"]])
    }

    static let failures: [(String, String)] = [
        ("name", "key \"name\" has no value"),
        ("a=b,c", "key \"c\" has no value"),
        ("a,b=c", "key \"a\" has no value (cannot end with ,)"),
        ("a[-1]=x", "negative -1 index not allowed"),
        ("a[70000]=x", "index of 70000 is greater than maximum supported index of 65536"),
        ("list={a,b", "list must terminate with '}'"),
    ]

    @Test(arguments: failures)
    func errorsUseHelmWording(_ input: String, _ message: String) {
        var dest: [String: Value] = [:]
        #expect(throws: StrvalsParser.ParseError(message: message)) {
            try StrvalsParser.parse(input, into: &dest)
        }
    }

    @Test func nestingIsBounded() {
        var dest: [String: Value] = [:]
        let deep = (0..<40).map { "k\($0)" }.joined(separator: ".") + "=v"
        #expect(throws: StrvalsParser.ParseError.self) { try StrvalsParser.parse(deep, into: &dest) }
    }
}
