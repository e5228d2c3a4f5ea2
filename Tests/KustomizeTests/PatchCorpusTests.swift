import _TestSupport
import Diagnostics
import FileSystem
import Testing
import YAML
@testable import Kustomize

/// Runs the patch and replacement cases of the shared kustomize corpus that need nothing
/// but local resource files, `patches`/`patchesStrategicMerge`/`patchesJson6902` and
/// `replacements`, through this module's patch engines in kustomize's order, and compares
/// the documents with the oracle's (as a set: output ordering is the build's job).
/// Cases needing anything else are skipped; the whole suite is skipped without the corpus.
struct PatchCorpusTests {
    static let root = SharedCorpus.path + "/kustomize/cases"
    static let prefixes = ["extendedpatch", "multiplepatch", "inlinepatch", "gvknpatch", "patchdelete",
                           "replacementtransformer", "own__smp-", "own__patches-"]
    static let fs = DiskFileSystem()
    /// The merge-key schema of one build (kustomize's is global: the last `openapi:` read wins).
    final class Build { var schema = MergeKeySchema.kubernetes }

    static var caseNames: [String] {
        guard fs.isDirectory(root), let names = try? fs.listDirectory(root) else { return [] }
        return names.filter { n in prefixes.contains { n.hasPrefix($0) } }.sorted()
    }

    static var openAPICaseNames: [String] {
        guard let names = try? fs.listDirectory(root) else { return [] }
        return names.filter { $0.hasPrefix("openapicustomschema") }.sorted()
    }

    @Test(arguments: caseNames + openAPICaseNames)
    func corpusCase(_ name: String) throws {
        let dir = "\(Self.root)/\(name)"
        guard let caseJSON = try? Self.fs.readText("\(dir)/case.json"),
              let buildDir = Self.buildDir(caseJSON),
              Self.fs.exists("\(dir)/expected.yaml") else { return }
        guard let result = try Self.build("\(dir)/\(buildDir)", Build()) else { return }  // unsupported
        let expected = try Self.fs.readText("\(dir)/expected.yaml")
        let got = KYAMLEmitter.emitStream(result.map(ReplacementTransformerTests.withoutBuildAnnotations))
        #expect(Self.documents(got) == Self.documents(expected))
    }

    /// A ratchet: how many corpus cases this harness supports and passes.
    @Test func corpusCoverage() throws {
        let names = Self.caseNames + Self.openAPICaseNames
        guard !names.isEmpty else { return }
        var supported = 0
        for name in names {
            let dir = "\(Self.root)/\(name)"
            guard let caseJSON = try? Self.fs.readText("\(dir)/case.json"), let buildDir = Self.buildDir(caseJSON),
                  Self.fs.exists("\(dir)/expected.yaml"), let result = try? Self.build("\(dir)/\(buildDir)", Build()) else { continue }
            let got = KYAMLEmitter.emitStream(result.map(ReplacementTransformerTests.withoutBuildAnnotations))
            if Self.documents(got) == Self.documents(try Self.fs.readText("\(dir)/expected.yaml")) { supported += 1 }
        }
        #expect(supported >= Self.passingAtLeast, "\(supported) of \(names.count) corpus cases pass")
    }

    static let passingAtLeast = 47

