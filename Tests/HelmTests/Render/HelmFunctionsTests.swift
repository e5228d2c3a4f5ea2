@testable import Helm
import Testing
import YAML

@Suite struct HelmFunctionsTests {
    @Test func tomlReadsTablesAndScalars() throws {
        let v = try TOMLDecoder.decode("title = 'x'\n[owner]\nname = \"n\"\nage = 3\n")
        #expect(v == ["title": "x", "owner": ["name": "n", "age": .int(3)]])
    }

    static let traces: [(String, String?)] = [
        ("template: a.yaml:3:5: executing \"a.yaml\" at <.Values.x.y>: nil pointer evaluating interface {}.y",
         "a.yaml:3:5\n  executing \"a.yaml\" at <.Values.x.y>:\n    nil pointer evaluating interface {}.y\n"),
        ("template: no template \"x\" associated with template \"gotpl\"",
         "template: no template \"x\" associated with template \"gotpl\"\n"),
        ("interface conversion: interface {} is nil", nil),
    ]

    @Test(arguments: traces)
    func execTraceParsing(_ input: String, _ expected: String?) {
        #expect(ExecTrace(parsing: input)?.text == expected)
    }

    static let fileGlobs: [(String, String, Bool)] = [
        ("files/*.txt", "files/a.txt", true),
        ("files/*.txt", "files/x/a.txt", false),
        ("files/**.txt", "files/x/a.txt", true),
        ("files/{a,b}.txt", "files/b.txt", true),
        ("files/[!a]*", "files/b", true),
        ("files/?.txt", "files/ab.txt", false),
    ]

    @Test(arguments: fileGlobs)
    func filesGlob(_ pattern: String, _ name: String, _ expected: Bool) throws {
        let glob = try #require(FileGlob(pattern))
        #expect(glob.matches(name) == expected)
    }

    @Test func sortedForParsingPutsDeepPathsFirst() {
        let keys = ["c/templates/a.yaml", "c/charts/s/templates/x.yaml", "c/templates/_z.tpl", "c/templates/b.yaml"]
        #expect(TemplateEngine.sortedForParsing(keys) == [
            "c/charts/s/templates/x.yaml", "c/templates/b.yaml", "c/templates/a.yaml", "c/templates/_z.tpl",
        ])
    }
}

@Suite struct PrettyYAMLTests {
    static let cases: [(String, String)] = [
        ("a:\n  x: \"y\"\nb:\n- 1\n- 2\n", "a:\n  x: \"y\"\nb:\n  - 1\n  - 2\n"),
        ("- k:\n  - x\n  - y\n  j: 1\n", "- k:\n    - x\n    - y\n  j: 1\n"),
        ("a:\n- |\n  text:\n  - not a list\n- b\nc: 1\n", "a:\n  - |\n    text:\n    - not a list\n  - b\nc: 1\n"),
        ("a:\n- b:\n  - c\n", "a:\n  - b:\n      - c\n"),
    ]

    @Test(arguments: cases)
    func indentsSequencesUnderKeys(_ input: String, _ expected: String) {
        #expect(PrettyYAML.reindent(input) == expected)
    }
}
