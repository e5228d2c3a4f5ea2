import GoTemplate
import Testing
import YAML

/// Helm-style `include` and `tpl` built on the public callback API.
func helmishFunctions(includeLimit: Int = 1000) -> FunctionTable {
    final class Counter { var depth = 0 }
    let counter = Counter()
    var table = FunctionTable.standard
    table["include"] = TemplateFunction([.string, .any]) { call in
        counter.depth += 1
        defer { counter.depth -= 1 }
        if counter.depth > includeLimit {
            throw TemplateFunctionError("rendering template has a nested reference name: \(call.string(0)): unable to execute template")
        }
        return .string(try call.context.execute(templateNamed: call.string(0), data: call[1]))
    }
    table["tpl"] = TemplateFunction([.string, .any]) { call in
        let clone = call.context.templates.clone()
        try clone.parse(call.string(0), name: "gotpl")
        return .string(try call.context.execute(templateNamed: "gotpl", in: clone, data: call[1]))
    }
    return table
}

@Test func includeReturnsTemplateOutput() {
    let out = render(#"{{ define "lbl" }}app: {{ .name }}{{ end }}{{ include "lbl" .Values | upper }}"#, functions: helmishFunctions())
    #expect(out == "APP: WEB")
}

@Test func tplDefinesStayInTheClone() throws {
    let set = TemplateSet(name: "gotpl", functions: helmishFunctions(), options: TemplateOptions(missingKey: .zero))
    try set.parse(#"{{ tpl "{{ define \"t\" }}T{{ end }}{{ include \"t\" . }}-{{ .Values.name }}" . }}"#, name: "a.yaml")
    #expect(try set.executeToString("a.yaml", data: testData) == "T-web")
    #expect(!set.contains("t"))
}

@Test func includeRecursionEndsInAnError() throws {
    let set = TemplateSet(name: "gotpl", functions: helmishFunctions(includeLimit: 1000))
    try set.parse(#"{{ define "loop" }}{{ include "loop" . }}{{ end }}{{ include "loop" . }}"#, name: "r.yaml")
    #expect(throws: TemplateError.self) { try set.execute("r.yaml", data: nil) }
    do {
        _ = try set.execute("r.yaml", data: nil)
    } catch let error as TemplateError {
        #expect(error.rootExecFailure?.causeMessage.contains("nested reference name: loop") == true)
    } catch {
        Issue.record("\(error)")
    }
}

@Test func templateRecursionHitsGoDepthLimit() throws {
    let set = TemplateSet(name: "gotpl")
    try set.parse(#"{{ define "inf" }}{{ template "inf" . }}{{ end }}{{ template "inf" 1 }}"#, name: "d.yaml")
    #expect(throws: TemplateError.self) { try set.execute("d.yaml", data: nil) }
    let message = (try? set.executeToString("d.yaml", data: nil)) ?? ""
    #expect(message.isEmpty)
}

@Test func execErrorKeepsStructuredFields() throws {
    let set = TemplateSet(name: "gotpl", options: TemplateOptions(missingKey: .zero))
    try set.parse("a: 1\nb: {{ fail \"boom\" }}\n", name: "chart/templates/x.yaml")
    do {
        _ = try set.execute("chart/templates/x.yaml", data: testData)
        Issue.record("no error")
    } catch let error as TemplateError {
        #expect(error.description == #"template: chart/templates/x.yaml:2:6: executing "chart/templates/x.yaml" at <fail "boom">: error calling fail: boom"#)
        let failure = try #require(error.rootExecFailure)
        #expect(failure.file == "chart/templates/x.yaml")
        #expect(failure.line == 2 && failure.column == 6)
        #expect(failure.function == "fail")
        #expect(failure.causeMessage == "boom")
    }
}

@Test func missingTemplateIsGoError() {
    let set = TemplateSet(name: "gotpl")
    #expect(throws: TemplateError.self) { try set.execute("nope", data: nil) }
    do { _ = try set.execute("nope", data: nil) } catch {
        #expect("\(error)" == #"template: no template "nope" associated with template "gotpl""#)
    }
}

@Test(arguments: [
    (TemplateOptions.MissingKey.invalid, "<no value>"),
    (.zero, "<no value>"),
    (.error, #"ERROR: template: t.yaml:1:10: executing "t.yaml" at <.Values.missing>: map has no entry for key "missing""#),
])
func missingKeyModes(mode: TemplateOptions.MissingKey, expected: String) {
    #expect(render("{{ .Values.missing }}", options: TemplateOptions(missingKey: mode)) == expected)
}

@Test func setMutatesSharedMaps() throws {
    let set = TemplateSet(name: "gotpl")
    try set.parse(#"{{ $_ := set .Values "added" "yes" }}"#, name: "a")
    try set.parse(#"{{ .Values.added }}"#, name: "b")
    let data: TemplateValue = ["Values": ["x": 1]]
    _ = try set.execute("a", data: data)
    #expect(try set.executeToString("b", data: data) == "yes")
}

@Test func laterDefinitionWinsAcrossFiles() throws {
    let set = TemplateSet(name: "gotpl")
    try set.parse(#"{{ define "x" }}first{{ end }}"#, name: "a.tpl")
    try set.parse(#"{{ define "x" }}second{{ end }}"#, name: "b.tpl")
    try set.parse(#"{{ define "x" }}   {{ end }}"#, name: "c.tpl")
    try set.parse(#"{{ template "x" }}"#, name: "main")
    #expect(try set.executeToString("main", data: nil) == "second")
}

@Test func customDelimiters() throws {
    let set = TemplateSet(name: "gotpl", options: TemplateOptions(leftDelimiter: "[[", rightDelimiter: "]]"))
    try set.parse("{{ x }} [[ .a ]]", name: "d")
    #expect(try set.executeToString("d", data: ["a": 1]) == "{{ x }} 1")
}

@Test func yamlValuesConvertWithGoTypes() {
    let v = TemplateValue(Value.map(["n": .float(3), "i": .int(2), "l": .list(["a"])]))
    #expect(render("{{ typeOf .n }} {{ typeOf .i }} {{ typeOf .l }}", data: v) == "float64 int64 []interface {}")
    #expect(v.yamlValue == Value.map(["n": .float(3), "i": .int(2), "l": .list(["a"])]))
}

/// An object with a field and a method taking an argument, like Helm's `.Capabilities`.
final class Caps: TemplateObject, @unchecked Sendable {
    var goTypeName: String { "*chartutil.Capabilities" }
    func member(named name: String) -> TemplateMember? {
        switch name {
        case "KubeVersion": return .field(["Version": "v1.35.0", "Major": "1"])
        case "Has": return .method(TemplateFunction([.string]) { .bool($0.string(0) == "apps/v1") })
        default: return nil
        }
    }
}

@Test func objectFieldsAndMethods() {
    let data: TemplateValue = ["Capabilities": .object(Caps())]
    #expect(render(#"{{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.Has "apps/v1" }} {{ .Capabilities.Has "x" }}"#, data: data)
            == "v1.35.0 true false")
    #expect(render("{{ .Capabilities.Nope }}", data: data)
            == #"ERROR: template: t.yaml:1:16: executing "t.yaml" at <.Capabilities.Nope>: can't evaluate field Nope in type interface {}"#)
    #expect(render("{{ .Capabilities.KubeVersion 1 }}", data: data).hasSuffix("KubeVersion has arguments but cannot be invoked as function"))
}

@Test(arguments: [
    ("a  {{- 1 -}}  b", "a1b"),
    ("a {{- /* c */ -}} b", "ab"),
    ("{{ 1 }}\n{{- 2 }}", "12"),
    ("x{{ \"-}}\" }}y", "x-}}y"),
    ("{{ 3 -}}\n\n  z", "3z"),
])
func trimMarkers(template: String, expected: String) {
    #expect(render(template) == expected)
}

/// An `include` without Helm's counter still ends in Go's depth error, not a stack overflow.
@Test func unboundedIncludeRecursionIsBounded() throws {
    var table = FunctionTable.standard
    table["include"] = TemplateFunction([.string, .any]) { call in
        .string(try call.context.execute(templateNamed: call.string(0), data: call[1]))
    }
    let set = TemplateSet(name: "gotpl", functions: table)
    try set.parse(#"{{ define "a" }}{{ template "b" . }}{{ end }}{{ define "b" }}{{ include "a" . }}{{ end }}{{ include "a" . }}"#, name: "r")
    do {
        _ = try set.execute("r", data: nil)
        Issue.record("no error")
    } catch let error as TemplateError {
        #expect(error.description.contains("exceeded maximum template depth"))
        #expect(error.execChain.count > 10)
    }
}
