import Diagnostics
import Foundation
import YAML

/// A JSON Schema validator (drafts 4 to 2020-12, the keywords charts use) with the error tree
/// and wording of santhosh-tekuri/jsonschema v6, which Helm v4 uses. Formats are annotations.
struct JSONSchema {
    let root: Value
    /// Draft year: 4, 6, 7, 2019, 2020 (2020 when `$schema` is absent, as v6 assumes).
    let draft: Int
    private var regexCache: [String: NSRegularExpression] = [:]

    init(root: Value) {
        self.root = root
        let uri = root["$schema"]?.stringValue ?? ""
        if uri.contains("draft-04") { draft = 4 }
        else if uri.contains("draft-06") { draft = 6 }
        else if uri.contains("draft-07") { draft = 7 }
        else if uri.contains("2019-09") { draft = 2019 }
        else { draft = 2020 }
    }

    /// The report Helm prints under the chart name (lines joined by "\n"), "" when valid.
    static func validate(values: Value, schemaBytes: [UInt8], chartName: String) throws -> String {
        let schema: Value
        do {
            // Helm reads the schema as JSON; the JSON decoder is much faster than the YAML one
            // on a large schema (Big Bang's is 217 KB). YAML-only text keeps the YAML reading.
            let text = String(decoding: schemaBytes, as: UTF8.self)
            if let json = try? GoJSONDecoder.decode(text) {
                schema = json
            } else {
                schema = try SigsYAMLDecoder.decode(SourceFile(path: chartName + "/values.schema.json", bytes: schemaBytes))
            }
        } catch {
            throw HelmError.load(message: "unable to parse values.schema.json: \(error)", path: chartName + "/values.schema.json")
        }
        var validator = JSONSchema(root: schema)
        guard let err = validator.check(schema, values, at: [], depth: 0) else { return "" }
        let top = err.kind == .group ? err.causes : [err]
        var lines: [String] = []
        for e in top { e.render(indent: "", into: &lines) }
        return lines.joined(separator: "\n")
    }

    // MARK: core

    mutating func check(_ schema: Value, _ v: Value, at loc: [String], depth: Int) -> SchemaError? {
        if depth > 200 { return SchemaError(location: loc, message: "schema nesting too deep") }
        switch schema {
        case .bool(let b): return b ? nil : SchemaError(location: loc, message: "false schema")
        case .map(let s): return checkObject(s, v, at: loc, depth: depth)
        default: return nil
        }
    }

    private mutating func checkObject(_ s: [String: Value], _ v: Value, at loc: [String], depth: Int) -> SchemaError? {
        if draft < 2019, let ref = s["$ref"]?.stringValue {
            return checkRef(ref, v, at: loc, depth: depth)
        }
        if let t = s["type"] {
            let wanted: [String] = t.stringValue.map { [$0] } ?? (t.listValue?.compactMap(\.stringValue) ?? [])
            if !wanted.isEmpty && !wanted.contains(where: { JSONSchema.matches(type: $0, v) }) {
                return SchemaError(location: loc, message: "got \(JSONSchema.typeName(v)), want \(wanted.joined(separator: " or "))")
            }
        }
        var errors: [SchemaError] = []
        if let c = s["const"], !JSONSchema.equal(c, v) {
            errors.append(SchemaError(location: loc, message: "value must be \(JSONSchema.display(c))"))
        }
        if let e = s["enum"]?.listValue, !e.contains(where: { JSONSchema.equal($0, v) }) {
            errors.append(SchemaError(location: loc, message: "value must be one of \(e.map(JSONSchema.display).joined(separator: ", "))"))
        }
        switch v {
        case .map(let obj): checkMap(s, obj, at: loc, depth: depth, into: &errors)
        case .list(let arr): checkList(s, arr, at: loc, depth: depth, into: &errors)
        case .string(let str): checkString(s, str, at: loc, into: &errors)
        case .int, .float: checkNumber(s, v, at: loc, into: &errors)
        default: break
        }
        checkConditions(s, v, at: loc, depth: depth, into: &errors)
        if draft >= 2019, let ref = s["$ref"]?.stringValue, let e = checkRef(ref, v, at: loc, depth: depth) {
            errors.append(e)
        }
        switch errors.count {
        case 0: return nil
        case 1: return errors[0]
        default: return .group(loc, errors)
        }
    }

