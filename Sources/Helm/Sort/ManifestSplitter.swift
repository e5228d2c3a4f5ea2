/// Helm's `releaseutil.SplitManifests`: splits a rendered file on the separator regex
/// `(?:^|\s*\n)---\s*`, trims each document and drops empty ones.
enum ManifestSplitter {
    static func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lo = 0, hi = bytes.count
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        var docs: [String] = []
        var start = lo
        var i = lo
        // A separator at the very start ("^---").
        if hasDashes(bytes, lo, hi) {
            i = lo + 3
            while i < hi, isSpace(bytes[i]) { i += 1 }
            docs.append("")
            start = i
        }
        while i < hi {
            if bytes[i] == UInt8(ascii: "\n"), hasDashes(bytes, i + 1, hi) {
                // The separator also swallows whitespace before the newline.
                var end = i
                while end > start, isSpace(bytes[end - 1]) { end -= 1 }
                docs.append(String(decoding: bytes[start..<end], as: UTF8.self))
                var j = i + 4
                while j < hi, isSpace(bytes[j]) { j += 1 }
                start = j
                i = j
                continue
            }
            i += 1
        }
        docs.append(String(decoding: bytes[start..<hi], as: UTF8.self))
        return docs.compactMap { d in
            let t = trim(d)
            return t.isEmpty ? nil : t
        }
    }

    private static func hasDashes(_ b: [UInt8], _ at: Int, _ end: Int) -> Bool {
        at + 3 <= end && b[at] == UInt8(ascii: "-") && b[at + 1] == UInt8(ascii: "-") && b[at + 2] == UInt8(ascii: "-")
    }

    /// Go's `unicode.IsSpace` for ASCII plus the Latin-1 spaces regexp `\s` does not include;
    /// `\s` in RE2 is `[\t\n\f\r ]`.
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }

    /// `strings.TrimSpace` (Unicode white space, including \v and U+0085/U+00A0).
    static func trim(_ s: String) -> String {
        // ASCII ends are trimmed on bytes (rendered files are large); a non-ASCII end goes
        // the scalar way below.
        let utf8 = s.utf8
        var lo = utf8.startIndex, hi = utf8.endIndex
        while lo < hi, isASCIISpace(utf8[lo]) { lo = utf8.index(after: lo) }
        while hi > lo, isASCIISpace(utf8[utf8.index(before: hi)]) { hi = utf8.index(before: hi) }
        let asciiTrimmed = lo == utf8.startIndex && hi == utf8.endIndex ? s : String(s[lo..<hi])
        let first = asciiTrimmed.utf8.first, last = asciiTrimmed.utf8.last
        if (first ?? 0) < 0x80 && (last ?? 0) < 0x80 { return asciiTrimmed }
        return trimScalars(asciiTrimmed)
    }

    private static func isASCIISpace(_ b: UInt8) -> Bool { (0x09...0x0D).contains(b) || b == 0x20 }

    private static func trimScalars(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.unicodeScalars.first, isGoSpace(f) { sub = Substring(sub.unicodeScalars.dropFirst()) }
        while let l = sub.unicodeScalars.last, isGoSpace(l) { sub = Substring(sub.unicodeScalars.dropLast()) }
        return String(sub)
    }

    static func isGoSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        default: return s.value > 0xFF && s.properties.isWhitespace
        }
    }
}
