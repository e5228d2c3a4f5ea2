import GoTemplate
import Testing

/// `indent`/`nindent` as Sprig writes them: the pad before the text and after every newline.
@Suite struct IndentTests {
    @Test(arguments: [
        ("{{ indent 2 \"a\\nb\" }}", "  a\n  b"),
        ("{{ indent 2 \"a\\n\" }}", "  a\n  "),
        ("{{ indent 3 \"\" }}", "   "),
        ("{{ nindent 2 \"x: ü\\ny: 1\" }}", "\n  x: ü\n  y: 1"),
        ("{{ indent 0 \"a\\nb\" }}", "a\nb"),
        ("{{ indent 1 \"\\n\\n\" }}", " \n \n "),
    ])
    func padsEveryLine(template: String, expected: String) throws {
        #expect(try render(template) == expected)
    }
}
