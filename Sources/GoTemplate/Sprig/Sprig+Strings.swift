/// Sprig's string functions (`strings.go`, goutils, xstrings).
enum SprigStrings {
    typealias F = TemplateFunction

    static func mapScalars(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(f(u)) }
        return String(out)
    }

    /// unicode.ToUpper / ToLower / ToTitle: simple one-to-one mappings only.
    static func upper(_ u: Unicode.Scalar) -> Unicode.Scalar {
        if u.value < 0x80 { return (u.value >= 0x61 && u.value <= 0x7a) ? Unicode.Scalar(u.value - 32)! : u }
        let m = u.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : u
    }

    static func lower(_ u: Unicode.Scalar) -> Unicode.Scalar {
        if u.value < 0x80 { return (u.value >= 0x41 && u.value <= 0x5a) ? Unicode.Scalar(u.value + 32)! : u }
        let m = u.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : u
    }

    static func title(_ u: Unicode.Scalar) -> Unicode.Scalar {
        if u.value < 0x80 { return upper(u) }
        let m = u.properties.titlecaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : u
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0: return true
        default: return u.value > 0xff && u.properties.isWhitespace
        }
    }

    /// strings.Title: the first letter of each word, words split at separators.
    static func goTitle(_ s: String) -> String {
        var prev: Unicode.Scalar = " "
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            out.append(isSeparator(prev) ? title(u) : u)
            prev = u
        }
        return String(out)
    }

    private static func isSeparator(_ r: Unicode.Scalar) -> Bool {
        if r.value <= 0x7f {
            let b = UInt8(r.value)
            if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b == 0x5f { return false }
            return true
        }
        if r.properties.isAlphabetic || r.properties.numericType != nil { return false }
        return isSpace(r)
    }

    static func trimSet(_ s: String, _ cut: String) -> String {
        let set = Set(cut.unicodeScalars)
        let scalars = Array(s.unicodeScalars)
        var i = 0, j = scalars.count
        while i < j, set.contains(scalars[i]) { i += 1 }
        while j > i, set.contains(scalars[j - 1]) { j -= 1 }
        return String(String.UnicodeScalarView(scalars[i..<j]))
    }

    static func trimSpace(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var i = 0, j = scalars.count
        while i < j, isSpace(scalars[i]) { i += 1 }
        while j > i, isSpace(scalars[j - 1]) { j -= 1 }
        return String(String.UnicodeScalarView(scalars[i..<j]))
    }

    /// strings.Replace(s, old, new, -1) over bytes (an empty `old` inserts between runes).
    static func replaceAll(_ s: String, _ old: String, _ new: String) -> String {
        if old.isEmpty {
            var out = new
            for u in s.unicodeScalars { out.unicodeScalars.append(u); out += new }
            return out
        }
        return split(s, old).joined(separator: new)
    }

    /// strings.Split (an empty separator splits into runes).
    static func split(_ s: String, _ sep: String, limit: Int = -1) -> [String] {
        if limit == 0 { return [] }
        if sep.isEmpty {
            var parts = s.unicodeScalars.map { String($0) }
            if limit > 0 && parts.count > limit {
                let rest = parts[(limit - 1)...].joined()
                parts = Array(parts[..<(limit - 1)]) + [rest]
            }
            return parts
        }
        let hay = Array(s.utf8), needle = Array(sep.utf8)
        var parts: [String] = []
        var start = 0, i = 0
        let first = needle[0]
        while i + needle.count <= hay.count {
            if limit > 0 && parts.count == limit - 1 { break }
            if hay[i] == first && matches(hay, at: i, needle) {
                parts.append(String(decoding: hay[start..<i], as: UTF8.self))
                i += needle.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: hay[start...], as: UTF8.self))
        return parts
    }

    @inline(__always)
    static func matches(_ hay: [UInt8], at i: Int, _ needle: [UInt8]) -> Bool {
        var k = 1
        while k < needle.count {
            if hay[i + k] != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// `indent`: the pad before the text and after every newline, built in one buffer.
    static func indent(_ n: Int, _ s: String) -> String {
        let width = max(0, n)
        var text = s
        // Big Bang pipes whole values documents through `nindent`: copy line runs into a
        // string allocated once at its final size instead of appending byte by byte.
        return text.withUTF8 { bytes in
            var lines = 1
            for b in bytes where b == 10 { lines += 1 }
            return String(unsafeUninitializedCapacity: bytes.count + width * lines) { out in
                var o = 0
                func pad() {
                    for i in 0..<width { out[o + i] = UInt8(ascii: " ") }
                    o += width
                }
                pad()
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != 10 { end += 1 }
                    let stop = end < bytes.count ? end + 1 : end
                    for i in start..<stop { out[o + i - start] = bytes[i] }
                    o += stop - start
                    if end < bytes.count { pad() }
                    start = stop
                }
                return o
            }
        }
    }

    /// goutils `WrapCustom(str, wrapLength, newLine, wrapLongWords)`.
    static func wrap(_ str: String, _ wrapLength: Int, _ newLine: String, _ wrapLongWords: Bool) -> String {
        let s = Array(str.unicodeScalars)
        if s.isEmpty { return "" }
        let length = wrapLength < 1 ? 1 : wrapLength
        let inputLength = s.count
        var offset = 0
        var out = String.UnicodeScalarView()
        func appendRange(_ a: Int, _ b: Int) { out.append(contentsOf: s[a..<b]) }
        while inputLength - offset > length {
            if s[offset] == " " { offset += 1; continue }
            let end = min(length + offset + 1, inputLength)
            var spaceToWrapAt = -1
            var k = end - 1
            while k >= offset { if s[k] == " " { spaceToWrapAt = k; break }; k -= 1 }
            if spaceToWrapAt >= offset {
                appendRange(offset, spaceToWrapAt)
                out.append(contentsOf: newLine.unicodeScalars)
                offset = spaceToWrapAt + 1
            } else if wrapLongWords {
                appendRange(offset, length + offset)
                out.append(contentsOf: newLine.unicodeScalars)
                offset += length
            } else {
                var next = -1
                var m = length + offset
                while m < inputLength { if s[m] == " " { next = m; break }; m += 1 }
                if next >= 0 {
                    appendRange(offset, next)
                    out.append(contentsOf: newLine.unicodeScalars)
                    offset = next + 1
                } else {
                    appendRange(offset, inputLength)
                    offset = inputLength
                }
            }
        }
        appendRange(offset, inputLength)
        return String(out)
    }

    /// goutils `Abbreviate(str, maxWidth)` = `AbbreviateFull(str, 0, maxWidth)`.
    static func abbreviateFull(_ str: String, _ offset0: Int, _ maxWidth: Int) -> String {
        let s = Array(str.unicodeScalars)
        func sub(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(s[max(0, a)..<min(s.count, max(a, b))])) }
        if s.count <= maxWidth { return str }
        var offset = offset0
        if offset > s.count { offset = s.count }
        if s.count - offset < maxWidth - 3 { offset = s.count - (maxWidth - 3) }
        if offset <= 4 { return sub(0, maxWidth - 3) + "..." }
        if offset + maxWidth - 3 < s.count {
            return "..." + abbreviateFull(sub(offset, s.count), 0, maxWidth - 3)
        }
        return "..." + sub(s.count - (maxWidth - 3), s.count)
    }

    /// goutils `Initials`: first rune of each space-delimited word.
    static func initials(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasGap = true
        for u in s.unicodeScalars {
            if isSpace(u) { lastWasGap = true }
            else if lastWasGap { out.append(u); lastWasGap = false }
        }
        return String(out)
    }

    /// goutils `Uncapitalize`: the first letter of every space-separated word in lower case.
    static func uncapitalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var atWordStart = true
        for u in s.unicodeScalars {
            if isSpace(u) { atWordStart = true; out.append(u); continue }
            out.append(atWordStart ? lower(u) : u)
            atWordStart = false
        }
        return String(out)
    }

    /// goutils `SwapCase`.
    static func swapCase(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var whitespace = true
        for u in s.unicodeScalars {
            let isUpper = u.properties.isUppercase, isLower = u.properties.isLowercase
            if isUpper || u.properties.changesWhenTitlecased && !isLower && !isUpper {
                out.append(lower(u)); whitespace = false
            } else if isLower {
                out.append(whitespace ? title(u) : upper(u)); whitespace = false
            } else {
                out.append(u); whitespace = isSpace(u)
            }
        }
        return String(out)
    }

    /// `substr`: Go slicing, which fails outside the string.
    static func substring(_ start: Int, _ end: Int, _ s: String) throws -> String {
        let b = Array(s.utf8)
        if start < 0 {
            guard end >= 0, end <= b.count else { throw TemplateFunctionError("runtime error: slice bounds out of range [:\(end)] with length \(b.count)") }
            return String(decoding: b[..<end], as: UTF8.self)
        }
        if end < 0 || end > b.count {
            guard start <= b.count else { throw TemplateFunctionError("runtime error: slice bounds out of range [\(start):\(b.count)]") }
            return String(decoding: b[start...], as: UTF8.self)
        }
        guard start <= end else { throw TemplateFunctionError("runtime error: slice bounds out of range [\(start):\(end)]") }
        return String(decoding: b[start..<end], as: UTF8.self)
    }

    static func trunc(_ c: Int, _ s: String) -> String {
        let b = Array(s.utf8)
        if c < 0 && b.count + c > 0 { return String(decoding: b[(b.count + c)...], as: UTF8.self) }
        if c >= 0 && b.count > c { return String(decoding: b[..<c], as: UTF8.self) }
        return s
    }
}

