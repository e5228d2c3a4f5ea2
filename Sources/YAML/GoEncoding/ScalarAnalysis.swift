/// libyaml's `yaml_emitter_analyze_scalar`: which styles can carry a scalar's text unchanged.
struct ScalarAnalysis {
    var length: Int
    var multiline = false
    var flowPlainAllowed = true
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    init(_ s: [UInt8]) {
        length = s.count
        if s.isEmpty {
            flowPlainAllowed = false
            blockAllowed = false
            return
        }
        if Self.analyzeSimpleASCII(s, into: &self) { return }
        apply(Self.printableASCIIFindings(s) ?? Self.findings(s))
    }

    /// What a scan of the text found, before it is turned into allowed styles.
    struct Findings: Equatable {
        var blockIndicators = false
        var flowIndicators = false
        var lineBreaks = false
        var specialCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
    }

    private mutating func apply(_ f: Findings) {
        multiline = f.lineBreaks
        if f.leadingSpace || f.leadingBreak || f.trailingSpace || f.trailingBreak {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if f.trailingSpace { blockAllowed = false }
        if f.breakSpace {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if f.spaceBreak || f.specialCharacters {
            flowPlainAllowed = false
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if f.lineBreaks {
            flowPlainAllowed = false
            blockPlainAllowed = false
        }
        if f.flowIndicators { flowPlainAllowed = false }
        if f.blockIndicators { blockPlainAllowed = false }
    }

    /// `---` or `...` at the start: both indicators.
    @inline(__always)
    private static func startsWithDocumentMarker(_ s: [UInt8]) -> Bool {
        s.count >= 3 && ((s[0] == 0x2D && s[1] == 0x2D && s[2] == 0x2D) || (s[0] == 0x2E && s[1] == 0x2E && s[2] == 0x2E))
    }

    /// libyaml's indicator rules for one character (`first`: the text's first character;
    /// whitespace before or after includes the text's start and end). Shared by both scans.
    @inline(__always)
    private static func noteIndicators(_ c: UInt8, first: Bool, followedByWhitespace: Bool,
                                       precededByWhitespace: Bool, in f: inout Findings) {
        if first {
            switch c {
            case 0x23, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
                f.flowIndicators = true
                f.blockIndicators = true
            case 0x3F, 0x3A:
                f.flowIndicators = true
                if followedByWhitespace { f.blockIndicators = true }
            case 0x2D:
                if followedByWhitespace {
                    f.flowIndicators = true
                    f.blockIndicators = true
                }
            default: break
            }
        } else {
            switch c {
            case 0x2C, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D: f.flowIndicators = true
            case 0x3A:
                f.flowIndicators = true
                if followedByWhitespace { f.blockIndicators = true }
            case 0x23:
                if precededByWhitespace {
                    f.flowIndicators = true
                    f.blockIndicators = true
                }
            default: break
            }
        }
    }

    /// libyaml's scan, character by character, for any UTF-8 text (non-empty).
    static func findings(_ s: [UInt8]) -> Findings {
        var f = Findings()
        var previousSpace = false, previousBreak = false
        if startsWithDocumentMarker(s) {
            f.blockIndicators = true
            f.flowIndicators = true
        }
        var precededByWhitespace = true
        var followedByWhitespace = Self.isBlankZ(s, Self.width(s[0]))
        var i = 0
        while i < s.count {
            let c = s[i]
            noteIndicators(c, first: i == 0, followedByWhitespace: followedByWhitespace,
                           precededByWhitespace: precededByWhitespace, in: &f)
            if !Self.isPrintable(s, i) { f.specialCharacters = true }
            let w = max(Self.width(c), 1)
            let isLast = i + w >= s.count
            if Self.isBreak(s, i) { f.lineBreaks = true }
            if c == 0x20 {
                if i == 0 { f.leadingSpace = true }
                if isLast { f.trailingSpace = true }
                if previousBreak { f.breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if Self.isBreak(s, i) {
                if i == 0 { f.leadingBreak = true }
                if isLast { f.trailingBreak = true }
                if previousSpace { f.spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlankZ(s, i)
            i += w
            if i < s.count { followedByWhitespace = Self.isBlankZ(s, i + max(Self.width(s[i]), 1)) }
        }
        return f
    }

    /// The same scan in one tight pass for text of printable ASCII and line feeds only (the
    /// multi-line blocks charts pass through toYaml, where the general scan's per-character
    /// class checks dominated); nil for any other byte. Agreement with `findings` is tested.
    static func printableASCIIFindings(_ s: [UInt8]) -> Findings? {
        s.withUnsafeBufferPointer { p -> Findings? in
            let n = p.count
            var f = Findings()
            var previousSpace = false, previousBreak = false
            var precededByWhitespace = true
            var i = 0
            while i < n {
                let c = p[i]
                guard (c >= 0x20 && c <= 0x7E) || c == 0x0A else { return nil }
                let followedByWhitespace = i + 1 >= n || p[i + 1] == 0x20 || p[i + 1] == 0x0A
                noteIndicators(c, first: i == 0, followedByWhitespace: followedByWhitespace,
                               precededByWhitespace: precededByWhitespace, in: &f)
                if c == 0x20 {
                    if i == 0 { f.leadingSpace = true }
                    if i + 1 == n { f.trailingSpace = true }
                    if previousBreak { f.breakSpace = true }
                    previousSpace = true
                    previousBreak = false
                    precededByWhitespace = true
                } else if c == 0x0A {
                    f.lineBreaks = true
                    if i == 0 { f.leadingBreak = true }
                    if i + 1 == n { f.trailingBreak = true }
                    if previousSpace { f.spaceBreak = true }
                    previousSpace = false
                    previousBreak = true
                    precededByWhitespace = true
                } else {
                    previousSpace = false
                    previousBreak = false
                    precededByWhitespace = false
                }
                i += 1
            }
            if startsWithDocumentMarker(s) {
                f.blockIndicators = true
                f.flowIndicators = true
            }
            return f
        }
    }

    /// The same analysis for the common case of printable ASCII without spaces, in one pass;
    /// returns false (and leaves `a` alone) for anything else.
    private static func analyzeSimpleASCII(_ s: [UInt8], into a: inout ScalarAnalysis) -> Bool {
        var flow = false
        for c in s {
            guard c > 0x20 && c < 0x7F else { return false }
            switch c {
            case 0x2C, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D, 0x3A: flow = true
            default: break
            }
        }
        var block = false
        let first = s[0]
        switch first {
        case 0x23, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            flow = true
            block = true
        case 0x3F, 0x3A, 0x2D:
            // Followed by whitespace only when it is the whole text.
            if s.count == 1 { flow = true; block = true }
        default: break
        }
        if startsWithDocumentMarker(s) {
            flow = true
            block = true
        }
        // A ':' at the end is followed by the end of text, which counts as whitespace.
        if s.count > 1 && s[s.count - 1] == 0x3A { block = true }
        a.flowPlainAllowed = !flow
        a.blockPlainAllowed = !block
        return true
    }

    // MARK: libyaml character classes on UTF-8 bytes

    /// Bytes in the UTF-8 sequence led by `b` (0 for a stray continuation byte).
    static func width(_ b: UInt8) -> Int {
        if b & 0x80 == 0 { return 1 }
        if b & 0xE0 == 0xC0 { return 2 }
        if b & 0xF0 == 0xE0 { return 3 }
        if b & 0xF8 == 0xF0 { return 4 }
        return 0
    }

    static func at(_ s: [UInt8], _ i: Int) -> UInt8 { i < s.count ? s[i] : 0 }

    /// `\r`, `\n`, NEL, LS, PS.
    static func isBreak(_ s: [UInt8], _ i: Int) -> Bool {
        let c = at(s, i)
        if c == 0x0D || c == 0x0A { return true }
        if c == 0xC2 && at(s, i + 1) == 0x85 { return true }
        if c == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0xA8 || at(s, i + 2) == 0xA9) { return true }
        return false
    }

    /// Space, tab, a break, or the end of the text (libyaml reads the terminating NUL there).
    static func isBlankZ(_ s: [UInt8], _ i: Int) -> Bool {
        let c = at(s, i)
        return c == 0x20 || c == 0x09 || c == 0 || isBreak(s, i)
    }

    static func isBOM(_ s: [UInt8], _ i: Int) -> Bool {
        at(s, i) == 0xEF && at(s, i + 1) == 0xBB && at(s, i + 2) == 0xBF
    }

    /// libyaml `IS_PRINTABLE`: LF, 0x20–0x7E, and the BMP from U+00A0 minus surrogates, BOM,
    /// U+FFFE/U+FFFF. Everything beyond the BMP counts as not printable (hence `\U0001F680`).
    static func isPrintable(_ s: [UInt8], _ i: Int) -> Bool {
        let c = at(s, i), n = at(s, i + 1)
        switch c {
        case 0x0A, 0x20...0x7E: return true
        case 0xC2: return n >= 0xA0
        case 0xC3...0xEC: return true
        case 0xED: return n < 0xA0
        case 0xEE: return true
        case 0xEF:
            let n2 = at(s, i + 2)
            return !(n == 0xBB && n2 == 0xBF) && !(n == 0xBF && (n2 == 0xBE || n2 == 0xBF))
        default: return false
        }
    }

    static func decode(_ s: [UInt8], _ i: Int, width: Int) -> UInt32 {
        let c = UInt32(s[i])
        var value: UInt32
        switch width {
        case 2: value = c & 0x1F
        case 3: value = c & 0x0F
        case 4: value = c & 0x07
        default: return c
        }
        var k = 1
        while k < width && i + k < s.count {
            value = (value << 6) | (UInt32(s[i + k]) & 0x3F)
            k += 1
        }
        return value
    }
}
