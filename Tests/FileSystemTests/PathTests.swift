import Testing
@testable import FileSystem

@Suite struct PathTests {
    @Test(arguments: [
        ("a/b/../c", "a/c"), ("/a//b/./c/", "/a/b/c"), ("../x", "../x"), ("/..", "/"),
        ("", "."), ("a/..", "."), ("./a", "a"),
    ])
    func clean(input: String, expected: String) {
        #expect(Path.clean(input) == expected)
    }

    /// The fast path (already-clean paths returned as they are) never disagrees with the
    /// full cleaning: every short path over the alphabet {a, ., /} is checked.
    @Test func alreadyCleanPathsAreExactlyTheFixedPoints() {
        let alphabet: [Character] = ["a", ".", "/"]
        var paths = [""]
        for _ in 0..<6 { paths = paths.flatMap { p in alphabet.map { p + String($0) } } + paths }
        for path in ["/", "/a/b", "a/.b", "a/...", "charts/x/templates/_h.tpl"] { #expect(Path.isClean(path), "\(path)") }
        for path in Set(paths) where !path.isEmpty {
            let full = Path.lexicallyCleaned(path)
            if Path.isClean(path) { #expect(full == path, "\(path)") }
            #expect(Path.clean(path) == full, "\(path)")
        }
    }

    @Test(arguments: [("/a/b/c", "/a", "b/c"), ("/a", "/a/b", ".."), ("/x/y", "/a/b", "../../x/y"), ("/a", "/a", ".")])
    func relative(path: String, base: String, expected: String) {
        #expect(Path.relative(path, to: base) == expected)
    }

    @Test func withinIsComponentWise() {
        #expect(Path.isWithin("/a/b", "/a"))
        #expect(!Path.isWithin("/ab", "/a"))
        #expect(Path.isWithin("/a", "/a"))
    }
}
