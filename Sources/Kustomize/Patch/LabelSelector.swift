/// A Kubernetes label selector in its string form, as `labels.Parse` (k8s.io/apimachinery)
/// reads it: comma-separated requirements `a=b`, `a==b`, `a!=b`, `a in (x,y)`,
/// `a notin (x,y)`, `a` (exists), `!a` (does not exist), `a>1`, `a<1`.
/// kustomize uses it for `labelSelector` and `annotationSelector` in targets.
public struct LabelSelector: Hashable, Sendable {
    public enum Operator: String, Hashable, Sendable {
        case equals = "="
        case notEquals = "!="
        case `in` = "in"
        case notIn = "notin"
        case exists = "exists"
        case doesNotExist = "!"
        case greaterThan = "gt"
        case lessThan = "lt"
    }

    public struct Requirement: Hashable, Sendable {
        public var key: String
        public var op: Operator
        public var values: [String]

        func matches(_ labels: [String: String]) -> Bool {
            let value = labels[key]
            switch op {
            case .equals, .in: return value.map(values.contains) ?? false
            case .notEquals, .notIn: return value.map { !values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            case .greaterThan, .lessThan:
                guard let v = value.flatMap({ Int64($0) }), let bound = values.first.flatMap({ Int64($0) }) else { return false }
                return op == .greaterThan ? v > bound : v < bound
            }
        }
    }

    public var requirements: [Requirement]

    /// Parses a selector; an empty string selects everything.
    public init(parsing text: String) throws {
        var p = SelectorScanner(Array(text.utf8))
        requirements = try p.parse()
    }

    public func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { $0.matches(labels) }
    }
}

/// The tokens of `labels.Parse`: identifiers run until whitespace or one of `,=!()<>`.
private struct SelectorScanner {
    let bytes: [UInt8]
    var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parse() throws -> [LabelSelector.Requirement] {
        var out: [LabelSelector.Requirement] = []
        skipSpace()
        if i >= bytes.count { return out }
        var afterComma = false
        while true {
            skipSpace()
            if i >= bytes.count || isSpecial(bytes[i]) && bytes[i] != UInt8(ascii: "!") {
                throw PatchError(afterComma ? "found '\(rest)', expected: identifier after ','"
                                            : "found '\(rest)', expected: !, identifier, or 'end of string'")
            }
            out.append(try requirement())
            skipSpace()
            if i >= bytes.count { return out }
            guard bytes[i] == UInt8(ascii: ",") else {
                throw PatchError("found '\(rest)', expected: ',' or 'end of string'")
            }
            i += 1
            afterComma = true
        }
    }

    /// The token at the cursor, for error messages.
    private var rest: String {
        guard i < bytes.count else { return "" }
        if isSpecial(bytes[i]) { return String(UnicodeScalar(bytes[i])) }
        var j = i
        while j < bytes.count, !isSpace(bytes[j]), !isSpecial(bytes[j]) { j += 1 }
        return String(decoding: bytes[i..<j], as: UTF8.self)
    }

    private mutating func requirement() throws -> LabelSelector.Requirement {
        skipSpace()
        if peek(UInt8(ascii: "!")) {
            i += 1
            let key = try identifier(what: "identifier")
            return .init(key: key, op: .doesNotExist, values: [])
        }
        let key = try identifier(what: "identifier")
        skipSpace()
        if i >= bytes.count || bytes[i] == UInt8(ascii: ",") { return .init(key: key, op: .exists, values: []) }
        if peek(UInt8(ascii: "=")) {
            i += 1
            if peek(UInt8(ascii: "=")) { i += 1 }
            return .init(key: key, op: .equals, values: [try value()])
        }
        if peek(UInt8(ascii: "!")) && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "=") {
            i += 2
            return .init(key: key, op: .notEquals, values: [try value()])
        }
        if peek(UInt8(ascii: ">")) || peek(UInt8(ascii: "<")) {
            let op: LabelSelector.Operator = bytes[i] == UInt8(ascii: ">") ? .greaterThan : .lessThan
            i += 1
            let v = try value()
            guard Int64(v) != nil else {
                throw PatchError("unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer")
            }
            return .init(key: key, op: op, values: [v])
        }
        let word = try identifier(what: "operator")
        switch word {
        case "in": return .init(key: key, op: .in, values: try valueSet())
        case "notin": return .init(key: key, op: .notIn, values: try valueSet())
        default: throw PatchError("unable to parse requirement: found '\(word)', expected: '=', '!=', '==', 'in', notin'")
        }
    }

    private mutating func value() throws -> String {
        skipSpace()
        let start = i
        while i < bytes.count, !isSpace(bytes[i]), !isSpecial(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func valueSet() throws -> [String] {
        skipSpace()
        guard peek(UInt8(ascii: "(")) else { throw PatchError("unable to parse requirement: found '\(rest)', expected: '('") }
        i += 1
        var values: [String] = []
        while true {
            skipSpace()
            values.append(try value())
            skipSpace()
            if peek(UInt8(ascii: ",")) { i += 1; continue }
            if peek(UInt8(ascii: ")")) { i += 1; return values }
            throw PatchError("unable to parse requirement: found '\(rest)', expected: ',' or ')'")
        }
    }

    private mutating func identifier(what: String) throws -> String {
        skipSpace()
        let start = i
        while i < bytes.count, !isSpace(bytes[i]), !isSpecial(bytes[i]) { i += 1 }
        guard i > start else { throw PatchError("found '\(rest)', expected: \(what)") }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }
    private mutating func skipSpace() { while i < bytes.count, isSpace(bytes[i]) { i += 1 } }
    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private func isSpecial(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "<"), UInt8(ascii: ">"): return true
        default: return false
        }
    }
}
