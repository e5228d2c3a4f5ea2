/// encoding/json `Unmarshal` into Go's untyped containers (`interface{}`, `map[string]interface{}`,
/// `[]interface{}`): every number becomes a float64 (`.float`), later duplicate keys win, and
/// errors carry Go's exact texts (`invalid character 'x' looking for beginning of value`,
/// `unexpected end of JSON input`, `json: cannot unmarshal array into Go value of type …`).
///
/// Like Go, the whole text is checked for syntax first (a syntax error anywhere wins), then the
/// value is decoded; an out-of-range number is a type error that leaves `null` in its place.
public enum GoJSONDecoder {
    /// Decodes into `interface{}`; throws the first syntax or type error.
    public static func decode(_ text: String) throws -> Value {
        let result = decode(text, into: .any)
        if let error = result.error { throw error }
        return result.value
    }

    /// Go's `json.Unmarshal(data, &target)`: the value as far as it was decoded plus the error,
    /// if any. A type mismatch at the top leaves the target's zero value (empty map or list);
    /// `null` gives `.null` (Go sets the map or slice to nil, which prints as `null`).
    public static func decode(_ text: String, into target: SigsYAMLDecoder.Target) -> (value: Value, error: GoCodecError?) {
        var parser = Parser(bytes: Array(text.utf8))
        let empty: Value = target == .map ? .map([:]) : (target == .list ? .list([]) : .null)
        let parsed: Value
        do {
            parsed = try parser.parse()
        } catch let error as GoCodecError {
            return (empty, error)
        } catch {
            return (empty, .jsonSyntax(message: "\(error)", offset: 0))
        }
        switch (target, parsed) {
        case (.any, _), (_, .null), (.map, .map), (.list, .list):
            return (parsed, parser.typeError)
        default:
            let found: String
            switch parsed {
            case .bool: found = "bool"
            case .int, .float: found = "number"
            case .string: found = "string"
            case .list: found = "array"
            default: found = "object"
            }
            return (empty, .jsonType(found: found, goType: target.goType, offset: 0))
        }
    }

    /// Helm's `fromJson`: the map, with `"Error"` set to the message when decoding failed.
    public static func fromJSON(_ text: String) -> Value {
        let (value, error) = decode(text, into: .map)
        guard let error else { return value }
        var m = value.mapValue ?? [:]
        m["Error"] = .string(error.goMessage)
        return .map(m)
    }

