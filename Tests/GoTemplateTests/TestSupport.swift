import GoTemplate
import YAML

/// Data shared by the execution tables (numbers are float64, as Helm values are).
let testData: TemplateValue = TemplateValue(Value.map([
    "Values": .map([
        "name": "web",
        "count": .float(3),
        "big": .float(1_000_000),
        "enabled": true,
        "empty": "",
        "nothing": .null,
        "list": .list(["a", "b", "c"]),
        "nested": .map(["x": .map(["y": "deep"])]),
        "labels": .map(["b": "2", "a": "1"]),
    ]),
]))

/// Parses `text` as template "t.yaml" and executes it with `data`; errors come back as text.
func render(_ text: String, data: TemplateValue = testData, options: TemplateOptions = TemplateOptions(missingKey: .zero),
            functions: FunctionTable = .standard) -> String {
    let set = TemplateSet(name: "gotpl", functions: functions, options: options)
    do {
        try set.parse(text, name: "t.yaml")
        return try set.executeToString("t.yaml", data: data)
    } catch {
        return "ERROR: \(error)"
    }
}
