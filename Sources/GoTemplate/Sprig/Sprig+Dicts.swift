/// Sprig's dict functions (`dict.go`) and the dario.cat/mergo rules behind `merge`.
enum SprigDicts {
    static func dict(_ v: [TemplateValue]) -> TemplateValue {
        let m = TemplateMap()
        var i = 0
        while i < v.count {
            let key = Cast.strval(v[i])
            m[key] = i + 1 < v.count ? v[i + 1] : .string("")
            i += 2
        }
        return .map(m)
    }

    static func keys(_ dicts: [TemplateValue]) -> TemplateValue {
        var out: [String] = []
        for d in dicts { if case .map(let m) = d { out += m.sortedKeys } }
        return .stringList(out)
    }

    static func values(_ d: TemplateMap) -> TemplateValue {
        .list(d.sortedKeys.map { d[$0] ?? .null })
    }

    static func pick(_ d: TemplateMap, _ keys: [TemplateValue]) -> TemplateValue {
        let out = TemplateMap()
        for k in keys { if case .string(let s) = k, let v = d[s] { out[s] = v } }
        return .map(out)
    }

    static func omit(_ d: TemplateMap, _ keys: [TemplateValue]) -> TemplateValue {
        var drop = Set<String>()
        for k in keys { if case .string(let s) = k { drop.insert(s) } }
        let out = TemplateMap()
        for (k, v) in d.storage where !drop.contains(k) { out[k] = v }
        return .map(out)
    }

    static func pluck(_ key: String, _ dicts: [TemplateValue]) -> TemplateValue {
        var out: [TemplateValue] = []
        for d in dicts { if case .map(let m) = d, let v = m[key] { out.append(v) } }
        return .list(out)
    }

    /// `dig "a" "b" default dict`: a missing key gives the default; a non-map on the way fails
    /// as Go's type assertion does.
    static func dig(_ args: [TemplateValue]) throws -> TemplateValue {
        guard args.count >= 3 else { throw TemplateFunctionError("dig needs at least three arguments") }
        let dictArg = args[args.count - 1]
        let def = args[args.count - 2]
        var keys: [String] = []
        for k in args[0..<(args.count - 2)] {
            guard case .string(let s) = k else { throw interfaceConversion(k, want: "string") }
            keys.append(s)
        }
        guard case .map(var current) = dictArg, current.namedType == nil else {
            throw interfaceConversion(dictArg, want: "map[string]interface {}")
        }
        var i = 0
        while true {
            guard let value = current[keys[i]] else { return def }
            if i == keys.count - 1 { return value }
            guard case .map(let next) = value, next.namedType == nil else {
                throw interfaceConversion(value, want: "map[string]interface {}")
            }
            current = next
            i += 1
        }
    }

    /// Go's message for a failed `x.(T)`.
    static func interfaceConversion(_ v: TemplateValue, want: String) -> TemplateFunctionError {
        if case .null = v { return TemplateFunctionError("interface conversion: interface {} is nil, not \(want)") }
        return TemplateFunctionError("interface conversion: interface {} is \(v.goTypeName), not \(want)")
    }

    /// mergo's `isEmptyValue` with dereferencing.
    static func isEmpty(_ v: TemplateValue?) -> Bool {
        guard let v else { return true }
        switch v {
        case .object: return false
        default: return !v.isTruthy
        }
    }

    /// `mergo.Merge(&dst, src)` (override false) or `WithOverride` for `map[string]interface{}`.
    static func merge(into dst: TemplateMap, from src: TemplateMap, overwrite: Bool, depth: Int = 0) {
        if depth > 10_000 { return }
        for key in src.storage.keys {
            guard let srcElement = src[key] else { continue }
            let dstElement = dst[key]
            if case .null = srcElement {
                if overwrite { dst[key] = .null }
                continue
            }
            var isSrcMap = false, isSrcSlice = false
            switch srcElement {
            case .map(let srcMap):
                isSrcMap = true
                if case .map(let dstMap)? = dstElement, dstMap !== srcMap {
                    merge(into: dstMap, from: srcMap, overwrite: overwrite, depth: depth + 1)
                }
            case .list, .bytes:
                isSrcSlice = true
            default: break
            }
            if let d = dstElement, !isEmpty(d) {
                if isSrcSlice { if overwrite { dst[key] = srcElement }; continue }
                if isSrcMap, case .map = d { continue }
            }
            if overwrite || dstElement == nil || isEmpty(dstElement) {
                dst[key] = srcElement
            }
        }
    }

    /// copystructure.Copy: maps and slices are copied all the way down.
    static func deepCopy(_ v: TemplateValue) -> TemplateValue {
        switch v {
        case .list(let items, let kind): return .list(items.map(deepCopy), kind)
        case .map(let m):
            // A copy of a document nothing has looked into is another map over the same
            // (immutable) document.
            if let document = m.pendingDocument { return .map(TemplateMap(decoded: document)) }
            var storage: [String: TemplateValue] = [:]
            storage.reserveCapacity(m.count)
            for (k, x) in m.storage { storage[k] = deepCopy(x) }
            return .map(TemplateMap(storage))
        default: return v
        }
    }
}
