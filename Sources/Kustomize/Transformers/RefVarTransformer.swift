import YAML

/// Legacy `vars`: `$(NAME)` in the varReference fields is replaced with a field of the
/// resource each var points at (kustomize `refVarTransformer` and `api/filters/refvar`).
struct RefVarTransformer: ResourceTransformer {
    /// A var's resolved value, typed as kustomize reads it from the object.
    enum Value {
        case string(String), int(String), float(String), bool(String)
        var text: String {
            switch self {
            case .string(let s), .int(let s), .float(let s), .bool(let s): return s
            }
        }
    }

    var values: [String: Value]
    var fieldSpecs: [FieldSpec]

    /// kustomize `ResAccumulator.ResolveVars`.
    static func resolve(_ ra: ResourceAccumulator) throws {
        var values: [String: Value] = [:]
        for v in ra.vars.sorted(by: { $0.name < $1.name }) {
            guard let r = ra.resources.first(where: { $0.refVarNames.contains(v.name) }) else {
                throw KustomizeError.message("var '\(describe(v))' cannot be mapped to a field in the set of known resources")
            }
            guard let value = fieldValue(r.node, v.fieldPath) else {
                throw KustomizeError.message("field specified in var '\(describe(v))' not found in corresponding resource")
            }
            values[v.name] = value
        }
        if values.isEmpty { return }
        try RefVarTransformer(values: values, fieldSpecs: ra.config.varReference).transform(ra)
    }

    private static func describe(_ v: Kustomization.VarArgs) -> String {
        "{\(v.name) \(v.objRef.gvk) {\(v.fieldPath)}}"
    }

    /// Reads `a.b[0].c` from an object (kustomize `GetFieldValue`).
    static func fieldValue(_ root: Node, _ path: String) -> Value? {
        var cur = root
        for rawSeg in path.split(separator: ".", omittingEmptySubsequences: false) {
            var seg = Substring(rawSeg)
            var indexes: [Int] = []
            while seg.hasSuffix("]"), let open = seg.lastIndex(of: "[") {
                guard let i = Int(seg[seg.index(after: open)..<seg.index(before: seg.endIndex)]) else { return nil }
                indexes.insert(i, at: 0)
                seg = seg[..<open]
            }
            if !seg.isEmpty {
                guard let next = cur.resolved[String(seg)] else { return nil }
                cur = next
            }
            for i in indexes {
                let c = cur.resolved
                guard c.kind == .sequence, i >= 0, i < c.children.count else { return nil }
                cur = c.children[i]
            }
        }
        let n = cur.resolved
        guard n.kind == .scalar else { return nil }
        switch n.jsonType {
        case "number": return Int(n.value) != nil ? .int(n.value) : .float(n.value)
        case "bool": return .bool(n.value)
        case "null": return nil
        default: return .string(n.value)
        }
    }

    func transform(_ ra: ResourceAccumulator) throws {
        for r in ra.resources {
            let gvk = r.gvk
            for fs in fieldSpecs where gvk.isSelected(by: fs.gvk) {
                try FieldSpecFilter(spec: fs, createKind: nil, setValue: set).apply(to: &r.node, gvk: gvk)
            }
        }
    }

    private func set(_ node: inout Node) throws {
        if node.isNullScalar { return }
        switch node.kind {
        case .scalar:
            if node.isStringScalar { replace(&node) }
        case .mapping:
            var i = 0
            while i + 1 < node.children.count {
                if !node.children[i].isStringScalar {
                    throw KustomizeError.message("invalid map key: value='\(node.children[i].value)', tag='\(node.children[i].tag)'")
                }
                if node.children[i + 1].isStringScalar { replace(&node.children[i + 1]) }
                i += 2
            }
        case .sequence:
            for i in node.children.indices {
                guard node.children[i].isStringScalar else { throw KustomizeError.message("invalid value type expect a string") }
                replace(&node.children[i])
            }
        default:
            throw KustomizeError.message("invalid type encountered")
        }
    }

    private func replace(_ node: inout Node) {
        let result = expand(node.value)
        node.style = []
        switch result {
        case .string(let s): node.value = s; node.tag = "!!str"
        case .int(let s): node.value = s; node.tag = "!!int"
        case .float(let s): node.value = s; node.tag = "!!float"
        case .bool(let s): node.value = s; node.tag = "!!bool"
        }
    }

    /// kustomize `DoReplacements`: `$(VAR)` expands, `$$` escapes; a value that is exactly
    /// one reference takes the var's type.
    func expand(_ input: String) -> Value {
        let b = Array(input.utf8)
        var out: [UInt8] = []
        var checkpoint = 0
        var cursor = 0
        while cursor < b.count {
            if b[cursor] == UInt8(ascii: "$"), cursor + 1 < b.count {
                out += b[checkpoint..<cursor]
                let rest = b[(cursor + 1)...]
                var advance = 1
                if rest.first == UInt8(ascii: "$") {
                    out.append(UInt8(ascii: "$"))
                } else if rest.first == UInt8(ascii: "("), let close = rest.firstIndex(of: UInt8(ascii: ")")) {
                    let name = String(decoding: b[(cursor + 2)..<close], as: UTF8.self)
                    advance = close - cursor
                    if let v = values[name] {
                        if input == "$(" + name + ")" { return v }
                        out += Array(v.text.utf8)
                    } else {
                        out += Array("$(\(name))".utf8)
                    }
                } else if rest.first == UInt8(ascii: "(") {
                    out += Array("$(".utf8)
                } else {
                    out.append(UInt8(ascii: "$"))
                    if let f = rest.first { out.append(f) }
                }
                cursor += advance
                checkpoint = cursor + 1
            }
            cursor += 1
        }
        out += b[min(checkpoint, b.count)...]
        return .string(String(decoding: out, as: UTF8.self))
    }
}