    private mutating func checkRef(_ ref: String, _ v: Value, at loc: [String], depth: Int) -> SchemaError? {
        guard let target = resolve(ref) else { return nil }
        guard let err = check(target, v, at: loc, depth: depth + 1) else { return nil }
        let causes = err.kind == .group ? err.causes : [err]
        return SchemaError(location: loc, message: "validation failed", kind: .reference, causes: causes)
    }

    /// Resolves `#/a/b` pointers and `#anchor`-less local references against the root.
    private func resolve(_ ref: String) -> Value? {
        guard let hash = ref.firstIndex(of: "#") else { return ref.isEmpty ? root : nil }
        if hash != ref.startIndex {
            let base = String(ref[..<hash])
            if let id = root["$id"]?.stringValue, id.hasSuffix(base) || base == id {} else if !base.isEmpty { return nil }
        }
        // Decoding through Foundation is slow and references are resolved on every use: only
        // fragments that have escapes take that way.
        var fragment = String(ref[ref.index(after: hash)...])
        if fragment.contains("%") { fragment = fragment.removingPercentEncoding ?? "" }
        var node = root
        for raw in fragment.split(separator: "/", omittingEmptySubsequences: true) {
            var key = String(raw)
            if key.contains("~") { key = key.replacingOccurrencesOf("~1", "/").replacingOccurrencesOf("~0", "~") }
            switch node {
            case .map(let m): guard let n = m[key] else { return nil }; node = n
            case .list(let l): guard let i = Int(key), i >= 0, i < l.count else { return nil }; node = l[i]
            default: return nil
            }
        }
        return node
    }

    // MARK: applicators

    private mutating func checkConditions(_ s: [String: Value], _ v: Value, at loc: [String], depth: Int,
                                          into errors: inout [SchemaError]) {
        if let not = s["not"], check(not, v, at: loc, depth: depth + 1) == nil {
            errors.append(SchemaError(location: loc, message: "'not' failed"))
        }
        if let all = s["allOf"]?.listValue {
            let causes = all.compactMap { check($0, v, at: loc, depth: depth + 1) }
            if !causes.isEmpty {
                errors.append(SchemaError(location: loc, message: "'allOf' failed", kind: .leaf, causes: causes))
            }
        }
        if let any = s["anyOf"]?.listValue {
            var causes: [SchemaError] = []
            var matched = false
            for sub in any {
                if let e = check(sub, v, at: loc, depth: depth + 1) { causes.append(e) } else { matched = true; break }
            }
            if !matched {
                errors.append(SchemaError(location: loc, message: "'anyOf' failed", kind: .leaf, causes: causes))
            }
        }
        if let one = s["oneOf"]?.listValue {
            var causes: [SchemaError] = []
            var matches: [Int] = []
            for (i, sub) in one.enumerated() {
                if let e = check(sub, v, at: loc, depth: depth + 1) { causes.append(e) } else { matches.append(i) }
            }
            if matches.isEmpty {
                errors.append(SchemaError(location: loc, message: "'oneOf' failed, none matched", kind: .leaf, causes: causes))
            } else if matches.count > 1 {
                errors.append(SchemaError(location: loc, message: "'oneOf' failed, subschemas \(matches.map(String.init).joined(separator: ", ")) matched"))
            }
        }
        if let cond = s["if"] {
            if check(cond, v, at: loc, depth: depth + 1) == nil {
                if let then = s["then"], let e = check(then, v, at: loc, depth: depth + 1) { errors.append(e) }
            } else if let els = s["else"], let e = check(els, v, at: loc, depth: depth + 1) {
                errors.append(e)
            }
        }
    }

