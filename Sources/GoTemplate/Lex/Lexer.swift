/// Splits template text into tokens the way Go's `text/template/parse/lex.go` does, including
/// the trim markers (`{{- ` and ` -}}`), comments and the errors it reports. Works on bytes.
struct Lexer {
    let input: [UInt8]
    let leftDelim: [UInt8]
    let rightDelim: [UInt8]
    private(set) var tokens: [Token] = []
    /// The message of the `.error` token; lexing stops at the first error.
    private(set) var errorMessage = ""
    private var start = 0
    private var pos = 0
    private var line = 1
    private var lineCountedTo = 0
    private var parenDepth = 0

    init(_ input: [UInt8], leftDelim: String, rightDelim: String) {
        self.input = input
        self.leftDelim = Array((leftDelim.isEmpty ? "{{" : leftDelim).utf8)
        self.rightDelim = Array((rightDelim.isEmpty ? "}}" : rightDelim).utf8)
    }

    struct Output {
        var tokens: [Token]
        var errorMessage: String
    }

    static func tokenize(_ input: [UInt8], leftDelim: String, rightDelim: String) -> Output {
        var lexer = Lexer(input, leftDelim: leftDelim, rightDelim: rightDelim)
        // About one token per 6 bytes of template text: reserving avoids regrowing the array.
        lexer.tokens.reserveCapacity(input.count / 6 + 16)
        lexer.run()
        return Output(tokens: lexer.tokens, errorMessage: lexer.errorMessage)
    }

    private mutating func run() {
        while lexText() {
            if !lexAction() { return }
        }
    }

    // MARK: - helpers

    private func byte(_ i: Int) -> UInt8? { i < input.count ? input[i] : nil }

    private func hasPrefix(_ p: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + p.count <= input.count else { return false }
        var k = 0
        while k < p.count { if input[i + k] != p[k] { return false }; k += 1 }
        return true
    }

