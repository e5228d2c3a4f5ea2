import YAML

/// A small TOML reader for `fromToml`: key/value pairs, `[tables]`, strings, numbers,
/// booleans and inline arrays.
enum TOMLDecoder {
    struct Failure: Error { var message: String }

    static func decode(_ text: String) throws -> [String: Value] {
        var root: [String: Value] = [:]
        var current: [String] = []
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = stripComment(String(rawLine)).trimmingSpaces
            if line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                current = line.dropFirst().dropLast().split(separator: ".").map { unquote(String($0).trimmingSpaces) }
                insert(&root, path: current, value: .map([:]), onlyIfMissing: true)
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                throw Failure(message: "toml: line \(n + 1): expected '='")
            }
            let k = unquote(String(line[..<eq]).trimmingSpaces)
            let v = try parseValue(String(line[line.index(after: eq)...]).trimmingSpaces, line: n + 1)
            insert(&root, path: current + [k], value: v, onlyIfMissing: false)
        }
        return root
    }

    private static func stripComment(_ s: String) -> String {
        var inString = false
        for (i, c) in s.enumerated() {
            if c == "\"" { inString.toggle() }
            if c == "#" && !inString { return String(s.prefix(i)) }
        }
        return s
    }

    private static func unquote(_ s: String) -> String {
        if s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") { return String(s.dropFirst().dropLast()) }
        return s
    }

    private static func parseValue(_ s: String, line: Int) throws -> Value {
        if s.hasPrefix("\"") && s.hasSuffix("\"") && s.count >= 2 {
            return .string(String(s.dropFirst().dropLast()).replacingEscapes())
        }
        if s.hasPrefix("'") && s.hasSuffix("'") && s.count >= 2 { return .string(String(s.dropFirst().dropLast())) }
        if s == "true" { return .bool(true) }
        if s == "false" { return .bool(false) }
        if s.hasPrefix("[") && s.hasSuffix("]") {
            let inner = s.dropFirst().dropLast().trimmingCharactersSpaces
            if inner.isEmpty { return .list([]) }
            return .list(try inner.split(separator: ",").map { try parseValue(String($0).trimmingSpaces, line: line) })
        }
        let digits = s.replacingUnderscores
        if let i = Int64(digits) { return .int(i) }
        if let f = Double(digits) { return .float(f) }
        throw Failure(message: "toml: line \(line): invalid value \(s)")
    }

    private static func insert(_ m: inout [String: Value], path: [String], value: Value, onlyIfMissing: Bool) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if onlyIfMissing, m[first] != nil { return }
            m[first] = value
            return
        }
        var sub = m[first]?.mapValue ?? [:]
        insert(&sub, path: Array(path.dropFirst()), value: value, onlyIfMissing: onlyIfMissing)
        m[first] = .map(sub)
    }
}

extension StringProtocol {
    fileprivate var trimmingCharactersSpaces: String { String(self).trimmingSpaces }
    fileprivate var replacingUnderscores: String { String(self.filter { $0 != "_" }) }
    fileprivate func replacingEscapes() -> String {
        var out = ""
        var escape = false
        for c in self {
            if escape {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                default: out.append(c)
                }
                escape = false
            } else if c == "\\" {
                escape = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