    static func documents(_ stream: String) -> [String] {
        var docs: [String] = []
        var current = ""
        for line in stream.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "---" { docs.append(current); current = "" } else { current += line + "\n" }
        }
        docs.append(current)
        return docs.map { $0.hasSuffix("\n\n") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty && $0 != "\n" }.sorted()
    }

    static func buildDir(_ json: String) -> String? {
        guard let r = json.firstRange(of: "\"build_dir\": \"") else { return nil }
        let rest = json[r.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func parse(_ path: String) throws -> [Node] {
        try YAMLParser.parse(try fs.sourceFile(path)).map(\.resolved).filter { !$0.isNullScalar }
    }

    /// The supported subset of a kustomization, or nil when the case needs more.
    static func build(_ dir: String, _ b: Build) throws -> [Node]? {
        guard let k = try parse("\(dir)/kustomization.yaml").first, k.kind == .mapping else { return nil }
        let supported: Set<String> = ["apiVersion", "kind", "resources", "patches", "patchesStrategicMerge", "patchesJson6902", "replacements", "openapi"]
        guard k.pairs.allSatisfy({ supported.contains($0.key.value) }) else { return nil }
        if let o = k["openapi"] {
            guard let path = o.string(at: "path") else { return nil }
            guard let doc = try parse("\(dir)/\(path)").first else { return nil }
            b.schema = try MergeKeySchema(openAPI: doc)
        }
        var resources: [Node] = []
        for r in k["resources"]?.children ?? [] {
            let path = "\(dir)/\(r.value)"
            guard fs.exists(path) else { return nil }
            if fs.isDirectory(path) {
                guard fs.exists("\(path)/kustomization.yaml"), let base = try build(path, b) else { return nil }
                resources += base
            } else {
                resources += try parse(path)
            }
        }
        for p in k["patchesStrategicMerge"]?.children ?? [] {
            let text = p.value.contains("\n") ? p.value : try fs.readText("\(dir)/\(p.value)")
            for patch in try YAMLParser.parse(text).map(\.resolved) where !patch.isNullScalar {
                try applyByIdentity(patch, to: &resources, options: nil, b)
            }
        }
        for entry in k["patches"]?.children ?? [] {
            // A renamed resource needs the build's nameReference pass to fix references.
            let renames = entry["options"]?.pairs.contains { $0.value.value == "true" } ?? false
            if renames && resources.count > 1 { return nil }
            let text: String
            if let inline = entry["patch"]?.value { text = inline } else if let path = entry["path"]?.value {
                text = try fs.readText("\(dir)/\(path)")
            } else { return nil }
            let target = try entry["target"].map(PatchTarget.init)
            try applyPatch(text, target: target, options: entry["options"], to: &resources, b)
        }
        for entry in k["patchesJson6902"]?.children ?? [] {
            guard let t = entry["target"] else { return nil }
            let text = try entry["patch"]?.value ?? fs.readText("\(dir)/\(entry["path"]?.value ?? "")")
            try applyPatch(text, target: try PatchTarget(t), options: nil, to: &resources, b)
        }
        var replacements: [Node] = []
        for r in k["replacements"]?.children ?? [] {
            if let path = r["path"]?.value {
                for doc in try parse("\(dir)/\(path)") { replacements += doc.kind == .sequence ? doc.children : [doc] }
            } else {
                replacements.append(r)
            }
        }
        if !replacements.isEmpty { try ReplacementTransformer.apply(replacements, to: &resources) }
        return resources
    }

    static func applyPatch(_ text: String, target: PatchTarget?, options: Node?, to resources: inout [Node], _ b: Build) throws {
        let docs = try YAMLParser.parse(text).map(\.resolved).filter { !$0.isNullScalar }
        if docs.first?.kind == .sequence {
            let ops = try JSONPatch.decode(SourceFile(path: "patch", text: text))
            for i in resources.indices where target?.matches(resources[i]) ?? false {
                resources[i] = try JSONPatch.apply(ops, to: resources[i])
            }
            return
        }
        guard let target else {
            for patch in docs { try applyByIdentity(patch, to: &resources, options: options, b) }
            return
        }
        for patch in docs {
            var out: [Node] = []
            for r in resources {
                guard target.matches(r) else { out.append(r); continue }
                var copy = patch
                copy["apiVersion"] = r["apiVersion"]
                if let merged = try applyRestoringIdentity(copy, to: r, options: options, b) { out.append(merged) }
            }
            resources = out
        }
    }

    /// kustomize `Resource.ApplySmPatch`: name, namespace and kind survive unless allowed.
    static func applyRestoringIdentity(_ patch: Node, to r: Node, options: Node?, _ b: Build) throws -> Node? {
        var r = r
        let renames = ["allowNameChange", "allowKindChange"].contains { options?[$0]?.value == "true" }
        if renames { r = try storePreviousId(r) }
        guard var merged = try StrategicMergePatch.apply(patch, to: r, schema: b.schema) else { return nil }
        if merged.pairs.isEmpty { return nil }
        if options?["allowKindChange"]?.value != "true" { merged["kind"] = r["kind"] }
        if var meta = merged["metadata"] {
            if options?["allowNameChange"]?.value != "true" { meta["name"] = r["metadata"]?["name"] }
            meta["namespace"] = r["metadata"]?["namespace"]
            merged["metadata"] = meta
        }
        return merged
    }

    /// kustomize `Resource.StorePreviousId`: remember the current id in build annotations.
    static func storePreviousId(_ r: Node) throws -> Node {
        var r = r
        let id = try ResourceId.ids(of: r)[0]
        var meta = r["metadata"] ?? .mapping()
        var ann = meta["annotations"] ?? .mapping()
        func append(_ key: String, _ value: String) {
            let k = "internal.config.kubernetes.io/" + key
            ann[k] = .scalar(ann[k].map { $0.value + "," + value } ?? value)
        }
        append("previousNames", id.name)
        append("previousNamespaces", id.namespace.isEmpty ? "default" : id.namespace)
        append("previousKinds", id.kind)
        meta["annotations"] = ann
        r["metadata"] = meta
        return r
    }

    static func applyByIdentity(_ patch: Node, to resources: inout [Node], options: Node?, _ b: Build) throws {
        let id = try ResourceId.ids(of: patch)[0]
        var out: [Node] = []
        for r in resources {
            let same = try ResourceId.ids(of: r).contains { rid in
                rid.kind == id.kind && rid.name == id.name && rid.group == id.group && rid.version == id.version
                    && (rid.namespace.isEmpty ? "default" : rid.namespace) == (id.namespace.isEmpty ? "default" : id.namespace)
            }
            guard same else { out.append(r); continue }
            if let merged = try applyRestoringIdentity(patch, to: r, options: options, b) { out.append(merged) }
        }
        resources = out
    }
}
