import YAML

/// Helm's `--set` grammar (pkg/strvals): `a.b=c,d[0].e=f,list={x,y}`, backslash escapes,
/// typed scalars (`true`, `false`, `null`, base-10 ints as int64), limits on index and depth.
/// One parser serves `--set` (`.typed`), `--set-string` (`.string`), `--set-file` (`.file`)
/// and `--set-json` (`.json`).
public struct StrvalsParser {
    public enum Mode {
        case typed
        case string
        case json
        /// The value names a file whose text becomes the value.
        case file((String) throws -> String)
        /// `--set-literal`: no escapes, the value is the rest of the text, commas included.
        case literal
    }

    public struct ParseError: Error, Equatable {
        public var message: String
    }

    static let maxIndex = 65536
    static let maxNestedNameLevel = 30

    private var input: [Unicode.Scalar]
    private var pos = 0
    private let mode: Mode

    private init(_ text: String, mode: Mode) {
        input = Array(text.unicodeScalars)
        self.mode = mode
    }

    /// Parses `text` and merges the result into `dest` (later keys overwrite).
    public static func parse(_ text: String, into dest: inout [String: Value], mode: Mode = .typed) throws {
        var p = StrvalsParser(text, mode: mode)
        while true {
            do {
                try p.key(&dest, level: 0)
            } catch is EndOfInput {
                return
            }
        }
    }

    private struct EndOfInput: Error {}
    private struct NotList: Error {}

    // MARK: reading

    private mutating func read() -> Unicode.Scalar? {
        guard pos < input.count else { return nil }
        defer { pos += 1 }
        return input[pos]
    }

    /// Runes up to one of `stop` (consumed), with `\x` escapes; `last` nil at end of input.
    private mutating func runesUntil(_ stop: Set<Unicode.Scalar>) -> (String, Unicode.Scalar?) {
        var v = String.UnicodeScalarView()
        while let r = read() {
            if stop.contains(r) { return (String(v), r) }
            if r == "\\", !isLiteral {
                guard let next = read() else { return (String(v), nil) }
                v.append(next)
            } else {
                v.append(r)
            }
        }
        return (String(v), nil)
    }

    // MARK: grammar

    private var isLiteral: Bool { if case .literal = mode { return true }; return false }

    private mutating func rest() -> String {
        defer { pos = input.count }
        return String(String.UnicodeScalarView(input[pos...]))
    }

    private mutating func key(_ data: inout [String: Value], level: Int) throws {
        let (k, last) = runesUntil(isLiteral ? ["=", "[", "."] : ["=", "[", ",", "."])
        switch last {
        case nil:
            if k.isEmpty { throw EndOfInput() }
            throw ParseError(message: "key \"\(k)\" has no value")
        case "[":
            let i = try keyIndex()
            var list: [Value] = []
            if let existing = data[k] {
                guard case .list(let l) = existing else {
                    throw ParseError(message: "unable to parse key: interface conversion: interface {} is \(goType(existing)), not []interface {}")
                }
                list = l
            }
            var failure: Error?
            do { list = try listItem(list, i, level: level) } catch { failure = error }
            set(&data, k, .list(list))
            if let f = failure { throw f }
        case "=":
            if isLiteral { set(&data, k, .string(rest())); return }
            if case .json = mode {
                if emptyValue() { set(&data, k, .null); return }
                let v = try jsonValue()
                set(&data, k, v)
                _ = emptyValue()
                return
            }
            do {
                let list = try valueList()
                set(&data, k, .list(list))
            } catch is NotList {
                let rs = val()
                set(&data, k, try convert(rs))
            } catch is EndOfInput {
                set(&data, k, .string(""))
                throw EndOfInput()
            }
        case ",":
            set(&data, k, .string(""))
            throw ParseError(message: "key \"\(k)\" has no value (cannot end with ,)")
        default: // "."
            let level = level + 1
            if level > StrvalsParser.maxNestedNameLevel {
                throw ParseError(message: "value name nested level is greater than maximum supported nested level of \(StrvalsParser.maxNestedNameLevel)")
            }
            var inner: [String: Value] = [:]
            if let existing = data[k] {
                guard case .map(let m) = existing else {
                    throw ParseError(message: "unable to parse key: interface conversion: interface {} is \(goType(existing)), not map[string]interface {}")
                }
                inner = m
            }
            var failure: Error?
            do { try key(&inner, level: level) } catch { failure = error }
            if failure == nil && inner.isEmpty { throw ParseError(message: "key map \"\(k)\" has no value") }
            if !inner.isEmpty { set(&data, k, .map(inner)) }
            if let f = failure { throw f }
        }
    }

