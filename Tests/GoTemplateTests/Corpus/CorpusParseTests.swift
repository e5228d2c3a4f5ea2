import _TestSupport
import Foundation
import GoTemplate
import Testing

/// Helm's own function names, so chart templates parse without Helm's implementations.
let helmFunctionNames = ["include", "tpl", "required", "toYaml", "mustToYaml", "toYamlPretty", "fromYaml",
                         "fromYamlArray", "toToml", "fromToml", "fromJsonArray", "lookup"]

func helmLikeFunctions() -> FunctionTable {
    var table = FunctionTable.standard
    for name in helmFunctionNames { table[name] = TemplateFunction([], variadic: .any) { _ in .string("") } }
    return table
}

/// Every template of the Helm corpus charts parses (when the shared corpus is present).
@Test func corpusTemplatesParse() throws {
    let root = SharedCorpus.path + "/helm/charts"
    guard FileManager.default.fileExists(atPath: root) else { return }
    let enumerator = FileManager.default.enumerator(atPath: root)
    var failures: [String] = []
    var count = 0
    while let rel = enumerator?.nextObject() as? String {
        guard rel.contains("templates/"), rel.hasSuffix(".yaml") || rel.hasSuffix(".tpl") || rel.hasSuffix(".txt") else { continue }
        guard let text = try? String(contentsOfFile: root + "/" + rel, encoding: .utf8) else { continue }
        let set = TemplateSet(name: "gotpl", functions: helmLikeFunctions())
        count += 1
        do { try set.parse(text, name: rel) } catch { failures.append("\(error)") }
    }
    // own-parse-error holds a deliberately broken template.
    #expect(failures.filter { !$0.contains("own-parse-error") && !$0.contains("own-undefined-func") }.isEmpty, "\(failures)")
    #expect(count > 300)
}
