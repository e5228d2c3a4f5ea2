/// Go's `strconv.Quote`: double-quoted with Go escapes; printable Unicode kept as is.
public func goQuote(_ s: String) -> String {
    var out = "\""
    appendGoQuoted(s, to: &out, quote: "\"", asciiOnly: false)
    out += "\""
    return out
}

/// Go's `strconv.QuoteToASCII` (`%+q`).
func goQuoteASCII(_ s: String) -> String {
    var out = "\""
    appendGoQuoted(s, to: &out, quote: "\"", asciiOnly: true)
    out += "\""
    return out
}

/// Go's `strconv.QuoteRune` (`%q` of an integer).
func goQuoteRune(_ r: Unicode.Scalar) -> String {
    var out = "'"
    appendGoQuoted(String(Character(r)), to: &out, quote: "'", asciiOnly: false)
    out += "'"
    return out
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
func goIsPrint(_ r: Unicode.Scalar) -> Bool {
    if r.value < 0x80 { return r.value >= 0x20 && r.value < 0x7f }
    switch r.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

private func hex(_ v: UInt32, width: Int) -> String {
    var h = String(v, radix: 16)
    while h.count < width { h = "0" + h }
    return h
}

func appendGoQuoted(_ s: String, to out: inout String, quote: Character, asciiOnly: Bool) {
    for r in s.unicodeScalars {
        if r == "\u{FFFD}" { out += "\\ufffd"; continue }
        switch r {
        case "\u{07}": out += "\\a"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{0B}": out += "\\v"
        case "\\": out += "\\\\"
        default:
            if Character(r) == quote { out += "\\"; out.unicodeScalars.append(r); continue }
            if goIsPrint(r) && (!asciiOnly || r.value < 0x80) {
                out.unicodeScalars.append(r)
            } else if r.value < 0x20 || r.value == 0x7f {
                out += "\\x" + hex(r.value, width: 2)
            } else if r.value < 0x10000 {
                out += "\\u" + hex(r.value, width: 4)
            } else {
                out += "\\U" + hex(r.value, width: 8)
            }
        }
    }
}

/// Go's `strconv.Unquote` for "…", `…` and '…' literals; nil when the syntax is invalid.
func goUnquote(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, let q = bytes.first, bytes.last == q else { return nil }
    let body = bytes[1..<(bytes.count - 1)]
    if q == UInt8(ascii: "`") {
        if body.contains(UInt8(ascii: "`")) { return nil }
        return String(decoding: body.filter { $0 != 13 }, as: UTF8.self)
    }
    guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { return nil }
    // Most template strings have no escapes: their text is the body as it is.
    if q == UInt8(ascii: "\""), !body.contains(where: { $0 == q || $0 == 10 || $0 == UInt8(ascii: "\\") }) {
        return String(decoding: body, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(body.count)
    var i = body.startIndex
    func appendScalar(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        out.append(contentsOf: Array(String(Character(s)).utf8))
        return true
    }
    while i < body.endIndex {
        let b = body[i]
        if b == q { return nil }
        if b == 10 { return nil }
        if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
        i += 1
        guard i < body.endIndex else { return nil }
        let e = body[i]
        i += 1
        switch e {
        case UInt8(ascii: "a"): out.append(7)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "v"): out.append(11)
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if e != q { return nil }
            out.append(e)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
            guard i + n <= body.endIndex, let v = UInt32(String(decoding: body[i..<(i + n)], as: UTF8.self), radix: 16) else { return nil }
            i += n
            if e == UInt8(ascii: "x") { out.append(UInt8(v)) } else if !appendScalar(v) { return nil }
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard i + 2 <= body.endIndex, let v = UInt32(String(decoding: body[(i - 1)..<(i + 2)], as: UTF8.self), radix: 8), v < 256 else { return nil }
            i += 2
            out.append(UInt8(v))
        default:
            return nil
        }
    }
    let s = String(decoding: out, as: UTF8.self)
    if q == UInt8(ascii: "'") && s.unicodeScalars.count != 1 { return nil }
    return s
}
