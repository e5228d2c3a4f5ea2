import YAML

/// A place in a file whose values are compared as one tree: a whole values file, the YAML
/// inside a ConfigMap's `values.yaml: |` block, a HelmRelease's `spec.values`, or the fields
/// of a Kubernetes/kustomize object.
struct PromotionScope {
    var document: Int
    /// The literal block holding the YAML, for embedded values.
    var block: [String]?
    /// Where the values start (in the document, or in the block's text).
    var base: [String]
    /// Paths (relative to `base`) compared elsewhere or environment-specific by nature.
    var skip: Set<[String]>
    /// Values of a Secret: shown masked.
    var secret: Bool
}

/// One leaf-level difference: what to do at `path` (relative to the scope's base) to make
/// the target take the source's value.
struct ValueChange {
    var path: [String]
    var action: PromotionChange.Action
    /// The value to write (set/add).
    var new: YAMLFragment?
    /// The value being replaced or removed.
    var old: Node?
}

/// Compares two value trees key by key down to the leaves (scalars and lists are compared
/// whole), skipping kept paths, identity fields and values that differ only by the
/// environment's own name (`./dev` vs `./staging`, `dev.example.mil` vs `staging.example.mil`).
struct ValuesDiff {
    var keep: KeepList
    var skip: Set<[String]>
    var fromEnvironment: String
    var toEnvironment: String

    /// The changes that turn `target` into `source`. `fragment` gives the source value at a
    /// path as a copyable fragment.
    func changes(source: Node?, target: Node?, fragment: ([String]) -> YAMLFragment?) -> [ValueChange] {
        var out: [ValueChange] = []
        walk(source, target, [], fragment, &out)
        return out
    }

    private func walk(_ source: Node?, _ target: Node?, _ path: [String],
                      _ fragment: ([String]) -> YAMLFragment?, _ out: inout [ValueChange]) {
        if skip.contains(path) || keep.keeps(path) { return }
        let s = source?.resolved, t = target?.resolved
        switch (s, t) {
        case (nil, nil):
            return
        case (nil, let t?):
            if t.isMapping, holdsKeptOrSkipped(t, path) {
                for (k, v) in t.pairs { walk(nil, v, path + [k.value], fragment, &out) }
            } else if !path.isEmpty {
                out.append(ValueChange(path: path, action: .delete, new: nil, old: t))
            }
        case (let s?, nil):
            guard !path.isEmpty, let new = filtered(s, path, fragment) else { return }
            out.append(ValueChange(path: path, action: .add, new: new, old: nil))
        case (let s?, let t?):
            if s.isMapping && t.isMapping {
                var seen = Set<String>()
                for (k, v) in t.pairs where seen.insert(k.value).inserted {
                    walk(s[k.value], v, path + [k.value], fragment, &out)
                }
                for (k, v) in s.pairs where seen.insert(k.value).inserted {
                    walk(v, nil, path + [k.value], fragment, &out)
                }
                return
            }
            if s.isSequence && t.isSequence && s.children.count == t.children.count
                && s.children.allSatisfy({ $0.resolved.isMapping }) && t.children.allSatisfy({ $0.resolved.isMapping }) {
                // Lists of objects of the same length (patches, generators) item by item.
                for (i, (sv, tv)) in zip(s.children, t.children).enumerated() {
                    walk(sv, tv, path + [String(i)], fragment, &out)
                }
                return
            }
            let sv = s.decodedValue, tv = t.decodedValue
            guard sv != tv, !differsOnlyByEnvironment(sv, tv), !path.isEmpty,
                  let new = filtered(s, path, fragment) else { return }
            out.append(ValueChange(path: path, action: .set, new: new, old: t))
        }
    }

    /// Whether a path below `path` in `node` is kept or skipped, so the subtree cannot be
    /// removed as a whole.
    private func holdsKeptOrSkipped(_ node: Node, _ path: [String], depth: Int = 0) -> Bool {
        guard node.isMapping, depth < 64, keep.keepsSomethingBelow(path) || skip.contains(where: { $0.starts(with: path) }) else {
            return false
        }
        for (k, v) in node.pairs {
            let child = path + [k.value]
            if keep.keeps(child) || skip.contains(child) || holdsKeptOrSkipped(v.resolved, child, depth: depth + 1) { return true }
        }
        return false
    }

    /// The source value with kept paths below `path` left out (then re-rendered; untouched
    /// subtrees are copied with their formatting).
    private func filtered(_ node: Node, _ path: [String], _ fragment: ([String]) -> YAMLFragment?) -> YAMLFragment? {
        let original = fragment(path) ?? YAMLFragment(node: node)
        guard node.isMapping, keep.keepsSomethingBelow(path) else { return original }
        let value = node.decodedValue
        let pruned = prune(value, path)
        return pruned == value ? original : YAMLFragment(value: pruned)
    }

    private func prune(_ value: Value, _ path: [String]) -> Value {
        guard case .map(let m) = value else { return value }
        var out: [String: Value] = [:]
        for (k, v) in m where !keep.keeps(path + [k]) && !skip.contains(path + [k]) {
            out[k] = prune(v, path + [k])
        }
        return .map(out)
    }

    /// `dev` → `staging` turns one string into the other.
    func differsOnlyByEnvironment(_ source: Value, _ target: Value) -> Bool {
        guard fromEnvironment != toEnvironment, !fromEnvironment.isEmpty else { return false }
        return renamed(source) == target
    }

    private func renamed(_ value: Value) -> Value {
        switch value {
        case .string(let s): return .string(s.replacingEvery(fromEnvironment, with: toEnvironment))
        case .list(let items): return .list(items.map(renamed))
        case .map(let m): return .map(m.mapValues(renamed))
        default: return value
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation in the library layer).
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
