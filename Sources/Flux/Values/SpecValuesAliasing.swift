import YAML

/// helm-controller's composition runs on Go maps and slices, which are shared by reference:
/// `MergeMaps(result, specValues)` puts spec.values' own nested maps (and lists) into the
/// result wherever the result had no map to merge into, and the strvals write of a later
/// `targetPath` entry then mutates them in place — so the write shows up in spec.values
/// too, and survives the final `MergeMaps(result, specValues)` (fluxcd/pkg's test "target
/// path precedence over all" depends on it). This type tracks which parts of the result are
/// those shared objects and replays such writes onto the live copy of spec.values.
struct SpecValuesAliasing {
    /// Which parts of a result container are the very objects of spec.values at the same path.
    indirect enum Sharing {
        case none
        case whole
        case partial([String: Sharing])

        func child(_ key: String) -> Sharing {
            switch self {
            case .none: return .none
            case .whole: return .whole
            case .partial(let children): return children[key] ?? .none
            }
        }

        var children: [String: Sharing] {
            if case .partial(let c) = self { return c }
            return [:]
        }
    }

    enum Component: Equatable {
        case key(String)
        case index(Int)
    }

    /// spec.values as mutated so far.
    private(set) var spec: [String: Value]
    /// Sharing for the result's top-level map (never shared itself: MergeMaps returns a new map).
    private var sharing: Sharing = .partial([:])

    init(spec: [String: Value]) {
        self.spec = spec
    }

    /// `result = MergeMaps(result, spec)`, recording what becomes shared.
    mutating func mergeSpec(into result: inout [String: Value]) {
        (result, sharing) = Self.merge(result, sharing, spec, fromSpec: true)
    }

    /// `result = MergeMaps(result, other)` for a source that is not spec.values.
    mutating func merge(_ other: [String: Value], into result: inout [String: Value]) {
        (result, sharing) = Self.merge(result, sharing, other, fromSpec: false)
    }

    private static func merge(_ a: [String: Value], _ aSharing: Sharing, _ b: [String: Value], fromSpec: Bool)
        -> ([String: Value], Sharing)
    {
        var out = a
        var children: [String: Sharing] = [:]
        for key in a.keys { children[key] = aSharing.child(key) }
        for (key, value) in b {
            if case .map(let bm) = value, case .map(let am)? = out[key] {
                let (merged, s) = merge(am, aSharing.child(key), bm, fromSpec: fromSpec)
                out[key] = .map(merged)
                children[key] = s
            } else {
                out[key] = value
                children[key] = fromSpec ? .whole : Sharing.none
            }
        }
        return (out, .partial(children))
    }

    /// After strvals set `path` on the result (`before` → `after`): the first existing
    /// container along the path that is shared with spec.values was mutated in place, so
    /// spec.values now holds what the result holds there. A list grown by the write is a new
    /// slice, and anything created by the write is new, so neither is shared.
    mutating func didSet(path: String, before: [String: Value], after: [String: Value]) {
        let components = Self.components(of: path)
        var share = sharing
        var old: Value = .map(before)
        for (i, component) in components.enumerated() {
            switch component {
            case .key(let k):
                share = share.child(k)
                guard case .map(let m) = old, let next = m[k] else { return }
                old = next
            case .index(let n):
                share = { if case .whole = share { return .whole } else { return .none } }()
                guard case .list(let l) = old, n >= 0, n < l.count else { return }
                old = l[n]
            }
            guard case .whole = share else { continue }
            let prefix = Array(components[...i])
            switch old {
            case .map:
                break
            case .list(let l):
                // A write past the end reallocates the slice: the shared one is untouched.
                if i + 1 < components.count, case .index(let n) = components[i + 1], n >= l.count {
                    markUnshared(prefix)
                    return
                }
            default:
                // A scalar is replaced in its (unshared) parent, never mutated.
                markUnshared(prefix)
                return
            }
            if let value = Self.value(at: prefix, in: .map(after)) {
                Self.set(value, at: prefix[...], in: &spec)
            }
            return
        }
    }

    private mutating func markUnshared(_ path: [Component]) {
        var keys: [String] = []
        for c in path {
            guard case .key(let k) = c else { break }
            keys.append(k)
        }
        guard !keys.isEmpty, keys.count == path.count else { return }
        sharing = Self.setting(.none, at: keys[...], in: sharing)
    }

    /// The tree with `s` at `keys`. Only called below unshared ancestors (the write found the
    /// shallowest shared container), so no `.whole` node is split.
    private static func setting(_ s: Sharing, at keys: ArraySlice<String>, in tree: Sharing) -> Sharing {
        guard let first = keys.first else { return s }
        var children = tree.children
        children[first] = setting(s, at: keys.dropFirst(), in: tree.child(first))
        return .partial(children)
    }

    /// strvals path syntax: `a.b`, `a\.b` (a dot in a key), `a[0].b`.
    static func components(of path: String) -> [Component] {
        var out: [Component] = []
        var key = ""
        var chars = Array(path)[...]
        var pendingKey = true
        while let c = chars.popFirst() {
            switch c {
            case "\\":
                if let next = chars.popFirst() { key.append(next) }
            case ".":
                if pendingKey { out.append(.key(key)) }
                key = ""
                pendingKey = true
            case "[":
                if pendingKey, !key.isEmpty || out.isEmpty { out.append(.key(key)) }
                key = ""
                var digits = ""
                while let d = chars.popFirst(), d != "]" { digits.append(d) }
                out.append(.index(Int(digits) ?? -1))
                pendingKey = false
            default:
                key.append(c)
                pendingKey = true
            }
        }
        if pendingKey, !key.isEmpty { out.append(.key(key)) }
        return out
    }

    static func value(at path: [Component], in root: Value) -> Value? {
        var cur = root
        for c in path {
            switch (c, cur) {
            case (.key(let k), .map(let m)):
                guard let next = m[k] else { return nil }
                cur = next
            case (.index(let n), .list(let l)):
                guard n >= 0, n < l.count else { return nil }
                cur = l[n]
            default:
                return nil
            }
        }
        return cur
    }

    /// Sets `value` at `path` where the containers exist (they do: the path was shared).
    static func set(_ value: Value, at path: ArraySlice<Component>, in map: inout [String: Value]) {
        guard case .key(let k)? = path.first else { return }
        let rest = path.dropFirst()
        if rest.isEmpty { map[k] = value; return }
        guard var child = map[k] else { return }
        set(value, at: rest, in: &child)
        map[k] = child
    }

    private static func set(_ value: Value, at path: ArraySlice<Component>, in node: inout Value) {
        switch (path.first, node) {
        case (.key?, .map(var m)):
            set(value, at: path, in: &m)
            node = .map(m)
        case (.index(let n)?, .list(var l)) where n >= 0 && n < l.count:
            let rest = path.dropFirst()
            if rest.isEmpty { l[n] = value } else { set(value, at: rest, in: &l[n]) }
            node = .list(l)
        default:
            return
        }
    }
}
