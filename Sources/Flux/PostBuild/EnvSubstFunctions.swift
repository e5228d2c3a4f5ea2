/// envsubst's string functions that need more than a line (fluxcd/pkg `envsubst/funcs.go`).
enum EnvSubstFunctions {
    enum ReplaceMode { case first, all, prefix, suffix }

    /// Shell-style match of the whole `text`: `*` any run (slashes included), `?` one
    /// character, anything else literal.
    static func globMatches(_ text: ArraySlice<Character>, _ pattern: ArraySlice<Character>) -> Bool {
        var t = text.startIndex, p = pattern.startIndex
        var star: Int? = nil, mark = t
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "?" || (pattern[p] != "*" && pattern[p] == text[t]) {
                t += 1; p += 1
            } else if p < pattern.endIndex, pattern[p] == "*" {
                star = p; mark = t; p += 1
            } else if let s = star {
                p = s + 1; mark += 1; t = mark
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// `${v#p}` `${v##p}` (prefix) and `${v%p}` `${v%%p}` (suffix): the shortest or longest
    /// non-empty part matching the glob is removed. Suffixes work on the reversed text and
    /// pattern, as the Go code does.
    static func trim(_ value: String, pattern: String, prefix: Bool, longest: Bool) -> String {
        let v = prefix ? Array(value) : Array(value.reversed())
        let p = prefix ? Array(pattern) : Array(pattern.reversed())
        guard !v.isEmpty else { return value }
        let lengths = longest ? Array((1...v.count).reversed()) : Array(1...v.count)
        for n in lengths where globMatches(v[0..<n], p[...]) {
            let rest = v[n...]
            return prefix ? String(rest) : String(rest.reversed())
        }
        return value
    }

    /// `${v/p/s}` `${v//p/s}` `${v/#p/s}` `${v/%p/s}`: literal (not glob) replacement, as
    /// the fork's `strings.Replace` calls do. `replacement` nil means the form had no
    /// replacement part, which leaves the prefix and suffix forms a no-op.
    static func replace(_ value: String, pattern: String, with replacement: String?, mode: ReplaceMode) -> String {
        let r = replacement ?? ""
        switch mode {
        case .prefix:
            guard replacement != nil, value.hasPrefix(pattern) else { return value }
            return r + value.dropFirst(pattern.count)
        case .suffix:
            guard replacement != nil, value.hasSuffix(pattern) else { return value }
            return value.dropLast(pattern.count) + r
        case .first:
            if pattern.isEmpty { return r + value }
            guard let range = value.range(of: pattern) else { return value }
            return value.replacingCharacters(in: range, with: r)
        case .all:
            if pattern.isEmpty {
                // Go's strings.Replace with an empty old string inserts before every rune and at the end.
                return value.unicodeScalars.map { r + String($0) }.joined() + r
            }
            return value.replacingOccurrences(of: pattern, with: r)
        }
    }

    /// `${v:pos}` / `${v:pos:len}` on bytes, bash-like: bad numbers give the value back,
    /// negative positions count from the end, a negative length stops that far from the end.
    static func substring(_ value: String, position: String, length: String?) -> String {
        let v = Array(value.utf8)
        guard var pos = Int(position) else { return value }
        if pos < 0 { pos = max(0, v.count.addingReportingOverflow(pos).partialValue) }
        guard let length else { return pos < v.count ? String(decoding: v[pos...], as: UTF8.self) : "" }
        guard let len = Int(length) else { return value }
        if len < 0 {
            let (end, overflow) = v.count.addingReportingOverflow(len)
            guard !overflow, end >= pos, pos <= v.count else { return "" }
            return String(decoding: v[pos..<end], as: UTF8.self)
        }
        if len >= v.count - min(pos, v.count) { return pos < v.count ? String(decoding: v[pos...], as: UTF8.self) : "" }
        return String(decoding: v[pos..<(pos + len)], as: UTF8.self)
    }
}
