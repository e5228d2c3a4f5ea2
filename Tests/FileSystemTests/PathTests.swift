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
