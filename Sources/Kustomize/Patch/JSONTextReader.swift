import Diagnostics
import YAML

/// Reads JSON text (a JSON 6902 patch written as JSON) into nodes with marks, so errors in a
/// patch can point at the operation. Strings become double-quoted scalars and other values
/// plain ones, which is how a YAML parser would see the same text.
struct JSONTextReader {
    let file: SourceFile
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var bytes: [UInt8] { file.bytes }

    init(_ file: SourceFile) { self.file = file }

    mutating func read() throws -> Node {
        skipSpace()
        let v = try value()
        skipSpace()
        guard i >= bytes.count else { throw error("invalid character '\(char)' after top-level value") }
        return v
    }

    private var char: String { i < bytes.count ? String(UnicodeScalar(bytes[i])) : "" }
    private var mark: Node.Mark { Node.Mark(line: line, column: i - lineStart + 1, offset: i) }

    private func error(_ message: String) -> PatchError { PatchError(message, at: mark, file: file) }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private mutating func value() throws -> Node {
        guard i < bytes.count else { throw error("unexpected end of JSON input") }
        let m = mark
        switch bytes[i] {
        case UInt8(ascii: "{"):
            depth += 1
            guard depth < 1_000 else { throw error("exceeded max depth") }
            defer { depth -= 1 }
            i += 1
            var n = Node.mapping()
            n.mark = m
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return n }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw error("invalid character '\(char)' looking for beginning of object key string")
                }
                var key = Node.scalar(try string())
                key.mark = m
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("invalid character '\(char)' after object key") }
                i += 1
                skipSpace()
                n.children.append(key)
                n.children.append(try value())
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of JSON input") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return n }
                throw error("invalid character '\(char)' after object key:value pair")
            }
        case UInt8(ascii: "["):
            depth += 1
            guard depth < 1_000 else { throw error("exceeded max depth") }
            defer { depth -= 1 }
            i += 1
            var n = Node.sequence()
            n.mark = m
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return n }
            while true {
                skipSpace()
                n.children.append(try value())
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of JSON input") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return n }
                throw error("invalid character '\(char)' after array element")
            }
        case UInt8(ascii: "\""):
            var n = Node.scalar(try string(), style: .doubleQuoted)
            n.mark = m
            return n
        default:
            let start = i
            while i < bytes.count, !(bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09
                                       || bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "]") || bytes[i] == UInt8(ascii: "}")) {
                i += 1
            }
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            var n: Node
            switch word {
            case "true", "false": n = .scalar(word, tag: "!!bool")
            case "null": n = .scalar(word, tag: "!!null")
            default:
                guard isJSONNumber(word) else {
                    i = start
                    throw error("invalid character '\(char)' looking for beginning of value")
                }
                n = .scalar(word, tag: word.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? "!!float" : "!!int")
            }
            n.mark = m
            return n
        }
    }

    private func isJSONNumber(_ s: String) -> Bool {
        var b = Array(s.utf8)[...]
        func digits() -> Int { var n = 0; while let c = b.first, c >= 48 && c <= 57 { b.removeFirst(); n += 1 }; return n }
        if b.first == UInt8(ascii: "-") { b.removeFirst() }
        guard digits() > 0 else { return false }
        if b.first == UInt8(ascii: ".") { b.removeFirst(); guard digits() > 0 else { return false } }
        if let c = b.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            b.removeFirst()
            if let c = b.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { b.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return b.isEmpty
    }

    private mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if c < 0x20 { throw error("invalid character in string literal") }
            if c == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard i + 4 < bytes.count, var code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16) else {
                        throw error("invalid character in \\u hexadecimal character escape")
                    }
                    i += 4
                    // A surrogate pair spells one scalar.
                    if (0xD800..<0xDC00).contains(code), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u"),
                       let low = UInt32(String(decoding: bytes[(i + 3)...(i + 6)], as: UTF8.self), radix: 16), (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    out.append(contentsOf: Array(String(UnicodeScalar(code) ?? "\u{FFFD}").utf8))
                default: out.append(bytes[i])
                }
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        throw error("unexpected end of JSON input")
    }
}
