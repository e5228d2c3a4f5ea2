/// How a scalar is spelled when an edit writes it: the old scalar's quoting is kept for
/// strings, and a string is quoted whenever writing it plain would change its type (`"1.2"`,
/// `"true"`, `"null"`) or its meaning (`a: b`, `#x`, leading spaces).
enum ScalarText {
    /// The inline text for scalar `node` written where a scalar of `oldStyle` stood, or nil
    /// when it cannot be written on one line (multi-line strings go to a literal block).
    static func inline(_ node: Node, replacing oldStyle: Node.Style) -> String? {
        let tag = effectiveTag(node)
        let value = node.value
        if value.contains("\n") { return nil }
        if tag != "!!str" {
            // Numbers, booleans, null: plain, as written where they came from (quoting them
            // would make them strings).
            if node.style.contains(.tagged) { return "\(node.tag) \(value)" }
            return value.isEmpty ? "null" : value
        }
        if oldStyle.contains(.singleQuoted) { return singleQuoted(value) }
        if oldStyle.contains(.doubleQuoted) { return doubleQuoted(value) }
        if isPlainSafe(value) { return value }
        return node.style.contains(.singleQuoted) ? singleQuoted(value) : doubleQuoted(value)
    }

    /// A mapping key as written in block or flow context.
    static func key(_ key: String) -> String {
        isPlainSafe(key) ? key : doubleQuoted(key)
    }

    /// The tag the node resolves to: explicit or resolved, `!!str` for quoted and block
    /// scalars.
    static func effectiveTag(_ node: Node) -> String {
        if !node.tag.isEmpty { return node.tag }
        if !node.style.isDisjoint(with: [.singleQuoted, .doubleQuoted, .literal, .folded]) { return "!!str" }
        return TagResolver.resolve(node.value)
    }

    /// Whether `s` reads back as the same string when written plain, in block or flow
    /// context: it resolves to `!!str`, starts with no indicator, holds no `: `, ` #`, flow
    /// indicators or control characters, and has no surrounding spaces.
    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.utf8.first, let last = s.utf8.last else { return false }
        guard TagResolver.resolve(s) == "!!str" else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") || last == UInt8(ascii: ":") { return false }
        let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
        if indicators.contains(first) {
            // `-x`, `?x` and `:x` are plain when not followed by a space; keep it simple and
            // allow only `-` followed by a non-space, as in `-Xmx512m`.
            guard first == UInt8(ascii: "-"), s.utf8.count > 1, Array(s.utf8)[1] != UInt8(ascii: " ") else { return false }
        }
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F { return false }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
                || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") { return false }
            if b == UInt8(ascii: "#") && previous == UInt8(ascii: " ") { return false }
            if previous == UInt8(ascii: ":") && b == UInt8(ascii: " ") { return false }
            previous = b
        }
        return true
    }

    static func singleQuoted(_ s: String) -> String {
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return doubleQuoted(s) }
        return "'" + s.replacingAll("'", with: "''") + "'"
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A literal block (`|`, `|-` or `|+` and its lines at `indent`) for a multi-line string,
    /// or nil when a literal block cannot hold it (leading spaces on the first line, control
    /// characters, trailing spaces).
    static func literalBlock(_ s: String, indent: Int) -> [UInt8]? {
        guard !s.isEmpty, !s.hasPrefix(" "), !s.hasPrefix("\n") else { return nil }
        if s.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) { return nil }
        var body = s
        var header = "|"
        if !s.hasSuffix("\n") {
            header = "|-"
        } else if s.hasSuffix("\n\n") {
            header = "|+"
        }
        if body.hasSuffix("\n") { body.removeLast() }
        let pad = String(repeating: " ", count: indent)
        var out = header
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix(" ") { return nil }
            out += "\n" + (line.isEmpty ? "" : pad + line)
        }
        return Array(out.utf8)
    }
}

fileprivate extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
