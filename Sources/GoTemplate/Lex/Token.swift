/// A lexical item of a template, as Go's `text/template/parse` `item`: a kind and the byte
/// range of its text in the source.
struct Token {
    enum Kind: UInt8 {
        case error, eof, text, comment, leftDelim, rightDelim
        case bool, char, charConstant, number, string, rawString
        case identifier, field, variable, dot, pipe, leftParen, rightParen
        case declare, assign, space
        // keywords
        case block, breakKeyword, continueKeyword, define, elseKeyword, end, ifKeyword, nilKeyword
        case rangeKeyword, template, with
    }

    var kind: Kind
    var start: Int
    var end: Int
    var line: Int
    // No text here: tokens are plain values (a large file has tens of thousands), so copying
    // them costs no reference counting. An `.error` token's message is `Lexer.Output.errorMessage`.

    var isKeyword: Bool { kind.rawValue >= Kind.block.rawValue }
}

/// The template text being lexed and parsed, with the name Go calls `ParseName`.
struct TemplateSource {
    var name: String
    var bytes: [UInt8]

    func text(_ token: Token) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Go's `ErrorContext` location: 1-based line and the byte count from the line start.
    func lineAndByteColumn(_ offset: Int) -> (line: Int, column: Int) {
        let pos = min(max(0, offset), bytes.count)
        var line = 1
        var lastNewline = -1
        var i = 0
        while i < pos {
            if bytes[i] == 10 { line += 1; lastNewline = i }
            i += 1
        }
        return (line, lastNewline < 0 ? pos : pos - lastNewline - 1)
    }
}
