import GoTemplate
import Testing

/// The node an error names is found again from its kind and offset: where a parenthesised
/// pipeline and the first operand inside it share an offset, and in nested chains. Expected
/// texts are what Helm v4.1.4 printed for the same templates.
@Suite struct ErrorPositionTests {
    @Test(arguments: [
        ("{{ (.Values.name).x.y }}",
         "template: t.yaml:1:11: executing \"t.yaml\" at <.Values.name>: can't evaluate field x in type string"),
        ("{{ (printf \"%d\" 1 | len).x }}",
         "template: t.yaml:1:20: executing \"t.yaml\" at <len>: can't evaluate field x in type int"),
        ("{{ ((index .Values.list 9)) }}",
         "template: t.yaml:1:5: executing \"t.yaml\" at <index .Values.list 9>: error calling index: index out of range: 9"),
        ("{{ with $y := (len 3) }}{{ end }}",
         "template: t.yaml:1:15: executing \"t.yaml\" at <len 3>: error calling len: len of type int"),
        ("{{ define \"d\" }}{{ .x.y }}{{ end }}{{ template \"d\" .Values.name }}",
         "template: t.yaml:1:21: executing \"d\" at <.x.y>: can't evaluate field x in type string"),
    ])
    func namesTheNodeGoNames(template: String, expected: String) {
        #expect(render(template) == "ERROR: " + expected)
    }
}
