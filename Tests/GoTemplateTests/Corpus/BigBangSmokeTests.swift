import _TestSupport
import Foundation
import GoTemplate
import Testing

/// A stand-in for Helm's `.Capabilities.APIVersions` (a `VersionSet` with `Has`).
final class TestVersionSet: TemplateObject, @unchecked Sendable {
    let versions: [String]
    init(_ versions: [String]) { self.versions = versions }
    var goTypeName: String { "common.VersionSet" }
    var goKindName: String { "slice" }
    var collectionView: TemplateValue? { .stringList(versions) }
    func member(named name: String) -> TemplateMember? {
        guard name == "Has" else { return nil }
        return .method(TemplateFunction([.string]) { call in .bool(self.versions.contains(call.string(0))) })
    }
}

/// A stand-in for Helm's `.Files`: every lookup finds nothing.
final class TestFiles: TemplateObject, @unchecked Sendable {
    var goTypeName: String { "files.Files" }
    var goKindName: String { "map" }
    var collectionView: TemplateValue? { .map([:]) }
    func member(named name: String) -> TemplateMember? {
        switch name {
        case "Get":
            return .method(TemplateFunction([.string]) { call in
                let path = SharedCorpus.path + "/helm/charts/bigbang/" + call.string(0)
                return .string((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            })
        case "AsConfig", "AsSecrets": return .method(TemplateFunction([.string]) { _ in "" })
        case "Glob": return .method(TemplateFunction([.string]) { _ in .object(TestFiles()) })
        case "Lines": return .method(TemplateFunction([.string]) { _ in .stringList([]) })
        case "GetBytes": return .method(TemplateFunction([.string]) { _ in .bytes([]) })
        default: return nil
        }
    }
}

/// Development aid: `BIGBANG_SMOKE=/tmp/bb-values.json swift test --filter BigBangSmoke` renders
/// every Big Bang template with a minimal Helm shim and reports errors and timing.
@Test func bigBangSmoke() throws {
    guard let valuesPath = ProcessInfo.processInfo.environment["BIGBANG_SMOKE"],
          let json = try? String(contentsOfFile: valuesPath, encoding: .utf8) else { return }
    let root = SharedCorpus.path + "/helm/charts/bigbang/templates"
    let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".tpl") }.sorted()
    var table = FunctionTable.standard
    table["include"] = TemplateFunction([.string, .any]) { call in
        .string(try call.context.execute(templateNamed: call.string(0), data: call[1]))
    }
    table["tpl"] = TemplateFunction([.string, .any]) { call in
        let clone = call.context.templates.clone()
        try clone.parse(call.string(0), name: "gotpl")
        return .string(try call.context.execute(templateNamed: "gotpl", in: clone, data: call[1]))
    }
    table["required"] = TemplateFunction([.string, .any]) { call in
        if call[1].isNull { throw TemplateFunctionError(call.string(0)) }
        return call[1]
    }
    for name in ["toYaml", "mustToYaml", "toYamlPretty"] {
        table[name] = TemplateFunction([.any]) { call in .string(String(describing: call[0].yamlValue)) }
    }
    // fromYaml knows one document: the package catalog, converted to JSON beforehand.
    let catalog = (try? String(contentsOfFile: "/tmp/bb-pm.json", encoding: .utf8)).flatMap { try? GoJSONTestBridge.decode($0) }
    table["fromYaml"] = TemplateFunction([.string]) { call in
        call.string(0).contains("packages:") ? (catalog.map(SprigCopy.deep) ?? .map([:])) : .map([:])
    }
    for name in ["lookup", "fromYamlArray", "toToml", "fromToml", "fromJsonArray"] {
        table[name] = TemplateFunction([], variadic: .any) { _ in .map([:]) }
    }
    let set = TemplateSet(name: "gotpl", functions: table, options: TemplateOptions(missingKey: .zero))
    let start = Date()
    for f in files {
        let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
        try set.parse(text, name: "bigbang/templates/" + f)
    }
    let parsed = Date()
    let values = try GoJSONTestBridge.decode(json)
    var errors: [String] = []
    var bytes = 0
    for f in files where !(f as NSString).lastPathComponent.hasPrefix("_") {
        let name = "bigbang/templates/" + f
        let data = TemplateValue.map([
            "Values": values,
            "Release": .map(["Name": "bigbang", "Namespace": "bigbang", "Service": "Helm", "IsInstall": true, "IsUpgrade": false, "Revision": .int(1)]),
            "Chart": .map(["Name": "bigbang", "Version": "3.30.0"]),
            "Capabilities": .map(["KubeVersion": .map(["Version": "v1.35.0", "GitVersion": "v1.35.0", "Major": "1", "Minor": "35"]),
                                  "APIVersions": .object(TestVersionSet(["v1"]))]),
            "Template": .map(["Name": .string(name), "BasePath": "bigbang/templates"]),
            "Files": .object(TestFiles()),
        ])
        do { bytes += try set.execute(name, data: data).count } catch { errors.append("\(error)") }
    }
    let done = Date()
    print("bigbang: \(files.count) files, parse \(parsed.timeIntervalSince(start))s, exec \(done.timeIntervalSince(parsed))s, \(bytes) bytes, \(errors.count) errors")
    for e in errors.prefix(20) { print("  " + e.prefix(400)) }
}

/// Test-only access to JSON decoding through the public function table.
enum GoJSONTestBridge {
    static func decode(_ json: String) throws -> TemplateValue {
        let set = TemplateSet(name: "j")
        try set.parse("{{ $v := mustFromJson .j }}{{ $_ := set .out \"v\" $v }}", name: "j")
        let out = TemplateMap()
        _ = try set.execute("j", data: .map(["j": .string(json), "out": .map(out)]))
        return out["v"] ?? .null
    }
}

enum SprigCopy {
    static func deep(_ v: TemplateValue) -> TemplateValue {
        switch v {
        case .map(let m): return .map(TemplateMap(m.storage.mapValues(deep)))
        case .list(let l, let k): return .list(l.map(deep), k)
        default: return v
        }
    }
}
