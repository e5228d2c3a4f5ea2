import YAML

/// Field-level comparison of two values (an object's content, or a release's values), the
/// way a reviewer reads a change: mappings key by key; lists of named items (containers,
/// env, ports, volumes — any list whose items all carry a unique `name`) by name, other
/// lists by position; a multi-line string that holds a YAML mapping on both sides (a
/// `values.yaml` in a ConfigMap) as that mapping, under `key › path`.
struct ValueDiffer {
    /// Report lists that differ only in order.
    var reportOrder: Bool
    /// Side A name → side B name for generated objects paired by base name: a reference
    /// that follows the rename (`valuesFrom[0].name`) is not a change.
    var renames: [String: String] = [:]

    private static let maxDepth = 200

    func diff(_ a: Value, _ b: Value, at path: FieldPath = FieldPath()) -> [FieldChange] {
        var out: [FieldChange] = []
        diff(a, b, at: path, into: &out, depth: 0)
        return out
    }

    private func diff(_ a: Value, _ b: Value, at path: FieldPath, into out: inout [FieldChange], depth: Int) {
        if a == b { return }
        guard depth < Self.maxDepth else {
            out.append(FieldChange(path: path, kind: .changed, old: a, new: b))
            return
        }
        switch (a, b) {
        case (.map(let ma), .map(let mb)):
            for key in Set(ma.keys).union(mb.keys).sorted() {
                let child = path.appending(.key(key))
                switch (ma[key], mb[key]) {
                case (let va?, let vb?): diff(va, vb, at: child, into: &out, depth: depth + 1)
                case (let va?, nil): out.append(FieldChange(path: child, kind: .removed, old: va))
                case (nil, let vb?): out.append(FieldChange(path: child, kind: .added, new: vb))
                case (nil, nil): break
                }
            }
        case (.list(let la), .list(let lb)):
            diffLists(la, lb, at: path, into: &out, depth: depth)
        case (.string(let sa), .string(let sb)):
            if renames[sa] == sb { return }
            if (sa.contains("\n") || sb.contains("\n")), let ea = Self.embeddedMapping(sa), let eb = Self.embeddedMapping(sb) {
                diff(ea, eb, at: path.appending(.embedded), into: &out, depth: depth + 1)
            } else {
                out.append(FieldChange(path: path, kind: .changed, old: a, new: b))
            }
        default:
            out.append(FieldChange(path: path, kind: .changed, old: a, new: b))
        }
    }

    private func diffLists(_ a: [Value], _ b: [Value], at path: FieldPath, into out: inout [FieldChange], depth: Int) {
        if a.count == b.count, Self.sameItems(a, b) {
            if reportOrder { out.append(FieldChange(path: path, kind: .reordered, old: .list(a), new: .list(b))) }
            return
        }
        if let (named, nb) = Self.namedItems(a, b) {
            // An item named after a renamed generated object (a valuesFrom entry) is the same item.
            let na = named.map { (name: renames[$0.name] ?? $0.name, item: $0.item) }
            let namesB = Set(nb.map(\.name))
            let namesA = Set(na.map(\.name))
            let itemsA = Dictionary(na.map { ($0.name, $0.item) }, uniquingKeysWith: { x, _ in x })
            for (name, item) in na where !namesB.contains(name) {
                out.append(FieldChange(path: path.appending(.named(name)), kind: .removed, old: item))
            }
            for (name, item) in nb {
                let child = path.appending(.named(name))
                if let old = itemsA[name] {
                    diff(old, item, at: child, into: &out, depth: depth + 1)
                } else {
                    out.append(FieldChange(path: child, kind: .added, new: item))
                }
            }
            if reportOrder {
                let commonA = na.map(\.name).filter(namesB.contains)
                let commonB = nb.map(\.name).filter(namesA.contains)
                if commonA != commonB {
                    out.append(FieldChange(path: path, kind: .reordered, old: .list(commonA.map(Value.string)),
                                           new: .list(commonB.map(Value.string))))
                }
            }
            return
        }
        for i in 0..<max(a.count, b.count) {
            let child = path.appending(.index(i))
            if i < a.count, i < b.count {
                diff(a[i], b[i], at: child, into: &out, depth: depth + 1)
            } else if i < a.count {
                out.append(FieldChange(path: child, kind: .removed, old: a[i]))
            } else {
                out.append(FieldChange(path: child, kind: .added, new: b[i]))
            }
        }
    }

    /// Whether two lists hold the same items, counted with multiplicity.
    private static func sameItems(_ a: [Value], _ b: [Value]) -> Bool {
        var counts: [Value: Int] = [:]
        for item in a { counts[item, default: 0] += 1 }
        for item in b {
            guard let n = counts[item], n > 0 else { return false }
            counts[item] = n - 1
        }
        return true
    }

    /// Both lists' items with their names when each list is named (or empty) and at least
    /// one is not empty.
    private static func namedItems(_ a: [Value], _ b: [Value]) -> ([(name: String, item: Value)], [(name: String, item: Value)])? {
        guard !(a.isEmpty && b.isEmpty), let na = namedItems(a), let nb = namedItems(b) else { return nil }
        return (na, nb)
    }

    /// The items with their names when every item is a mapping with a string `name` and the
    /// names are unique; nil otherwise.
    private static func namedItems(_ list: [Value]) -> [(name: String, item: Value)]? {
        var seen = Set<String>()
        var out: [(name: String, item: Value)] = []
        out.reserveCapacity(list.count)
        for item in list {
            guard case .map(let m) = item, case .string(let name)? = m["name"], seen.insert(name).inserted else { return nil }
            out.append((name, item))
        }
        return out
    }

    /// The mapping a multi-line string holds as one YAML document, or nil.
    static func embeddedMapping(_ text: String) -> Value? {
        guard let docs = try? YAMLParser.parse(text, path: "<embedded>"), docs.count == 1 else { return nil }
        let root = docs[0].resolved
        guard root.isMapping else { return nil }
        return root.decodedValue
    }
}
