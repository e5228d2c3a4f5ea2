/// xstrings' case conversions (`snakecase`, `kebabcase`, `camelcase`) and `shuffle`.
enum SprigCase {
    static func isConnector(_ r: Unicode.Scalar) -> Bool { r == "-" || r == "_" || SprigStrings.isSpace(r) }

    /// xstrings `ToCamelCase`: words joined by space, `_` or `-` become `SomeWords`.
    static func camel(_ str: String) -> String {
        var it = Array(str.unicodeScalars)[...]
        if it.isEmpty { return "" }
        var out = String.UnicodeScalarView()
        var r0: Unicode.Scalar = " "
        var found = false
        while let r = it.first {
            it = it.dropFirst()
            if !isConnector(r) { r0 = SprigStrings.upper(r); found = true; break }
            out.append(r)
        }
        if it.isEmpty {
            if found { out.append(r0) }
            return String(out)
        }
        while let r = it.first {
            it = it.dropFirst()
            let r1 = r0
            r0 = r
            if isConnector(r0) && isConnector(r1) { out.append(r1); continue }
            if isConnector(r1) { r0 = SprigStrings.upper(r0) } else { out.append(r1) }
        }
        out.append(r0)
        return String(out)
    }

    enum WordKind { case alpha, number, connector, punct }

    /// Splits at case changes (`HTTPServer` → HTTP, Server), digit runs and connectors.
    static func words(_ str: String) -> [(WordKind, [Unicode.Scalar])] {
        let s = Array(str.unicodeScalars)
        var out: [(WordKind, [Unicode.Scalar])] = []
        var i = 0
        func kind(_ r: Unicode.Scalar) -> WordKind {
            if isConnector(r) { return .connector }
            if r.properties.numericType != nil { return .number }
            if r.properties.isAlphabetic { return .alpha }
            return .punct
        }
        while i < s.count {
            let k = kind(s[i])
            var j = i + 1
            switch k {
            case .alpha:
                if s[i].properties.isUppercase {
                    // Upper run: "HTTPServer" → "HTTP" + "Server"; "Foo" stays whole.
                    while j < s.count, kind(s[j]) == .alpha, s[j].properties.isUppercase { j += 1 }
                    if j - i > 1 {
                        if j < s.count, kind(s[j]) == .alpha, s[j].properties.isLowercase { j -= 1 }
                    } else {
                        while j < s.count, kind(s[j]) == .alpha, !s[j].properties.isUppercase { j += 1 }
                    }
                } else {
                    while j < s.count, kind(s[j]) == .alpha, !s[j].properties.isUppercase { j += 1 }
                }
            default:
                while j < s.count, kind(s[j]) == k { j += 1 }
            }
            out.append((k, Array(s[i..<j])))
            i = j
        }
        return out
    }

    /// xstrings `ToSnakeCase`/`ToKebabCase`: lower-case words joined by `connector`.
    static func lowerJoined(_ str: String, connector: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        let ws = words(str)
        var needConnector = false
        var prev: WordKind? = nil
        for (k, w) in ws {
            switch k {
            case .connector:
                if prev != nil { needConnector = true }
                if prev == nil { out.append(connector) }
            case .punct:
                out.append(contentsOf: w)
                needConnector = false
            case .number:
                if needConnector || prev == .alpha { out.append(connector); needConnector = false }
                out.append(contentsOf: w)
            case .alpha:
                if needConnector || prev == .alpha || (prev == .number && w.first?.properties.isUppercase == true) {
                    out.append(connector)
                }
                needConnector = false
                for r in w { out.append(SprigStrings.lower(r)) }
            }
            if k != .connector { prev = k }
        }
        if needConnector { out.append(connector) }
        return String(out)
    }

    /// xstrings `Shuffle`: a random permutation of the runes.
    static func shuffle(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        scalars.shuffle()
        return String(String.UnicodeScalarView(scalars))
    }
}
