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

    /// xstrings' word classes for `snakecase`/`kebabcase`.
    enum WordKind { case invalid, number, upper, alphabet, connector, punct, other }

    static func isPunct(_ r: Unicode.Scalar) -> Bool {
        switch r.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
    static func isUpper(_ r: Unicode.Scalar) -> Bool { r.properties.isUppercase && r.properties.generalCategory == .uppercaseLetter }
    static func isAlphabet(_ r: Unicode.Scalar) -> Bool { r.properties.isAlphabetic && r.properties.numericType == nil }
    static func isNumber(_ r: Unicode.Scalar) -> Bool { r.properties.numericType != nil }

    /// xstrings `nextWord`: the kind and extent of the word at the start of `s`.
    static func nextWord(_ s: ArraySlice<Unicode.Scalar>) -> (WordKind, ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>) {
        guard let r = s.first else { return (.invalid, s, s) }
        var i = s.startIndex + 1
        let kind: WordKind
        if isConnector(r) {
            kind = .connector
            while i < s.endIndex, isConnector(s[i]) { i += 1 }
        } else if isPunct(r) {
            kind = .punct
            while i < s.endIndex, isPunct(s[i]) { i += 1 }
        } else if isUpper(r) {
            kind = .upper
            if i < s.endIndex {
                if isUpper(s[i]) {
                    while i < s.endIndex, isUpper(s[i]) { i += 1 }
                    // "HTTPStatus" splits into "HTTP" and "Status".
                    if i < s.endIndex, isAlphabet(s[i]) { i -= 1 }
                } else if isAlphabet(s[i]) {
                    while i < s.endIndex, isAlphabet(s[i]), !isUpper(s[i]) { i += 1 }
                }
            }
        } else if isAlphabet(r) {
            kind = .alphabet
            while i < s.endIndex, isAlphabet(s[i]), !isUpper(s[i]) { i += 1 }
        } else if isNumber(r) {
            kind = .number
            while i < s.endIndex, isNumber(s[i]) { i += 1 }
        } else {
            kind = .other
            while i < s.endIndex, !(isConnector(s[i]) || isAlphabet(s[i]) || isNumber(s[i]) || isPunct(s[i])) { i += 1 }
        }
        return (kind, s[s.startIndex..<i], s[i...])
    }

    private static func toLower(_ out: inout String.UnicodeScalarView, _ kind: WordKind, _ word: ArraySlice<Unicode.Scalar>, _ connector: Unicode.Scalar) {
        guard kind == .upper || kind == .connector else { out.append(contentsOf: word); return }
        for r in word {
            if isConnector(r) { out.append(connector) } else if isUpper(r) { out.append(SprigStrings.lower(r)) } else { out.append(r) }
        }
    }

    /// xstrings `ToSnakeCase`/`ToKebabCase` (v1.5 `camelCaseToLowerCase`).
    static func lowerJoined(_ str: String, connector: Unicode.Scalar) -> String {
        let scalars = Array(str.unicodeScalars)
        if scalars.isEmpty { return "" }
        var out = String.UnicodeScalarView()
        var (wt, word, remaining) = nextWord(scalars[...])
        while !remaining.isEmpty {
            if wt != .connector { toLower(&out, wt, word, connector) }
            let prev = wt
            let last = word
            (wt, word, remaining) = nextWord(remaining)
            switch prev {
            case .number:
                while wt == .alphabet || wt == .number {
                    toLower(&out, wt, word, connector)
                    (wt, word, remaining) = nextWord(remaining)
                }
                if wt != .invalid && wt != .punct && wt != .connector { out.append(connector) }
            case .connector:
                toLower(&out, prev, last, connector)
            case .punct:
                break
            default:
                if wt != .number {
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                if remaining.isEmpty { break }
                let number = word
                (wt, word, remaining) = nextWord(remaining)
                // A number followed by a non-alphabet word belongs to the previous word ("Bld4Floor").
                if wt != .alphabet {
                    toLower(&out, .number, number, connector)
                    if wt != .connector && wt != .punct { out.append(connector) }
                    break
                }
                // Lower-case letters after a number start a new word ("HTTP2xx" → "http_2xx").
                out.append(connector)
                toLower(&out, .number, number, connector)
                while wt == .alphabet || wt == .number {
                    toLower(&out, wt, word, connector)
                    (wt, word, remaining) = nextWord(remaining)
                }
                if wt != .invalid && wt != .connector && wt != .punct { out.append(connector) }
            }
        }
        toLower(&out, wt, word, connector)
        return String(out)
    }

    /// xstrings `Shuffle`: a random permutation of the runes.
    static func shuffle(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        scalars.shuffle()
        return String(String.UnicodeScalarView(scalars))
    }
}
