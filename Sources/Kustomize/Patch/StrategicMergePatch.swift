import YAML

/// Kubernetes strategic merge patch as kustomize v5.7.1 applies it: kyaml's `merge2.Merge`
/// with `ListIncreaseDirection: Prepend` (api/filters/patchstrategicmerge).
///
/// What that means, observed against the oracle:
/// - maps merge field by field; a `null` in the patch removes the field; fields new to the
///   target are appended in sorted order;
/// - lists whose schema field has patch strategy `merge` pair elements by their merge key(s):
///   the patch's elements come first in patch order, then the target's remaining elements;
///   every other list (including all lists of kinds without a schema) is replaced;
/// - `$patch: delete|replace|merge` on maps and as a list element are honoured; kyaml leaves
///   `$setElementOrder/…`, `$deleteFromPrimitiveList/…` and `$retainKeys` in place as
///   ordinary fields, and so does this;
/// - a replaced scalar keeps the target's quoting style; comments on the patch win.
///
/// The caller (kustomize's `Resource.ApplySmPatch`) restores the target's name, namespace
/// and kind afterwards unless the patch allows changing them.
public enum StrategicMergePatch {
    /// Applies `patch` to `target`. Returns nil when the patch deletes the whole object
    /// (`$patch: delete` at its top).
    public static func apply(_ patch: Node, to target: Node, schema: MergeKeySchema = .kubernetes) throws -> Node? {
        // kustomize reads every resource and patch through kyaml's DeAnchor (aliases copied,
        // `<<` merge keys applied) before merging.
        let walker = MergeWalker(schema: schema)
        let result = try walker.walk(dest: MergeNode(target.deAnchored()), origin: MergeNode(patch.deAnchored()),
                                     position: nil, path: [])
        return result?.node
    }
}

/// kyaml `walk.Walker` specialised to the `merge2.Merger` visitor, two sources (dest, origin).
struct MergeWalker {
    let schema: MergeKeySchema

    func walk(dest: MergeNode?, origin: MergeNode?, position: MergeKeySchema.Position?, path: [String]) throws -> MergeNode? {
        let position = position ?? rootPosition(dest, origin)
        var kind: Node.Kind?
        if !isMissingOrNull(dest) { kind = dest?.kind } else if !isMissingOrNull(origin) { kind = origin?.kind }
        switch kind {
        case .mapping?, nil:
            if kind != nil { try requireKind(.mapping, dest, origin) }
            return try walkMap(dest: dest, origin: origin, position: position, path: path)
        case .sequence?:
            try requireKind(.sequence, dest, origin)
            if position?.isAssociativeList == true {
                return try walkAssociativeList(dest: dest, origin: origin, position: position, path: path)
            }
            return try visitList(dest: dest, origin: origin, associative: false)
        case .scalar?:
            try requireKind(.scalar, dest, origin)
            copyComments(dest, origin)
            copyStyle(dest, origin)
            return origin ?? dest
        default:
            return nil
        }
    }

    /// kyaml `GetSchema`: with no schema from above, a node carrying apiVersion and kind
    /// picks its own.
    private func rootPosition(_ nodes: MergeNode?...) -> MergeKeySchema.Position? {
        for case let n? in nodes where !n.isTaggedNull {
            guard let v = n.field("apiVersion")?.value.value, let k = n.field("kind")?.value.value,
                  !v.isEmpty, !k.isEmpty else { continue }
            if let p = schema.root(apiVersion: v, kind: k) { return p }
        }
        return nil
    }

    private func requireKind(_ kind: Node.Kind, _ nodes: MergeNode?...) throws {
        for case let n? in nodes where !n.isTaggedNull && n.kind != kind {
            // kyaml appends the offending node; scalars are shown as their text.
            let contents = n.kind == .scalar ? ": node contents:\n\(n.value)\n" : ""
            throw PatchError("wrong node kind: expected \(kindName(kind)) but got \(kindName(n.kind))\(contents)", at: n.mark)
        }
    }

    private func kindName(_ k: Node.Kind) -> String {
        switch k {
        case .document: return "DocumentNode"
        case .sequence: return "SequenceNode"
        case .mapping: return "MappingNode"
        case .scalar: return "ScalarNode"
        case .alias: return "AliasNode"
        }
    }