    private mutating func checkMap(_ s: [String: Value], _ obj: [String: Value], at loc: [String], depth: Int,
                                   into errors: inout [SchemaError]) {
        if let max = JSONSchema.number(s["maxProperties"]), Double(obj.count) > max {
            errors.append(SchemaError(location: loc, message: "maxProperties: got \(obj.count), want \(JSONSchema.format(max))"))
        }
        if let min = JSONSchema.number(s["minProperties"]), Double(obj.count) < min {
            errors.append(SchemaError(location: loc, message: "minProperties: got \(obj.count), want \(JSONSchema.format(min))"))
        }
        if let req = s["required"]?.listValue {
            let missing = req.compactMap(\.stringValue).filter { obj[$0] == nil }
            if missing.count == 1 {
                errors.append(SchemaError(location: loc, message: "missing property '\(missing[0])'"))
            } else if missing.count > 1 {
                errors.append(SchemaError(location: loc, message: "missing properties " + missing.map { "'\($0)'" }.joined(separator: ", ")))
            }
        }
        if let deps = s["dependentRequired"]?.mapValue ?? (draft < 2019 ? s["dependencies"]?.mapValue : nil) {
            for (key, dep) in deps.sorted(by: { $0.key < $1.key }) where obj[key] != nil {
                if let names = dep.listValue {
                    let missing = names.compactMap(\.stringValue).filter { obj[$0] == nil }
                    if !missing.isEmpty {
                        errors.append(SchemaError(location: loc, message: "properties \(missing.map { "'\($0)'" }.joined(separator: ", ")) required, if '\(key)' exists"))
                    }
                } else if let e = check(dep, .map(obj), at: loc, depth: depth + 1) {
                    errors.append(e)
                }
            }
        }
        let props = s["properties"]?.mapValue ?? [:]
        let patterns = s["patternProperties"]?.mapValue ?? [:]
        var additional: [String] = []
        for key in obj.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let value = obj[key] else { continue }
            var evaluated = false
            if let ps = props[key] {
                evaluated = true
                if let e = check(ps, value, at: loc + [key], depth: depth + 1) { errors.append(e) }
            }
            for (pattern, ps) in patterns where matches(pattern: pattern, key) {
                evaluated = true
                if let e = check(ps, value, at: loc + [key], depth: depth + 1) { errors.append(e) }
            }
            if !evaluated, let ap = s["additionalProperties"] {
                if case .bool(false) = ap { additional.append(key) }
                else if let e = check(ap, value, at: loc + [key], depth: depth + 1) { errors.append(e) }
            }
            if let names = s["propertyNames"], check(names, .string(key), at: loc, depth: depth + 1) != nil {
                errors.append(SchemaError(location: loc, message: "invalid propertyName '\(key)'"))
            }
        }
        if !additional.isEmpty {
            errors.append(SchemaError(location: loc, message: "additional properties \(additional.map { "'\($0)'" }.joined(separator: ", ")) not allowed"))
        }
    }

    private mutating func checkList(_ s: [String: Value], _ arr: [Value], at loc: [String], depth: Int,
                                    into errors: inout [SchemaError]) {
        if let max = JSONSchema.number(s["maxItems"]), Double(arr.count) > max {
            errors.append(SchemaError(location: loc, message: "maxItems: got \(arr.count), want \(JSONSchema.format(max))"))
        }
        if let min = JSONSchema.number(s["minItems"]), Double(arr.count) < min {
            errors.append(SchemaError(location: loc, message: "minItems: got \(arr.count), want \(JSONSchema.format(min))"))
        }
        if case .bool(true)? = s["uniqueItems"] {
            outer: for i in arr.indices {
                for j in arr.indices where j > i && JSONSchema.equal(arr[i], arr[j]) {
                    errors.append(SchemaError(location: loc, message: "items at \(i) and \(j) are equal"))
                    break outer
                }
            }
        }
        var prefix: [Value] = s["prefixItems"]?.listValue ?? []
        var rest: Value? = s["items"]
        if draft < 2020, case .list(let tuple)? = s["items"] {
            prefix = tuple
            rest = s["additionalItems"]
        }
        for (i, item) in arr.enumerated() {
            let sub: Value? = i < prefix.count ? prefix[i] : rest
            guard let sub else { continue }
            if i >= prefix.count, case .bool(false) = sub, draft < 2020 {
                errors.append(SchemaError(location: loc, message: "additional items not allowed"))
                break
            }
            if let e = check(sub, item, at: loc + [String(i)], depth: depth + 1) { errors.append(e) }
        }
        if let contains = s["contains"] {
            let n = arr.filter { check(contains, $0, at: loc, depth: depth + 1) == nil }.count
            let minC = JSONSchema.number(s["minContains"]) ?? 1
            if Double(n) < minC {
                errors.append(SchemaError(location: loc, message: minC == 1 ? "no items match contains schema" : "minContains: got \(n), want \(JSONSchema.format(minC))"))
            }
            if let maxC = JSONSchema.number(s["maxContains"]), Double(n) > maxC {
                errors.append(SchemaError(location: loc, message: "maxContains: got \(n), want \(JSONSchema.format(maxC))"))
            }
        }
    }

    private mutating func checkString(_ s: [String: Value], _ str: String, at loc: [String], into errors: inout [SchemaError]) {
        let length = str.unicodeScalars.count
        if let max = JSONSchema.number(s["maxLength"]), Double(length) > max {
            errors.append(SchemaError(location: loc, message: "maxLength: got \(length), want \(JSONSchema.format(max))"))
        }
        if let min = JSONSchema.number(s["minLength"]), Double(length) < min {
            errors.append(SchemaError(location: loc, message: "minLength: got \(length), want \(JSONSchema.format(min))"))
        }
        if let pattern = s["pattern"]?.stringValue, !matches(pattern: pattern, str) {
            errors.append(SchemaError(location: loc, message: "'\(str)' does not match pattern '\(pattern)'"))
        }
    }

    private func checkNumber(_ s: [String: Value], _ v: Value, at loc: [String], into errors: inout [SchemaError]) {
        guard let x = JSONSchema.number(v) else { return }
        let got = JSONSchema.format(x)
        if let m = JSONSchema.number(s["minimum"]), x < m {
            errors.append(SchemaError(location: loc, message: "minimum: got \(got), want \(JSONSchema.format(m))"))
        }
        if let m = JSONSchema.number(s["maximum"]), x > m {
            errors.append(SchemaError(location: loc, message: "maximum: got \(got), want \(JSONSchema.format(m))"))
        }
        if case .bool(let b)? = s["exclusiveMinimum"] {
            if b, let m = JSONSchema.number(s["minimum"]), x == m {
                errors.append(SchemaError(location: loc, message: "exclusiveMinimum: got \(got), want \(JSONSchema.format(m))"))
            }
        } else if let m = JSONSchema.number(s["exclusiveMinimum"]), x <= m {
            errors.append(SchemaError(location: loc, message: "exclusiveMinimum: got \(got), want \(JSONSchema.format(m))"))
        }
        if case .bool(let b)? = s["exclusiveMaximum"] {
            if b, let m = JSONSchema.number(s["maximum"]), x == m {
                errors.append(SchemaError(location: loc, message: "exclusiveMaximum: got \(got), want \(JSONSchema.format(m))"))
            }
        } else if let m = JSONSchema.number(s["exclusiveMaximum"]), x >= m {
            errors.append(SchemaError(location: loc, message: "exclusiveMaximum: got \(got), want \(JSONSchema.format(m))"))
        }
        if let m = JSONSchema.number(s["multipleOf"]), m > 0 {
            let q = x / m
            if q != q.rounded() {
                errors.append(SchemaError(location: loc, message: "\(got) not multipleOf \(JSONSchema.format(m))"))
            }
        }
    }

    // MARK: helpers

    private mutating func matches(pattern: String, _ s: String) -> Bool {
        let re: NSRegularExpression
        if let cached = regexCache[pattern] {
            re = cached
        } else {
            guard let compiled = try? NSRegularExpression(pattern: pattern) else { return true }
            regexCache[pattern] = compiled
            re = compiled
        }
        return re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    static func number(_ v: Value?) -> Double? {
        switch v {
        case .int(let i)?: return Double(i)
        case .float(let f)?: return f
        default: return nil
        }
    }

    static func format(_ x: Double) -> String { GoFloatFormat.goString(x) }

    static func matches(type: String, _ v: Value) -> Bool {
        switch (type, v) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .list), ("object", .map): return true
        case ("number", .int), ("number", .float), ("integer", .int): return true
        case ("integer", .float(let f)): return f == f.rounded() && f.isFinite
        default: return false
        }
    }

    static func typeName(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .float: return "number"
        case .string: return "string"
        case .list: return "array"
        case .map: return "object"
        }
    }

    /// JSON equality (numbers by value).
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (x, y) where number(x) != nil && number(y) != nil: return number(x) == number(y)
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.map(let x), .map(let y)):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { equal(v, $0) } ?? false }
        default: return a == b
        }
    }

    /// How v6 prints a value in messages: strings in single quotes, others as JSON.
    static func display(_ v: Value) -> String {
        if case .string(let s) = v { return "'\(s)'" }
        return (try? GoJSONEncoder.encode(v, escapeHTML: false)) ?? "null"
    }
}