    static func isSpace(_ b: UInt8?) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }

    private mutating func lineAt(_ offset: Int) -> Int {
        while lineCountedTo < offset {
            if input[lineCountedTo] == 10 { line += 1 }
            lineCountedTo += 1
        }
        return line
    }

    private mutating func emit(_ kind: Token.Kind) {
        tokens.append(Token(kind: kind, start: start, end: pos, line: lineAt(start)))
        start = pos
    }

    private mutating func fail(_ message: String) {
        if errorMessage.isEmpty { errorMessage = message }
        tokens.append(Token(kind: .error, start: start, end: pos, line: lineAt(start)))
    }

    private func hasLeftTrimMarker(_ i: Int) -> Bool { byte(i) == UInt8(ascii: "-") && Lexer.isSpace(byte(i + 1)) }
    private func hasRightTrimMarker(_ i: Int) -> Bool { Lexer.isSpace(byte(i)) && byte(i + 1) == UInt8(ascii: "-") }

    /// (delimiter here, with trim marker)
    private func atRightDelim() -> (Bool, Bool) {
        if hasRightTrimMarker(pos) && hasPrefix(rightDelim, at: pos + 2) { return (true, true) }
        if hasPrefix(rightDelim, at: pos) { return (true, false) }
        return (false, false)
    }

    private func skipSpaces(from i: Int) -> Int {
        var j = i
        while j < input.count, Lexer.isSpace(input[j]) { j += 1 }
        return j
    }

    // MARK: - states

    /// Text up to the next left delimiter. Returns false at EOF.
    private mutating func lexText() -> Bool {
        var x = pos
        let first = leftDelim[0]
        while x < input.count {
            if input[x] == first && hasPrefix(leftDelim, at: x) { break }
            x += 1
        }
        if x >= input.count {
            pos = input.count
            if pos > start { emit(.text) }
            emit(.eof)
            return false
        }
        if x > pos || x > start {
            pos = x
            var textEnd = pos
            if hasLeftTrimMarker(pos + leftDelim.count) {
                while textEnd > start, Lexer.isSpace(input[textEnd - 1]) { textEnd -= 1 }
            }
            if textEnd > start {
                tokens.append(Token(kind: .text, start: start, end: textEnd, line: lineAt(start)))
            }
            start = pos
        }
        return true
    }

    /// From a left delimiter to its right delimiter. Returns false after an error.
    private mutating func lexAction() -> Bool {
        pos += leftDelim.count
        let trim = hasLeftTrimMarker(pos)
        let afterMarker = trim ? 2 : 0
        if hasPrefix([UInt8(ascii: "/"), UInt8(ascii: "*")], at: pos + afterMarker) {
            pos += afterMarker
            start = pos
            return lexComment()
        }
        emit(.leftDelim)
        pos += afterMarker
        start = pos
        parenDepth = 0
        return lexInsideAction()
    }

    private mutating func lexComment() -> Bool {
        pos += 2
        var i = pos
        var found = false
        while i + 1 < input.count {
            if input[i] == UInt8(ascii: "*") && input[i + 1] == UInt8(ascii: "/") { found = true; break }
            i += 1
        }
        guard found else { fail("unclosed comment"); return false }
        pos = i + 2
        let (delim, trim) = atRightDelim()
        guard delim else { fail("comment ends before closing delimiter"); return false }
        emit(.comment)
        if trim { pos += 2 }
        pos += rightDelim.count
        if trim { pos = skipSpaces(from: pos) }
        start = pos
        return true
    }

    private mutating func lexRightDelim() {
        let trim = hasRightTrimMarker(pos)
        if trim { pos += 2; start = pos }
        pos += rightDelim.count
        emit(.rightDelim)
        if trim { pos = skipSpaces(from: pos); start = pos }
    }

    private mutating func lexInsideAction() -> Bool {
        while true {
            let (delim, _) = atRightDelim()
            if delim {
                if parenDepth == 0 { lexRightDelim(); return true }
                fail("unclosed left paren")
                return false
            }
            guard let r = byte(pos) else { fail("unclosed action"); return false }
            pos += 1
            switch r {
            case 32, 9, 13, 10:
                pos -= 1
                if !lexSpace() { lexRightDelim(); return true }
            case UInt8(ascii: "="): emit(.assign)
            case UInt8(ascii: ":"):
                guard byte(pos) == UInt8(ascii: "=") else { fail("expected :="); return false }
                pos += 1
                emit(.declare)
            case UInt8(ascii: "|"): emit(.pipe)
            case UInt8(ascii: "\""): if !lexQuote() { return false }
            case UInt8(ascii: "`"): if !lexRawQuote() { return false }
            case UInt8(ascii: "$"): if !lexFieldOrVariable(.variable) { return false }
            case UInt8(ascii: "'"): if !lexChar() { return false }
            case UInt8(ascii: "."):
                if let n = byte(pos), n < UInt8(ascii: "0") || n > UInt8(ascii: "9") {
                    if !lexFieldOrVariable(.field) { return false }
                } else {
                    pos -= 1
                    if !lexNumber() { return false }
                }
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                pos -= 1
                if !lexNumber() { return false }
            case UInt8(ascii: "("):
                emit(.leftParen)
                parenDepth += 1
            case UInt8(ascii: ")"):
                parenDepth -= 1
                guard parenDepth >= 0 else { fail("unexpected right paren"); return false }
                emit(.rightParen)
            default:
                if Lexer.isAlphaNumeric(r) {
                    pos -= 1
                    if !lexIdentifier() { return false }
                } else if r < 0x80 && r >= 0x20 && r != 0x7f {
                    emit(.char)
                } else {
                    pos -= 1
                    let scalar = decodeScalar(at: pos)
                    fail("unrecognized character in action: \(goUnicode(scalar))")
                    return false
                }
            }
        }
    }

    /// Returns false when the spaces are the start of a ` -}}` closing delimiter (one space).
    private mutating func lexSpace() -> Bool {
        var numSpaces = 0
        while Lexer.isSpace(byte(pos)) { pos += 1; numSpaces += 1 }
        if hasRightTrimMarker(pos - 1) && hasPrefix(rightDelim, at: pos - 1 + 2) {
            pos -= 1
            if numSpaces == 1 { return false }
        }
        emit(.space)
        return true
    }

    static func isAlphaNumeric(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "_") || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0x80
    }

    private func atTerminator() -> Bool {
        guard let r = byte(pos) else { return true }
        if Lexer.isSpace(r) { return true }
        switch r {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: ":"),
             UInt8(ascii: ")"), UInt8(ascii: "("):
            return true
        default:
            return r == rightDelim[0]
        }
    }

    private func decodeScalar(at i: Int) -> Unicode.Scalar {
        var end = i + 1
        while end < input.count, end < i + 4, input[end] & 0xC0 == 0x80 { end += 1 }
        let s = String(decoding: input[i..<min(end, input.count)], as: UTF8.self)
        return s.unicodeScalars.first ?? "\u{FFFD}"
    }

    private mutating func badCharacter() {
        let scalar = decodeScalar(at: pos)
        var p = pos + 1
        while p < input.count, input[p] & 0xC0 == 0x80 { p += 1 }
        pos = p
        fail("bad character \(goUnicode(scalar))")
    }

    private mutating func lexIdentifier() -> Bool {
        while let b = byte(pos), Lexer.isAlphaNumeric(b) { pos += 1 }
        guard atTerminator() else { badCharacter(); return false }
        let word = String(decoding: input[start..<pos], as: UTF8.self)
        switch word {
        case "block": emit(.block)
        case "break": emit(.breakKeyword)
        case "continue": emit(.continueKeyword)
        case "define": emit(.define)
        case "else": emit(.elseKeyword)
        case "end": emit(.end)
        case "if": emit(.ifKeyword)
        case "range": emit(.rangeKeyword)
        case "nil": emit(.nilKeyword)
        case "template": emit(.template)
        case "with": emit(.with)
        case "true", "false": emit(.bool)
        default: emit(.identifier)
        }
        return true
    }

    private mutating func lexFieldOrVariable(_ kind: Token.Kind) -> Bool {
        if atTerminator() {
            emit(kind == .variable ? .variable : .dot)
            return true
        }
        while let b = byte(pos), Lexer.isAlphaNumeric(b) { pos += 1 }
        guard atTerminator() else { badCharacter(); return false }
        emit(kind)
        return true
    }

    private mutating func lexChar() -> Bool {
        while true {
            guard let b = byte(pos), b != 10 else { fail("unterminated character constant"); return false }
            pos += 1
            if b == UInt8(ascii: "\\") {
                guard let n = byte(pos), n != 10 else { fail("unterminated character constant"); return false }
                pos += 1
            } else if b == UInt8(ascii: "'") {
                break
            }
        }
        emit(.charConstant)
        return true
    }

    private mutating func lexQuote() -> Bool {
        while true {
            guard let b = byte(pos), b != 10 else { fail("unterminated quoted string"); return false }
            pos += 1
            if b == UInt8(ascii: "\\") {
                guard let n = byte(pos), n != 10 else { fail("unterminated quoted string"); return false }
                pos += 1
            } else if b == UInt8(ascii: "\"") {
                break
            }
        }
        emit(.string)
        return true
    }

    private mutating func lexRawQuote() -> Bool {
        while true {
            guard let b = byte(pos) else { fail("unterminated raw quoted string"); return false }
            pos += 1
            if b == UInt8(ascii: "`") { break }
        }
        emit(.rawString)
        return true
    }

    private mutating func accept(_ set: String) -> Bool {
        if let b = byte(pos), set.utf8.contains(b) { pos += 1; return true }
        return false
    }

    private mutating func acceptRun(_ set: String) {
        while let b = byte(pos), set.utf8.contains(b) { pos += 1 }
    }

    private mutating func lexNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") { digits = "0123456789abcdefABCDEF_" }
            else if accept("oO") { digits = "01234567_" }
            else if accept("bB") { digits = "01_" }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.utf8.count == 11 && accept("eE") { _ = accept("+-"); acceptRun("0123456789_") }
        if digits.utf8.count == 23 && accept("pP") { _ = accept("+-"); acceptRun("0123456789_") }
        _ = accept("i")
        if let b = byte(pos), Lexer.isAlphaNumeric(b) {
            pos += 1
            fail("bad number syntax: \(goQuote(String(decoding: input[start..<pos], as: UTF8.self)))")
            return false
        }
        emit(.number)
        return true
    }
}

/// Go's `%#U`: `U+0041 'A'`.
func goUnicode(_ s: Unicode.Scalar) -> String {
    var hex = String(s.value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    return "U+\(hex) '\(Character(s))'"
}
