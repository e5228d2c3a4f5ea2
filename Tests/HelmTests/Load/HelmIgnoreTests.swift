@testable import Helm
import Testing

@Suite struct HelmIgnoreTests {
    static let cases: [(rules: String, path: String, isDir: Bool, ignored: Bool)] = [
        ("*.bak", "files/keep.bak", false, true),
        ("*.bak", "files/keep.txt", false, false),
        ("ignored/", "ignored", true, true),
        ("ignored/", "ignored", false, false),
        ("/top.txt", "top.txt", false, true),
        ("/top.txt", "sub/top.txt", false, false),
        ("docs/*.md", "docs/a.md", false, true),
        ("docs/*.md", "docs/x/a.md", false, false),
        ("*.txt\n!keep.txt", "keep.txt", false, false),
        ("*.txt\n!keep.txt", "drop.txt", false, true),
        ("# comment\n\n", "anything", false, false),
        ("file[0-9].yaml", "file7.yaml", false, true),
    ]

    @Test(arguments: cases)
    func matching(_ c: (rules: String, path: String, isDir: Bool, ignored: Bool)) throws {
        let rules = try HelmIgnore(text: c.rules)
        #expect(rules.ignores(c.path, isDirectory: c.isDir) == c.ignored)
    }

    @Test func defaultsHideDotFilesInTemplates() {
        var rules = HelmIgnore()
        rules.addDefaults()
        #expect(rules.ignores("templates/.hidden.yaml", isDirectory: false))
        #expect(!rules.ignores("templates/shown.yaml", isDirectory: false))
    }

    @Test func doubleStarIsRejected() {
        #expect(throws: HelmError.self) { try HelmIgnore(text: "**/x") }
    }

    static let globs: [(String, String, Bool?)] = [
        ("a*", "abc", true), ("a*", "a/b", false), ("?b", "ab", true), ("[a-c]x", "bx", true),
        ("[^a-c]x", "bx", false), ("\\*", "*", true), ("[", "a", nil), ("a*b*c", "axxbyyc", true),
    ]

    @Test(arguments: globs)
    func goPathMatch(_ pattern: String, _ name: String, _ expected: Bool?) {
        #expect(GlobPattern.match(pattern, name) == expected)
    }
}
