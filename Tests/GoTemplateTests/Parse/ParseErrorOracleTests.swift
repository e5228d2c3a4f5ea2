// Rows recorded from the Helm v4.1.4 oracle (`parse error at (FILE:LINE): MSG`, the file being the template); regenerate, do not hand-edit.
import GoTemplate
import Testing

let parseErrorRows: [(template: String, location: String, message: String)] = [
    ("{{ .Values.name }", "template: t.yaml:1: ", "unexpected \"}\" in operand"),
    ("{{ if }}", "template: t.yaml:1: ", "missing value for if"),
    ("{{ end }}", "template: t.yaml:1: ", "unexpected {{end}}"),
    ("{{ else }}", "template: t.yaml:1: ", "unexpected {{else}}"),
    ("{{ range .x }}", "template: t.yaml:1: ", "unexpected EOF"),
    ("{{ \"unterminated }}", "template: t.yaml:1: ", "unterminated quoted string"),
    ("{{ $x }}", "template: t.yaml:1: ", "undefined variable \"$x\""),
    ("{{ 1 | 2 }}", "template: t.yaml:1: ", "non executable command in pipeline stage 2"),
    ("{{ nosuch 1 }}", "template: t.yaml:1: ", "function \"nosuch\" not defined"),
    ("{{ break }}", "template: t.yaml:1: ", "{{break}} outside {{range}}"),
    ("{{ (1 }}", "template: t.yaml:1: ", "unclosed left paren"),
    ("{{ 1) }}", "template: t.yaml:1: ", "unexpected right paren"),
    ("{{ define \"x\" }}{{ end }}{{ define \"x\" }}y{{ end }}{{ define \"x\" }}z{{ end }}", "template: t.yaml:1: ", "multiple definition of template \"x\""),
    ("{{ template x }}", "template: t.yaml:1: ", "unexpected \"x\" in template clause"),
    ("{{/* unclosed", "template: t.yaml:1: ", "unclosed comment"),
    ("{{/* c */ x }}", "template: t.yaml:1: ", "comment ends before closing delimiter"),
    ("{{ `raw }}", "template: t.yaml:1: ", "unterminated raw quoted string"),
    ("{{ 'ab' }}", "template: t.yaml:1: ", "'ab'"),
    ("{{ 1.2.3 }}", "template: t.yaml:1: ", "unexpected \".3\" in operand"),
    ("{{ \"a\".b }}", "template: t.yaml:1: ", "unexpected . after term \"\\\"a\\\"\""),
    ("{{ with $x, $y := 1 }}{{ end }}", "template: t.yaml:1: ", "too many declarations in with"),
    ("{{ range $a, $b, $c := . }}{{ end }}", "template: t.yaml:1: ", "too many declarations in range"),
    ("{{ if 1 }}{{ else }}{{ else }}{{ end }}", "template: t.yaml:1: ", "expected end; found {{else}}"),
    ("{{ 0x1G }}", "template: t.yaml:1: ", "\"0x1G\""),
    ("{{ . | . }}", "template: t.yaml:1: ", "non executable command in pipeline stage 2"),
    ("{{ @ }}", "template: t.yaml:1: ", "unexpected \"@\" in command"),
    ("{{ 99999999999999999999 }}", "template: t.yaml:1: ", "\"99999999999999999999\""),
    ("{{ .x:y }}", "template: t.yaml:1: ", "expected :="),
]

@Test(arguments: parseErrorRows)
func parseErrorOracle(row: (template: String, location: String, message: String)) {
    let set = TemplateSet(name: "gotpl")
    do {
        try set.parse(row.template, name: "t.yaml")
        Issue.record("parsed: \(row.template)")
    } catch let error as TemplateError {
        // Helm v4 prints only the last part of some messages.
        #expect(error.description.hasPrefix(row.location), "\(error)")
        #expect(error.description.hasSuffix(row.message), "\(error)")
        guard case .parse(let failure) = error else { Issue.record("not a parse error"); return }
        #expect(failure.templateName == "t.yaml")
    } catch {
        Issue.record("unexpected error type \(error)")
    }
}
