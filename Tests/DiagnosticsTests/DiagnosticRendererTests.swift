import Testing
@testable import Diagnostics

@Suite struct DiagnosticRendererTests {
    let file = SourceFile(path: "dev/configmap.yaml", text: "a: 1\n  domain: dev.bigbang.mil: x\n\tb: 2\n")

    @Test func rendersLocationSourceLineAndCaret() {
        let loc = SourceLocation(path: file.path, line: 2, column: 26, file: file)
        let d = Diagnostic(.error, "mapping values are not allowed in this context", at: loc,
                           notes: [.init("loaded from dev/kustomization.yaml:4:3")])
        #expect(DiagnosticRenderer(colored: false).render(d) == """
            dev/configmap.yaml:2:26: error: mapping values are not allowed in this context
                domain: dev.bigbang.mil: x
                                       ^
            note: loaded from dev/kustomization.yaml:4:3

            """)
    }

    @Test func caretFollowsTabs() {
        let loc = SourceLocation(path: file.path, line: 3, column: 2, file: file)
        let text = DiagnosticRenderer(colored: false).render(.error("tab", at: loc))
        #expect(text.hasSuffix("  \tb: 2\n  \t^\n"))
    }

    @Test func withoutFileOnlyHeader() {
        let d = Diagnostic.warning("deprecated", at: SourceLocation(path: "k.yaml", line: 1, column: 1))
        #expect(DiagnosticRenderer(colored: false).render(d) == "k.yaml:1:1: warning: deprecated\n")
    }

    @Test(arguments: [(0, 1, 1), (3, 1, 4), (5, 2, 1), (7, 2, 3)])
    func offsetsMapToLineAndColumn(offset: Int, line: Int, column: Int) {
        let lc = file.lineAndColumn(ofOffset: offset)
        #expect(lc.line == line && lc.column == column)
        #expect(file.offset(line: line, column: column) == offset)
    }

    @Test func columnsCountUnicodeScalars() {
        let f = SourceFile(path: "u", text: "é: x\n")
        #expect(f.lineAndColumn(ofOffset: 2).column == 2)
    }

    @Test func outOfRangeLocationsDoNotTrap() {
        let loc = SourceLocation(path: file.path, line: 99, column: 99, file: file)
        #expect(DiagnosticRenderer(colored: false).render(.error("x", at: loc)) == "dev/configmap.yaml:99:99: error: x\n")
        #expect(file.lineAndColumn(ofOffset: -5).line == 1)
        #expect(file.lineText(0) == "")
    }
}
