import Foundation
import YAML

/// A hand-written schema of a Flux object's spec: enough structure to catch what breaks a
/// reconcile (missing required fields, wrong types, values outside an enum, malformed
/// durations) without copying the CRDs' OpenAPI wholesale.
indirect enum FluxSchema: Sendable {
    case string, integer, boolean, any
    /// A Go `time.Duration` as Flux CRDs pattern it: `^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$`.
    case duration
    case oneOf([String])
    case list(FluxSchema)
    case map(FluxSchema)
    case object([String: FluxSchema], required: Set<String>)

    static func object(_ fields: [String: FluxSchema], required: [String] = []) -> FluxSchema {
        .object(fields, required: Set(required))
    }

    static func isDuration(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return false }
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i > start
        }
        while i < bytes.count {
            guard digits() else { return false }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() else { return false }
            }
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "m"), bytes[i + 1] == UInt8(ascii: "s") { i += 2; continue }
            guard i < bytes.count, [UInt8(ascii: "s"), UInt8(ascii: "m"), UInt8(ascii: "h")].contains(bytes[i]) else { return false }
            i += 1
        }
        return true
    }
}

/// Walks a Flux object against its `FluxSchema`, collecting every problem.
struct FluxSchemaChecker {
    struct Problem {
        var isError: Bool
        var message: String
        var node: Node
    }

    private(set) var problems: [Problem] = []

    /// `key` is the mapping key that holds `node`: missing fields are reported there.
    mutating func check(_ node: Node, _ schema: FluxSchema, path: String, depth: Int = 0, key: Node? = nil) {
        let n = node.resolved
        guard depth < 100, !n.isNullScalar else { return }
        let got = ScalarType(n)
        switch schema {
        case .any:
            return
        case .string:
            if got != .string { fail(n, "\(path): expected string, got \(got.description(of: n))") }
        case .integer:
            if got != .integer { fail(n, "\(path): expected integer, got \(got.description(of: n))") }
        case .boolean:
            if got != .boolean { fail(n, "\(path): expected boolean, got \(got.description(of: n))") }
        case .duration:
            if got != .string || !FluxSchema.isDuration(n.value) {
                fail(n, "\(path): \"\(n.value)\" is not a duration (like 10m, 1h30m, 500ms)")
            }
        case .oneOf(let allowed):
            if !n.isScalar || !allowed.contains(n.value) {
                let shown = n.isScalar ? "\"\(n.value)\"" : got.description(of: n)
                fail(n, "\(path): \(shown) is not one of \(allowed.joined(separator: ", "))")
            }
        case .list(let item):
            guard n.isSequence else { return fail(n, "\(path): expected array, got \(got.description(of: n))") }
            for (i, child) in n.children.enumerated() { check(child, item, path: "\(path)[\(i)]", depth: depth + 1) }
        case .map(let value):
            guard n.isMapping else { return fail(n, "\(path): expected object, got \(got.description(of: n))") }
            for (k, v) in n.pairs { check(v, value, path: "\(path).\(k.value)", depth: depth + 1, key: k) }
        case .object(let fields, let required):
            guard n.isMapping else { return fail(n, "\(path): expected object, got \(got.description(of: n))") }
            var present = Set<String>()
            for (k, v) in n.pairs {
                present.insert(k.value)
                if let field = fields[k.value] {
                    check(v, field, path: "\(path).\(k.value)", depth: depth + 1, key: k)
                } else {
                    problems.append(Problem(isError: false, message: "unknown field \"\(path).\(k.value)\"", node: k))
                }
            }
            for field in required.sorted() where !present.contains(field) {
                fail(key ?? n, "missing required field \"\(path).\(field)\"")
            }
        }
    }

    private mutating func fail(_ node: Node, _ message: String) {
        problems.append(Problem(isError: true, message: message, node: node))
    }
}