    // MARK: maps

    private func walkMap(dest: MergeNode?, origin: MergeNode?, position: MergeKeySchema.Position?, path: [String]) throws -> MergeNode? {
        guard let merged = try visitMap(dest: dest, origin: origin) else { return nil }
        var names = Set(merged.fieldNames)
        if let origin { names.formUnion(origin.fieldNames) }
        for name in names.sorted() {
            let d = merged.field(name)
            let o = origin?.field(name)
            let value = try walk(dest: d?.value, origin: o?.value,
                                 position: schema.field(name, of: position), path: path + [name])
            // The key of a new field keeps the style of the source key its value came from.
            let keyStyle = value.flatMap { v in v === o?.value ? o?.key.style : v === d?.value ? d?.key.style : nil }
            setField(merged, name, value, keyStyle: keyStyle ?? [])
        }
        return merged
    }

    private func visitMap(dest: MergeNode?, origin: MergeNode?) throws -> MergeNode? {
        copyComments(dest, origin)
        copyStyle(dest, origin)
        if isMissingOrNull(dest) {
            if (try? directive(of: origin)) == .delete { return nil }
            // An explicit null the patch does not mention survives ("null", "~").
            if origin == nil, let dest, !dest.value.isEmpty {
                let keep = MergeNode(kind: .scalar, tag: "!!null", value: dest.value)
                keep.keepNull = true
                return keep
            }
            return origin
        }
        if origin?.isTaggedNull == true { return nil }
        switch try directive(of: origin) {
        case .delete: return nil
        case .replace: return origin
        case .merge: return dest
        }
    }

    /// kyaml `FieldSetter`: nil or a plain null clears the field; an existing field takes the
    /// new value but keeps its style; a new field is appended.
    private func setField(_ map: MergeNode, _ name: String, _ value: MergeNode?, keyStyle: Node.Style) {
        guard let value, !(value.isTaggedNull && !value.keepNull) else {
            map.removeField(name)
            return
        }
        if let existing = map.field(name) {
            if existing.value !== value {
                value.style = existing.value.style
                existing.value.assign(from: value)
            }
            return
        }
        if value.kind == .scalar, value.style.isEmpty, isStringTag(value.tag), isYAML11NonString(value.value) {
            value.style = .doubleQuoted
        }
        let key = MergeNode(kind: .scalar, style: keyStyle, tag: "!!str", value: name)
        map.content.append(key)
        map.content.append(value)
    }

    private func isStringTag(_ tag: String) -> Bool { tag == "!!str" || tag.isEmpty }

    // MARK: lists

    func visitList(dest: MergeNode?, origin: MergeNode?, associative: Bool) throws -> MergeNode? {
        copyComments(dest, origin)
        copyStyle(dest, origin)
        if !associative { return origin ?? dest }
        if isMissingOrNull(dest) { return origin }
        if origin?.isTaggedNull == true { return nil }
        switch try directive(of: origin) {
        case .delete: return nil
        case .replace: return origin
        case .merge: return dest
        }
    }

    // MARK: comments and style

    /// kyaml `Merger.SetComments`: the patch's comments replace the target's.
    private func copyComments(_ dest: MergeNode?, _ origin: MergeNode?) {
        guard let dest, let origin else { return }
        if !origin.footComment.isEmpty { dest.footComment = origin.footComment }
        if !origin.headComment.isEmpty { dest.headComment = origin.headComment }
        if !origin.lineComment.isEmpty { dest.lineComment = origin.lineComment }
    }

    /// kyaml `Merger.SetStyle`: an empty target collection takes the patch's (flow or block)
    /// style, so merged content is not squeezed into `{}` style.
    private func copyStyle(_ dest: MergeNode?, _ origin: MergeNode?) {
        guard let dest, let origin else { return }
        if dest.kind != .scalar, dest.content.isEmpty { dest.style = origin.style }
    }
}

/// Plain strings YAML 1.1 would read as something else (kyaml `IsYaml1_1NonString`); kyaml
/// double-quotes them when it adds them as new fields.
func isYAML11NonString(_ s: String) -> Bool {
    switch s {
    case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
         "true", "True", "TRUE", "false", "False", "FALSE":
        return true
    default:
        return false
    }
}