    private func set(_ data: inout [String: Value], _ key: String, _ value: Value) {
        if key.isEmpty { return }
        data[key] = value
    }

    private func setIndex(_ list: [Value], _ index: Int, _ value: Value) throws -> [Value] {
        if index < 0 { throw ParseError(message: "negative \(index) index not allowed") }
        if index > StrvalsParser.maxIndex {
            throw ParseError(message: "index of \(index) is greater than maximum supported index of \(StrvalsParser.maxIndex)")
        }
        var list = list
        while list.count <= index { list.append(.null) }
        list[index] = value
        return list
    }

    private mutating func keyIndex() throws -> Int {
        let (v, last) = runesUntil(["]"])
        if last == nil { throw EndOfInput() }
        guard let i = Int(v) else {
            throw ParseError(message: "error parsing index: strconv.Atoi: parsing \"\(v)\": invalid syntax")
        }
        return i
    }

    private mutating func listItem(_ list: [Value], _ i: Int, level: Int) throws -> [Value] {
        if i < 0 { throw ParseError(message: "negative \(i) index not allowed") }
        let (k, last) = runesUntil(["[", ".", "="])
        if !k.isEmpty { throw ParseError(message: "unexpected data at end of array index: \"\(k)\"") }
        switch last {
        case nil:
            throw EndOfInput()
        case "=":
            if isLiteral { return try setIndex(list, i, .string(rest())) }
            if case .json = mode {
                if emptyValue() { return try setIndex(list, i, .null) }
                let v = try jsonValue()
                let out = try setIndex(list, i, v)
                _ = emptyValue()
                return out
            }
            do {
                return try setIndex(list, i, .list(try valueList()))
            } catch is EndOfInput {
                return try setIndex(list, i, .string(""))
            } catch is NotList {
                return try setIndex(list, i, try convert(val()))
            }
        case "[":
            let next = try keyIndex()
            var current: [Value] = []
            if i < list.count {
                switch list[i] {
                case .null: break
                case .list(let l): current = l
                default:
                    throw ParseError(message: "unable to parse key: interface conversion: interface {} is \(goType(list[i])), not []interface {}")
                }
            }
            return try setIndex(list, i, .list(try listItem(current, next, level: level)))
        default: // "."
            var inner: [String: Value] = [:]
            if i < list.count, case .map(let m) = list[i] { inner = m }
            try key(&inner, level: level)
            return try setIndex(list, i, .map(inner))
        }
    }

    /// Consumes blanks and one comma; true when the value is empty.
    private mutating func emptyValue() -> Bool {
        while let r = read() {
            if r == "," { return true }
            if !r.properties.isWhitespace { pos -= 1; return false }
        }
        return true
    }

    private mutating func val() -> String { runesUntil([","]).0 }

    private mutating func valueList() throws -> [Value] {
        guard let r = read() else { throw EndOfInput() }
        if r != "{" { pos -= 1; throw NotList() }
        var list: [Value] = []
        while true {
            let (rs, last) = runesUntil([",", "}"])
            switch last {
            case nil: throw ParseError(message: "list must terminate with '}'")
            case "}":
                if let r = read(), r != "," { pos -= 1 }
                list.append(try convert(rs))
                return list
            default:
                list.append(try convert(rs))
            }
        }
    }

    private func convert(_ s: String) throws -> Value {
        switch mode {
        case .string: return .string(s)
        case .typed: return StrvalsParser.typedValue(s)
        case .file(let reader): return .string(try reader(s))
        case .json, .literal: return .string(s)
        }
    }

    /// One JSON value from the remaining input (Go's `json.Decoder.Decode` prefix read).
    private mutating func jsonValue() throws -> Value {
        let rest = String(String.UnicodeScalarView(input[pos...]))
        let (value, consumedBytes) = try YAMLBridge.decodeJSONPrefix(rest)
        // Advance by the scalars making up the consumed bytes.
        var bytes = 0
        while bytes < consumedBytes, pos < input.count {
            bytes += String(input[pos]).utf8.count
            pos += 1
        }
        return value
    }

    /// Matches strvals `typedVal`.
    static func typedValue(_ val: String) -> Value {
        let lower = val.lowercased()
        if lower == "true" { return .bool(true) }
        if lower == "false" { return .bool(false) }
        if lower == "null" { return .null }
        if val == "0" { return .int(0) }
        if let f = val.first, f != "0", let i = Int64(val) {
            return .int(i)
        }
        return .string(val)
    }

    private func goType(_ v: Value) -> String {
        switch v {
        case .null: return "nil"
        case .bool: return "bool"
        case .int: return "int64"
        case .float: return "float64"
        case .string: return "string"
        case .list: return "[]interface {}"
        case .map: return "map[string]interface {}"
        }
    }
}