    /// Helm's `fromJsonArray`: the list, or a list holding only the error message.
    public static func fromJSONArray(_ text: String) -> Value {
        let (value, error) = decode(text, into: .list)
        if let error { return .list([.string(error.goMessage)]) }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var typeError: GoCodecError?

        init(bytes: [UInt8]) { self.bytes = bytes }

        enum Container {
            case list([Value])
            case map([String: Value], key: String)
        }

        enum State { case beginValue(allowClose: Bool), beginKey(allowClose: Bool), afterKey, afterValue }

        /// The byte at `i`, or the space Go's scanner feeds itself at the end of input.
        var current: UInt8 { i < bytes.count ? bytes[i] : 0x20 }

        func syntax(_ c: UInt8, _ context: String) -> GoCodecError {
            .jsonSyntax(message: "invalid character \(GoJSONDecoder.quoteChar(c)) \(context)", offset: i)
        }

        var unexpectedEnd: GoCodecError { .jsonSyntax(message: "unexpected end of JSON input", offset: bytes.count) }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func parse() throws -> Value {
            var stack: [Container] = []
            var state = State.beginValue(allowClose: false)
            var root: Value = .null

            func complete(_ v: Value, _ stack: inout [Container], _ root: inout Value) {
                switch stack.popLast() {
                case nil: root = v
                case .list(var items)?:
                    items.append(v)
                    stack.append(.list(items))
                case .map(var m, let key)?:
                    m[key] = v
                    stack.append(.map(m, key: key))
                }
            }

            while true {
                skipSpace()
                switch state {
                case .beginValue(let allowClose):
                    guard i < bytes.count else { throw unexpectedEnd }
                    let c = bytes[i]
                    if allowClose && c == 0x5D {
                        i += 1
                        guard case .list(let items)? = stack.popLast() else { throw unexpectedEnd }
                        complete(.list(items), &stack, &root)
                        state = .afterValue
                        continue
                    }
                    switch c {
                    case 0x7B:
                        i += 1
                        guard stack.count < GoCodecLimits.maxDepth else { throw GoCodecError.jsonSyntax(message: "exceeded max depth", offset: i) }
                        stack.append(.map([:], key: ""))
                        state = .beginKey(allowClose: true)
                    case 0x5B:
                        i += 1
                        guard stack.count < GoCodecLimits.maxDepth else { throw GoCodecError.jsonSyntax(message: "exceeded max depth", offset: i) }
                        stack.append(.list([]))
                        state = .beginValue(allowClose: true)
                    case 0x22:
                        complete(.string(try string()), &stack, &root)
                        state = .afterValue
                    case 0x2D, 0x30...0x39:
                        complete(try number(), &stack, &root)
                        state = .afterValue
                    case 0x74: try literal("true"); complete(.bool(true), &stack, &root); state = .afterValue
                    case 0x66: try literal("false"); complete(.bool(false), &stack, &root); state = .afterValue
                    case 0x6E: try literal("null"); complete(.null, &stack, &root); state = .afterValue
                    default: throw syntax(c, "looking for beginning of value")
                    }
                case .beginKey(let allowClose):
                    guard i < bytes.count else { throw unexpectedEnd }
                    let c = bytes[i]
                    if allowClose && c == 0x7D {
                        i += 1
                        guard case .map(let m, _)? = stack.popLast() else { throw unexpectedEnd }
                        complete(.map(m), &stack, &root)
                        state = .afterValue
                    } else if c == 0x22 {
                        let key = try string()
                        if case .map(let m, _)? = stack.popLast() { stack.append(.map(m, key: key)) }
                        state = .afterKey
                    } else {
                        throw syntax(c, "looking for beginning of object key string")
                    }
                case .afterKey:
                    guard i < bytes.count else { throw unexpectedEnd }
                    guard bytes[i] == 0x3A else { throw syntax(bytes[i], "after object key") }
                    i += 1
                    state = .beginValue(allowClose: false)
                case .afterValue:
                    guard let top = stack.last else {
                        if i < bytes.count { throw syntax(bytes[i], "after top-level value") }
                        return root
                    }
                    guard i < bytes.count else { throw unexpectedEnd }
                    let c = bytes[i]
                    switch top {
                    case .list(let items):
                        if c == 0x2C { i += 1; state = .beginValue(allowClose: false) }
                        else if c == 0x5D { i += 1; stack.removeLast(); complete(.list(items), &stack, &root) }
                        else { throw syntax(c, "after array element") }
                    case .map(let m, _):
                        if c == 0x2C { i += 1; state = .beginKey(allowClose: false) }
                        else if c == 0x7D { i += 1; stack.removeLast(); complete(.map(m), &stack, &root) }
                        else { throw syntax(c, "after object key:value pair") }
                    }
                }
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let w = word.withUTF8Buffer { Array($0) }
            let name = String(decoding: w, as: UTF8.self)
            i += 1
            for expected in w.dropFirst() {
                let c = current
                guard c == expected else {
                    throw syntax(c, "in literal \(name) (expecting \(GoJSONDecoder.quoteChar(expected)))")
                }
                i += 1
            }
        }

        /// Go's number states; the value is `strconv.ParseFloat` of the text.
        mutating func number() throws -> Value {
            let start = i
            func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
            if current == 0x2D {
                i += 1
                guard isDigit(current) else { throw syntax(current, "in numeric literal") }
            }
            if current == 0x30 { i += 1 } else { while i < bytes.count && isDigit(bytes[i]) { i += 1 } }
            if i < bytes.count && bytes[i] == 0x2E {
                i += 1
                guard isDigit(current) else { throw syntax(current, "after decimal point in numeric literal") }
                while i < bytes.count && isDigit(bytes[i]) { i += 1 }
            }
            if i < bytes.count && (bytes[i] == 0x65 || bytes[i] == 0x45) {
                i += 1
                if current == 0x2B || current == 0x2D { i += 1 }
                guard isDigit(current) else { throw syntax(current, "in exponent of numeric literal") }
                while i < bytes.count && isDigit(bytes[i]) { i += 1 }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            guard let d = Double(text), d.isFinite else {
                if typeError == nil {
                    typeError = .jsonType(found: "number \(text)", goType: "float64", offset: start)
                }
                return .null
            }
            return .float(d)
        }

        /// A string literal from its opening quote; escapes decoded as Go's `unquote` does
        /// (a lone surrogate becomes U+FFFD).
        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            var runStart = i
            while true {
                guard i < bytes.count else { throw unexpectedEnd }
                let c = bytes[i]
                if c == 0x22 {
                    out.append(contentsOf: bytes[runStart..<i])
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if c < 0x20 { throw syntax(c, "in string literal") }
                if c != 0x5C { i += 1; continue }
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                let e = current
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    i += 1
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = save
                        }
                    }
                    let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                    runStart = i
                    continue
                default: throw syntax(e, "in string escape code")
                }
                i += 1
                runStart = i
            }
        }

        mutating func hex4() throws -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = current
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                default: throw syntax(c, "in \\u hexadecimal character escape")
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }
    }

    /// encoding/json `quoteChar`: the byte as a Go character literal (the byte read as Latin-1).
    static func quoteChar(_ c: UInt8) -> String {
        if c == 0x27 { return "'\\''" }
        if c == 0x22 { return "'\"'" }
        switch c {
        case 0x07: return "'\\a'"
        case 0x08: return "'\\b'"
        case 0x0C: return "'\\f'"
        case 0x0A: return "'\\n'"
        case 0x0D: return "'\\r'"
        case 0x09: return "'\\t'"
        case 0x0B: return "'\\v'"
        case 0x5C: return "'\\\\'"
        case 0..<0x20, 0x7F:
            let h = String(c, radix: 16)
            return "'\\x" + (h.count < 2 ? "0" + h : h) + "'"
        case 0x80...0xA0, 0xAD:
            return "'\\u00" + String(c, radix: 16) + "'"
        default:
            return "'" + String(Character(Unicode.Scalar(c))) + "'"
        }
    }
}
