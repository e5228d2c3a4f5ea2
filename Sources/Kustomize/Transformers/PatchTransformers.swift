import Diagnostics
import YAML

/// The patch-applying transformers (kustomize `PatchTransformer`,
/// `PatchStrategicMergeTransformer`, `PatchJson6902Transformer`, `ReplacementTransformer`):
/// loading, target choice and bookkeeping here; the node edits are the patch engine's
/// (`StrategicMergePatch`, `JSONPatch`, `PatchTarget`, `ReplacementTransformer` in
/// Sources/Kustomize/Patch and Replacement).
enum PatchTransformers {
    /// One `patches:` entry.
    static func patch(_ args: Kustomization.PatchArgs, loader: FileLoader, context: BuildContext? = nil) throws -> ResourceTransformer {
        let text: SourceFile
        let source: String
        let inline = (args.patch ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch (inline.isEmpty, args.path) {
        case (true, nil):
            throw located("must specify one of patch and path", args.location)
        case (false, .some):
            throw located("patch and path can't be set at the same time", args.location)
        case (false, nil):
            text = SourceFile(path: args.location?.path ?? "patch", text: inline)
            source = "[patch: \"\(inline)\"]"
        case (true, .some(let path)):
            do { text = try loader.load(path) } catch {
                throw KustomizeError.wrap(error, "failed to get the patch file from path(\(path))")
            }
            source = "[path: \"\(path)\"]"
        }
        let target = try args.target.map { try PatchTarget($0) }
        let smp = try? ResourceReader.resources(from: text)
        if let smp, !smp.isEmpty {
            return StrategicMergePatchTransformer(patches: smp, target: target, source: source,
                                                   allowNameChange: args.options["allowNameChange"] ?? false,
                                                   allowKindChange: args.options["allowKindChange"] ?? false, context: context)
        }
        let ops: [JSONPatchOperation]
        do { ops = try JSONPatch.decode(text) } catch {
            throw KustomizeError.wrap(error, "unable to parse SM or JSON patch from \(source)")
        }
        guard let target else { throw KustomizeError.message("must specify a target for JSON patch \(source)") }
        return JSON6902Transformer(ops: ops, target: target, storePreviousId: true)
    }

    /// The legacy `patchesStrategicMerge:` list: each entry an inline patch or a file.
    static func strategicMerge(_ entries: [Kustomization.Entry], loader: FileLoader, context: BuildContext? = nil) throws -> ResourceTransformer {
        var patches: [Resource] = []
        for e in entries {
            // kustomize first reads the entry itself as a patch, then as a path to one.
            if let inline = try? ResourceReader.resources(from: SourceFile(path: e.location?.path ?? "patch", text: e.value)) {
                patches += inline
                continue
            }
            let file: SourceFile
            do { file = try loader.load(e.value) } catch {
                throw KustomizeError.wrap(error, "trouble configuring builtin PatchStrategicMergeTransformer with config: `\npaths:\n- \(e.value)\n`")
            }
            patches += try ResourceReader.resources(from: file)
        }
        if patches.isEmpty { throw KustomizeError.message("patch appears to be empty") }
        return StrategicMergePatchTransformer(patches: patches, target: nil, source: "", allowNameChange: false, allowKindChange: false,
                                              legacy: true, context: context)
    }

    /// One legacy `patchesJson6902:` entry.
    static func json6902(_ args: Kustomization.PatchArgs, loader: FileLoader) throws -> ResourceTransformer {
        guard let t = args.target, !(t.scalarValue("name") ?? "").isEmpty else {
            throw located("must specify the target name", args.location)
        }
        let text: SourceFile
        if let path = args.path {
            if args.patch != nil { throw located("must specify a file path or jsonOp, not both", args.location) }
            text = try loader.load(path)
        } else if let inline = args.patch {
            text = SourceFile(path: args.location?.path ?? "patch", text: inline)
        } else {
            throw located("empty file path and empty jsonOp", args.location)
        }
        return JSON6902Transformer(ops: try JSONPatch.decode(text), target: try PatchTarget(t), storePreviousId: false)
    }

    /// `replacements:`: inline entries, or `path:` files holding one replacement or a list.
    static func replacements(_ entries: [Node], loader: FileLoader) throws -> ResourceTransformer {
        var list: [Node] = []
        for e in entries {
            guard let path = e.scalarValue("path") else { list.append(e); continue }
            if e["source"] != nil || e["targets"] != nil {
                throw KustomizeError.message("cannot specify both path and inline replacement")
            }
            let file = try loader.load(path)
            for doc in try ResourceReader.documents(file) {
                switch doc.kind {
                case .sequence: list += doc.children.map(\.resolved)
                case .mapping: list.append(doc)
                default: throw KustomizeError.message("unsupported replacement type encountered within replacement path: \(doc.jsonType)")
                }
            }
        }
        return ReplacementStep(replacements: list)
    }

    private static func located(_ m: String, _ loc: SourceLocation?) -> KustomizeError {
        loc.map { .located(m, $0) } ?? .message(m)
    }
}

/// Selects resources as kustomize `ResMap.Select` does: the target sees the resource's
/// previous ids through kustomize's internal annotations.
func selectTargets(_ target: PatchTarget, in resources: [Resource]) -> [Resource] {
    // Only name and namespace selectors look at previous ids; skip the annotated copy otherwise.
    let needsHistory = !target.name.isEmpty || !target.namespace.isEmpty
    return resources.filter { target.matches(needsHistory ? $0.nodeWithInternalAnnotations : $0.node) }
}

struct StrategicMergePatchTransformer: ResourceTransformer {
    var patches: [Resource]
    var target: PatchTarget?
    var source: String
    var allowNameChange: Bool
    var allowKindChange: Bool
    var legacy = false
    /// Read at transform time: a base's `openapi:` applies to the whole build.
    var context: BuildContext?

