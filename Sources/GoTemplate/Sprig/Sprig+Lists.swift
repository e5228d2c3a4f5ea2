/// Sprig's list functions (`list.go`). Non-`must` variants turn errors into template errors
/// too, because Sprig panics there and text/template reports the panic as the call's error.
enum SprigLists {
    static func elements(_ v: TemplateValue, _ what: String) throws -> [TemplateValue] {
        if let items = Cast.listElements(v) { return items }
        throw TemplateFunctionError(what.replacingTypePlaceholder(with: v))
    }

    static func push(_ list: TemplateValue, _ v: TemplateValue) throws -> TemplateValue {
        .list(try elements(list, "Cannot push on type %s") + [v])
    }

    static func prepend(_ list: TemplateValue, _ v: TemplateValue) throws -> TemplateValue {
        .list([v] + (try elements(list, "Cannot prepend on type %s")))
    }

    static func chunk(_ size: Int, _ list: TemplateValue) throws -> TemplateValue {
        let items = try elements(list, "Cannot chunk type %s")
        guard size > 0 else { return .list([]) }
        var out: [TemplateValue] = []
        var i = 0
        while i < items.count {
            out.append(.list(Array(items[i..<min(i + size, items.count)])))
            i += size
        }
        return .list(out)
    }

    static func first(_ list: TemplateValue) throws -> TemplateValue {
        let items = try elements(list, "Cannot find first on type %s")
        return items.first ?? .null
    }

    static func last(_ list: TemplateValue) throws -> TemplateValue {
        let items = try elements(list, "Cannot find last on type %s")
        return items.last ?? .null
    }

    static func rest(_ list: TemplateValue) throws -> TemplateValue {
        let items = try elements(list, "Cannot find rest on type %s")
        if items.isEmpty { return .null }
        return .list(Array(items.dropFirst()))
    }

    static func initial(_ list: TemplateValue) throws -> TemplateValue {
        let items = try elements(list, "Cannot find initial on type %s")
        if items.isEmpty { return .null }
        return .list(Array(items.dropLast()))
    }

    static func sortAlpha(_ list: TemplateValue) -> TemplateValue {
        if Cast.listElements(list) != nil {
            return .stringList(Cast.strslice(list).sorted(by: goStringLess))
        }
        return .stringList([Cast.strval(list)])
    }

    static func reverse(_ list: TemplateValue) throws -> TemplateValue {
        .list(try elements(list, "Cannot find reverse on type %s").reversed())
    }

    static func compact(_ list: TemplateValue) throws -> TemplateValue {
        .list(try elements(list, "Cannot compact on type %s").filter { !Cast.empty($0) })
    }

    static func uniq(_ list: TemplateValue) throws -> TemplateValue {
        var out: [TemplateValue] = []
        for item in try elements(list, "Cannot find uniq on type %s") where !out.contains(where: { deepEqual($0, item) }) {
            out.append(item)
        }
        return .list(out)
    }

    static func without(_ list: TemplateValue, _ omit: [TemplateValue]) throws -> TemplateValue {
        .list(try elements(list, "Cannot find without on type %s").filter { item in !omit.contains(where: { deepEqual($0, item) }) })
    }

    static func has(_ needle: TemplateValue, _ haystack: TemplateValue) throws -> TemplateValue {
        if case .null = haystack { return .bool(false) }
        let items = try elements(haystack, "Cannot find has on type %s")
        return .bool(items.contains(where: { deepEqual($0, needle) }))
    }

    static func slice(_ list: TemplateValue, _ indices: [TemplateValue]) throws -> TemplateValue {
        guard let items = Cast.listElements(list) else {
            throw TemplateFunctionError("list should be type of slice or array but \(list.goKindName)")
        }
        let l = items.count
        if l == 0 { return .null }
        var start = 0, end = l
        if indices.count > 0 { start = Cast.toInt(indices[0]) }
        if indices.count > 1 { end = Cast.toInt(indices[1]) }
        guard start >= 0, end <= l, start <= end else {
            throw TemplateFunctionError("runtime error: slice bounds out of range [\(start):\(end)] with capacity \(l)")
        }
        return .list(Array(items[start..<end]))
    }

    static func concat(_ lists: [TemplateValue]) throws -> TemplateValue {
        var out: [TemplateValue] = []
        for l in lists {
            guard let items = Cast.listElements(l) else {
                throw TemplateFunctionError("Cannot concat type \(l.goKindName) as list")
            }
            out += items
        }
        return .list(out)
    }

    static func untilStep(_ start: Int, _ stop: Int, _ step: Int) -> [Int] {
        var v: [Int] = []
        if stop < start {
            if step >= 0 { return v }
            var i = start
            while i > stop { v.append(i); i += step }
            return v
        }
        if step <= 0 { return v }
        var i = start
        while i < stop { v.append(i); i += step }
        return v
    }

    static func seq(_ p: [Int]) -> String {
        var values: [Int]
        switch p.count {
        case 1:
            let end = p[0]
            let inc = end < 1 ? -1 : 1
            values = untilStep(1, end + inc, inc)
        case 2:
            let step = p[1] < p[0] ? -1 : 1
            values = untilStep(p[0], p[1] + step, step)
        case 3:
            var inc = 1
            if p[2] < p[0] {
                inc = -1
                if p[1] > 0 { return "" }
            }
            values = untilStep(p[0], p[2] + inc, p[1])
        default:
            return ""
        }
        return values.map(String.init).joined(separator: " ")
    }

    /// reflect.DeepEqual over template values (types must match).
    static func deepEqual(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.int64(let x), .int64(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.list(let x, let kx), .list(let y, let ky)):
            return kx == ky && x.count == y.count && zip(x, y).allSatisfy { deepEqual($0, $1) }
        case (.map(let x), .map(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            for (k, v) in x.storage {
                guard let w = y.storage[k], deepEqual(v, w) else { return false }
            }
            return true
        case (.object(let x), .object(let y)):
            return x.goTypeName == y.goTypeName && x.isEqual(to: y)
        default: return false
        }
    }
}

extension String {
    /// Replaces the `%s` of a Sprig message with the value's Go kind name, as reflect prints it.
    func replacingTypePlaceholder(with v: TemplateValue) -> String {
        let parts = SprigStrings.split(self, "%s")
        return parts.joined(separator: v.goKindName == "invalid" ? "invalid" : v.goKindName)
    }
}
