/// A mapping's pairs as yaml.v3 decodes them into a Go map and goyaml.v2 prints them: `<<`
/// merge keys applied (explicit keys win, then earlier merge sources over later ones),
/// duplicate keys resolved to the last value, keys in goyaml.v2's natural order.
enum MergedPairs {
    static func of(_ mapping: Node) -> [(String, Node)] {
        if let plain = sortedKeyPositions(mapping) { return plain.map { ($0.key, mapping.children[$0.value]) } }
        return merged(mapping)
    }

    /// The common case — no `<<` key — without copying nodes into a dictionary: sort the key
    /// positions, then keep the last of any run of equal keys.
    /// Sorted keys with the index of their value in `children`, or nil when the mapping has a
    /// merge key.
    static func sortedKeyPositions(_ mapping: Node) -> [(key: String, value: Int)]? {
        let children = mapping.children
        var keys: [(key: GoKeyOrder.Key, text: String, at: Int)] = []
        keys.reserveCapacity(children.count / 2)
        var i = 0
        while i + 1 < children.count {
            let keyNode = children[i].kind == .alias ? children[i].resolved : children[i]
            if isMergeKey(keyNode) { return nil }
            keys.append((GoKeyOrder.Key(keyNode.value), keyNode.value, i + 1))
            i += 2
        }
        keys.sort { GoKeyOrder.less($0.key, $1.key) || ($0.text == $1.text && $0.at < $1.at) }
        var out: [(key: String, value: Int)] = []
        out.reserveCapacity(keys.count)
        for (n, k) in keys.enumerated() {
            if n + 1 < keys.count, keys[n + 1].text == k.text { continue }
            out.append((k.text, k.at))
        }
        return out
    }

    static func merged(_ mapping: Node) -> [(String, Node)] {
        var index: [String: Int] = [:]
        var pairs: [(key: GoKeyOrder.Key, text: String, value: Node)] = []
        var merges: [Node] = []
        var i = 0
        let children = mapping.children
        while i + 1 < children.count {
            let keyNode = children[i].resolved
            let value = children[i + 1]
            i += 2
            if isMergeKey(keyNode) {
                merges.append(value)
                continue
            }
            let key = keyNode.value
            if let at = index[key] {
                pairs[at].value = value
            } else {
                index[key] = pairs.count
                pairs.append((GoKeyOrder.Key(key), key, value))
            }
        }
        for merge in merges {
            let source = merge.resolved
            let sources = source.kind == .sequence ? source.children.map(\.resolved) : [source]
            for map in sources where map.kind == .mapping {
                for (key, value) in of(map) where index[key] == nil {
                    index[key] = pairs.count
                    pairs.append((GoKeyOrder.Key(key), key, value))
                }
            }
        }
        pairs.sort { GoKeyOrder.less($0.key, $1.key) }
        return pairs.map { ($0.text, $0.value) }
    }

    /// yaml.v3 `isMerge`: a plain `<<` scalar whose tag is empty or `!!merge`.
    static func isMergeKey(_ key: Node) -> Bool {
        key.kind == .scalar && key.value == "<<" && (key.tag.isEmpty || key.tag == "!!merge" || key.tag == "!")
            && key.style.isDisjoint(with: [.doubleQuoted, .singleQuoted, .literal, .folded])
    }
}