    func transform(_ ra: ResourceAccumulator) throws {
        if let target {
            if patches.count > 1 {
                throw KustomizeError.message("Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set `patches.target` field: \(source)")
            }
            let selected = selectTargets(target, in: ra.resources)
            try apply(patches[0], to: selected, in: ra)
            return
        }
        for patch in patches {
            let id = patch.curId
            let matches = ra.resources.filter { r in
                (r.name == id.name || r.previousIds.contains { $0.name == id.name }) && r.allIds.contains { $0.equals(id) }
            }
            guard matches.count == 1 else {
                let why = matches.isEmpty ? "no matches for Id \(id)" : "multiple matches for Id \(id)"
                let msg = "\(why); failed to find unique target for patch \(id)"
                if legacy { throw KustomizeError.message(msg) }
                throw KustomizeError.message("no resource matches strategic merge patch \"\(id)\": \(msg)")
            }
            try apply(patch, to: matches, in: ra)
        }
    }

    /// kustomize `ResMap.ApplySmPatch` + `Resource.ApplySmPatch`: the patch takes the
    /// target's apiVersion; name, namespace and kind survive unless the options allow.
    private func apply(_ patch: Resource, to selected: [Resource], in ra: ResourceAccumulator) throws {
        let ids = Set(selected.map { ObjectIdentifier($0) })
        var kept: [Resource] = []
        for r in ra.resources {
            if ids.contains(ObjectIdentifier(r)) {
                var p = patch.node
                p.set("apiVersion", .string(r.apiVersion))
                let (name, ns, kind) = (r.name, r.namespace, r.kind)
                if allowNameChange || allowKindChange { r.storePreviousId() }
                if let merged = try StrategicMergePatch.apply(p, to: r.node, schema: context?.mergeSchema ?? .kubernetes) {
                    r.node = merged
                    if !(r.node.kind == .mapping && r.node.children.isEmpty) {
                        if !allowKindChange { r.node.set("kind", .string(kind)) }
                        if !allowNameChange { r.setName(name) }
                        r.setNamespace(ns)
                    }
                } else {
                    r.node = Node(kind: .mapping, tag: "!!map")
                }
            }
            if !(r.node.kind == .mapping && r.node.children.isEmpty) { kept.append(r) }
        }
        ra.resources = kept
    }
}

struct JSON6902Transformer: ResourceTransformer {
    var ops: [JSONPatchOperation]
    var target: PatchTarget
    var storePreviousId: Bool

    func transform(_ ra: ResourceAccumulator) throws {
        for r in selectTargets(target, in: ra.resources) {
            if storePreviousId { r.storePreviousId() }
            r.node = try JSONPatch.apply(ops, to: r.node)
        }
    }
}

struct ReplacementStep: ResourceTransformer {
    var replacements: [Node]

    func transform(_ ra: ResourceAccumulator) throws {
        var nodes = ra.resources.map(\.nodeWithInternalAnnotations)
        try ReplacementTransformer.apply(replacements, to: &nodes)
        guard nodes.count == ra.resources.count else { throw KustomizeError.message("replacements changed the number of resources") }
        for (r, n) in zip(ra.resources, nodes) { r.node = Resource.removingInternalAnnotations(n) }
    }
}
