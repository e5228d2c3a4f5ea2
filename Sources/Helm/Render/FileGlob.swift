/// The glob dialect of `.Files.Glob` (gobwas/glob with '/' as separator): `*` stays inside a
/// path segment, `**` crosses segments, `?`, `[a-z]`, `[!x]`, `{a,b}` alternatives, `\` escapes.
struct FileGlob {
    indirect enum Token {
        case literal(Unicode.Scalar)
        case star
        case superStar
        case any
        case set(negated: Bool, ranges: [(Unicode.Scalar, Unicode.Scalar)])
        case alternatives([[Token]])
    }

    let tokens: [Token]

    /// Nil when the pattern does not compile (Helm then matches everything with `**`).
    init?(_ pattern: String) {
        var scalars = Array(pattern.unicodeScalars)[...]
        guard let t = FileGlob.parse(&scalars, inAlternative: false), scalars.isEmpty else { return nil }
        tokens = t
    }

    private static func parse(_ s: inout ArraySlice<Unicode.Scalar>, inAlternative: Bool) -> [Token]? {
        var out: [Token] = []
        while let c = s.first {
            if inAlternative && (c == "," || c == "}") { return out }
            s = s.dropFirst()
            switch c {
            case "*":
                if s.first == "*" { s = s.dropFirst(); out.append(.superStar) } else { out.append(.star) }
            case "?": out.append(.any)
            case "\\":
                guard let e = s.first else { return nil }
                s = s.dropFirst()
                out.append(.literal(e))
            case "[":
                var negated = false
                if s.first == "!" { negated = true; s = s.dropFirst() }
                var ranges: [(Unicode.Scalar, Unicode.Scalar)] = []
                while let f = s.first, f != "]" {
                    s = s.dropFirst()
                    if s.first == "-", s.count > 1, let hi = s.dropFirst().first, hi != "]" {
                        s = s.dropFirst(2)
                        ranges.append((f, hi))
                    } else {
                        ranges.append((f, f))
                    }
                }
                guard s.first == "]" else { return nil }
                s = s.dropFirst()
                out.append(.set(negated: negated, ranges: ranges))
            case "{":
                var alts: [[Token]] = []
                while true {
                    guard let alt = parse(&s, inAlternative: true) else { return nil }
                    alts.append(alt)
                    guard let f = s.first else { return nil }
                    s = s.dropFirst()
                    if f == "}" { break }
                }
                out.append(.alternatives(alts))
            default:
                out.append(.literal(c))
            }
        }
        return inAlternative ? nil : out
    }

    func matches(_ name: String) -> Bool {
        FileGlob.match(tokens[...], Array(name.unicodeScalars)[...])
    }

    private static func match(_ t: ArraySlice<Token>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = t.first else { return s.isEmpty }
        let rest = t.dropFirst()
        switch first {
        case .literal(let c):
            guard s.first == c else { return false }
            return match(rest, s.dropFirst())
        case .any:
            guard let c = s.first, c != "/" else { return false }
            return match(rest, s.dropFirst())
        case .set(let negated, let ranges):
            guard let c = s.first else { return false }
            let inSet = ranges.contains { $0.0.value <= c.value && c.value <= $0.1.value }
            guard inSet != negated else { return false }
            return match(rest, s.dropFirst())
        case .star, .superStar:
            var i = s.startIndex
            while true {
                if match(rest, s[i...]) { return true }
                guard i < s.endIndex else { return false }
                if case .star = first, s[i] == "/" { return false }
                i += 1
            }
        case .alternatives(let alts):
            return alts.contains { alt in match(ArraySlice(alt + Array(rest)), s) }
        }
    }
}
