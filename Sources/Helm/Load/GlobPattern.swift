/// Go's `path.Match` over UTF-8 bytes: `*` (any run of non-'/' bytes), `?` (one non-'/'
/// character), `[...]` classes with ranges and `^` negation, `\` escapes.
/// Returns nil for a malformed pattern (Go's `ErrBadPattern`).
enum GlobPattern {
    static func match(_ pattern: String, _ name: String) -> Bool? {
        matchBytes(Array(pattern.utf8)[...], Array(name.unicodeScalars))
    }

    /// Pattern is bytes (ASCII syntax); the name is matched by Unicode scalar so `?` eats one character.
    private static func matchBytes(_ pattern: ArraySlice<UInt8>, _ name: [Unicode.Scalar]) -> Bool? {
        var p = pattern
        var n = name[...]
        nextChunk: while !p.isEmpty {
            var star = false
            while let f = p.first, f == UInt8(ascii: "*") { star = true; p = p.dropFirst() }
            let chunk = scanChunk(p)
            p = p[chunk.endIndex...]
            if star && chunk.isEmpty { return !n.contains("/") }
            // Match at the current position; the last chunk must use up the name.
            switch matchChunk(chunk, n) {
            case .none: return nil
            case .some(.some(let rest)) where rest.isEmpty || !p.isEmpty:
                n = rest
                continue nextChunk
            default: break
            }
            if star {
                // Retry after skipping 1, 2, ... characters (never a '/').
                var i = n.startIndex
                while i < n.endIndex, n[i] != "/" {
                    i += 1
                    switch matchChunk(chunk, n[i...]) {
                    case .none: return nil
                    case .some(.some(let rest)):
                        if p.isEmpty && !rest.isEmpty { continue }
                        n = rest
                        continue nextChunk
                    case .some(.none): continue
                    }
                }
            }
            // Report a malformed remainder as Go does before answering false.
            while !p.isEmpty {
                while let f = p.first, f == UInt8(ascii: "*") { p = p.dropFirst() }
                let c = scanChunk(p)
                p = p[c.endIndex...]
                if matchChunk(c, []) == nil { return nil }
            }
            return false
        }
        return n.isEmpty
    }

    /// The pattern up to (not including) the next unescaped, unbracketed '*'.
    private static func scanChunk(_ p: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var inRange = false
        var i = p.startIndex
        while i < p.endIndex {
            switch p[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < p.endIndex { i += 1 }
            case UInt8(ascii: "["): inRange = true
            case UInt8(ascii: "]"): inRange = false
            case UInt8(ascii: "*"): if !inRange { return p[p.startIndex..<i] }
            default: break
            }
            i += 1
        }
        return p
    }

    /// Matches `chunk` (no stars) at the start of `s`: the rest of `s` on success,
    /// `.some(nil)` on mismatch, nil on a malformed pattern.
    private static func matchChunk(_ chunk: ArraySlice<UInt8>, _ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>?? {
        var c = chunk
        var s = s
        var failed = false
        while !c.isEmpty {
            if !failed && s.isEmpty { failed = true }
            let b = c[c.startIndex]
            switch b {
            case UInt8(ascii: "["):
                var ch: Unicode.Scalar = "\0"
                if !failed { ch = s[s.startIndex]; s = s.dropFirst() }
                c = c.dropFirst()
                var negated = false
                if let f = c.first, f == UInt8(ascii: "^") { negated = true; c = c.dropFirst() }
                var matched = false
                var count = 0
                while true {
                    if let f = c.first, f == UInt8(ascii: "]"), count > 0 { c = c.dropFirst(); break }
                    guard let lo = escapedScalar(&c) else { return .none }
                    var hi = lo
                    if let f = c.first, f == UInt8(ascii: "-") {
                        c = c.dropFirst()
                        guard let h = escapedScalar(&c) else { return .none }
                        hi = h
                    }
                    if lo.value <= ch.value && ch.value <= hi.value { matched = true }
                    count += 1
                }
                if matched == negated { failed = true }
            case UInt8(ascii: "?"):
                if !failed {
                    if s[s.startIndex] == "/" { failed = true }
                    s = s.dropFirst()
                }
                c = c.dropFirst()
            case UInt8(ascii: "\\"):
                c = c.dropFirst()
                guard let e = c.first else { return .none }
                if !failed {
                    if s[s.startIndex] != Unicode.Scalar(e) { failed = true }
                    s = s.dropFirst()
                }
                c = c.dropFirst()
            default:
                if !failed {
                    // Compare one pattern scalar (decoded from UTF-8) with the name.
                    guard let (scalar, len) = decodeScalar(c) else { return .none }
                    if s[s.startIndex] != scalar { failed = true }
                    s = s.dropFirst()
                    c = c.dropFirst(len)
                } else {
                    c = c.dropFirst()
                }
            }
        }
        if failed { return .some(nil) }
        return .some(s)
    }

    private static func escapedScalar(_ c: inout ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard var f = c.first, f != UInt8(ascii: "-"), f != UInt8(ascii: "]") else { return nil }
        if f == UInt8(ascii: "\\") {
            c = c.dropFirst()
            guard let e = c.first else { return nil }
            f = e
        }
        guard let (scalar, len) = decodeScalar(c) else { return nil }
        c = c.dropFirst(len)
        return c.isEmpty ? nil : scalar
    }

    private static func decodeScalar(_ c: ArraySlice<UInt8>) -> (Unicode.Scalar, Int)? {
        guard let first = c.first else { return nil }
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        var it = c.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return (s, s.utf8Count) }
        return nil
    }
}

extension Unicode.Scalar {
    fileprivate var utf8Count: Int { String(self).utf8.count }
}
