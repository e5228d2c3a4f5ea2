/// The block-style YAML writer of goyaml.v2 (a Go port of libyaml's emitter), reduced to what
/// `yaml.Marshal` of JSON-shaped data produces: block mappings and sequences, `{}`/`[]` for
/// empty ones, and scalars in plain, single-quoted, double-quoted or literal style, with
/// libyaml's indentation, 80-column folding and style fallbacks reproduced byte for byte.
struct GoYAMLEmitter {
    enum ScalarStyle { case plain, singleQuoted, doubleQuoted, literal }

    private(set) var out: [UInt8] = []
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var indent = -1
    private var indents: [Int] = []
    private var flowLevel = 0
    private let bestIndent = 2
    private let bestWidth = 80

    init(capacity: Int = 256) { out.reserveCapacity(capacity) }

    // MARK: Structure

    /// Ends the (implicit) document the way libyaml does: a final line break when needed.
    mutating func finishDocument() { writeIndent() }

    mutating func beginBlockMapping() { increaseIndent(flow: false, indentless: false) }

    mutating func endBlock() { indent = indents.popLast() ?? -1 }

    /// Writes a mapping key; returns whether it was a simple key (`k:`) or a complex one (`? k`).
    mutating func mappingKey(_ key: [UInt8], requested: ScalarStyle) {
        writeIndent()
        let analysis = ScalarAnalysis(key)
        if !analysis.multiline && key.count <= 128 {
            scalar(key, requested: requested, analysis: analysis, simpleKey: true)
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
            scalar(key, requested: requested, analysis: analysis, simpleKey: false)
            writeIndent()
            writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
        }
    }

    /// Starts a block sequence; `inMapping` is libyaml's mapping_context (a value of a key).
    mutating func beginBlockSequence(inMapping: Bool) {
        increaseIndent(flow: false, indentless: inMapping && !indention)
    }

    mutating func sequenceItem() {
        writeIndent()
        writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
    }

    /// `{}` or `[]`: libyaml writes an empty collection in flow style.
    mutating func emptyFlow(open: UInt8, close: UInt8) {
        writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        increaseIndent(flow: true, indentless: false)
        indent = indents.popLast() ?? -1
        writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// A scalar in value position (not a simple key).
    mutating func scalar(_ text: [UInt8], requested: ScalarStyle) {
        scalar(text, requested: requested, analysis: ScalarAnalysis(text), simpleKey: false)
    }

    private mutating func scalar(_ text: [UInt8], requested: ScalarStyle, analysis: ScalarAnalysis, simpleKey: Bool) {
        let style = selectStyle(requested, analysis, simpleKey: simpleKey)
        increaseIndent(flow: true, indentless: false)
        switch style {
        case .plain: writePlain(text, allowBreaks: !simpleKey)
        case .singleQuoted: writeSingleQuoted(text, allowBreaks: !simpleKey)
        case .doubleQuoted: writeDoubleQuoted(text, allowBreaks: !simpleKey)
        case .literal: writeLiteral(text)
        }
        indent = indents.popLast() ?? -1
    }

    /// libyaml `yaml_emitter_select_scalar_style`.
    private func selectStyle(_ requested: ScalarStyle, _ a: ScalarAnalysis, simpleKey: Bool) -> ScalarStyle {
        var style = requested
        if simpleKey && a.multiline { style = .doubleQuoted }
        if style == .plain {
            if (flowLevel > 0 && !a.flowPlainAllowed) || (flowLevel == 0 && !a.blockPlainAllowed) { style = .singleQuoted }
            if a.length == 0 && (flowLevel > 0 || simpleKey) { style = .singleQuoted }
        }
        if style == .singleQuoted && !a.singleQuotedAllowed { style = .doubleQuoted }
        if style == .literal && (!a.blockAllowed || flowLevel > 0 || simpleKey) { style = .doubleQuoted }
        return style
    }

    // MARK: Low-level writes

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    private mutating func put(_ b: UInt8) { out.append(b); column += 1 }

    private mutating func putBreak() { out.append(0x0A); column = 0 }

    /// Copies one character (all its UTF-8 bytes) and advances the column by one.
    private mutating func write(_ text: [UInt8], _ i: inout Int) {
        let w = ScalarAnalysis.width(text[i])
        let end = min(i + max(w, 1), text.count)
        out.append(contentsOf: text[i..<end])
        column += 1
        i = end
    }

    private mutating func writeBreak(_ text: [UInt8], _ i: inout Int) {
        if text[i] == 0x0A {
            putBreak()
            i += 1
        } else {
            write(text, &i)
            column = 0
        }
    }

    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) { putBreak() }
        while column < target { put(0x20) }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ indicator: UInt8, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(0x20) }
        put(indicator)
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    private mutating func writeIndicator(_ indicator: Unicode.Scalar, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        writeIndicator(UInt8(ascii: indicator), needWhitespace: needWhitespace, isWhitespace: isWhitespace, isIndention: isIndention)
    }

    // MARK: Scalar styles

    private mutating func writePlain(_ text: [UInt8], allowBreaks: Bool) {
        if !whitespace { put(0x20) }
        // Without breaks, and spaces only where the line stays within the width (a space folds
        // only once the column is past it), nothing can fold: copy the text in one go.
        if !text.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) {
            let chars = Self.characterCount(text[...])
            if !allowBreaks || column + chars <= bestWidth || !text.contains(0x20) {
                out.append(contentsOf: text)
                column += chars
                whitespace = false
                indention = false
                return
            }
        }
        var spaces = false
        var breaks = false
        var i = 0
        while i < text.count {
            if text[i] == 0x20 {
                if allowBreaks && !spaces && column > bestWidth && !(i + 1 < text.count && text[i + 1] == 0x20) {
                    writeIndent()
                    i += 1
                } else {
                    write(text, &i)
                }
                spaces = true
            } else if ScalarAnalysis.isBreak(text, i) {
                if !breaks && text[i] == 0x0A { putBreak() }
                writeBreak(text, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                write(text, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ text: [UInt8], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        var i = 0
        while i < text.count {
            if text[i] == 0x20 {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != text.count - 1
                    && !(i + 1 < text.count && text[i + 1] == 0x20) {
                    writeIndent()
                    i += 1
                } else {
                    write(text, &i)
                }
                spaces = true
            } else if ScalarAnalysis.isBreak(text, i) {
                if !breaks && text[i] == 0x0A { putBreak() }
                writeBreak(text, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if text[i] == 0x27 { put(0x27) }
                write(text, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        if breaks { writeIndent() }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private mutating func writeDoubleQuoted(_ text: [UInt8], allowBreaks: Bool) {
        var spaces = false
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var i = 0
        while i < text.count {
            let c = text[i]
            // goyaml.v2's is_bom ignores its index and tests the first bytes of the value, so a
            // value that starts with a BOM has every character escaped.
            if !ScalarAnalysis.isPrintable(text, i) || ScalarAnalysis.isBOM(text, 0) || ScalarAnalysis.isBreak(text, i)
                || c == 0x22 || c == 0x5C {
                let w = max(ScalarAnalysis.width(c), 1)
                let value = ScalarAnalysis.decode(text, i, width: w)
                i = min(i + w, text.count)
                put(0x5C)
                switch value {
                case 0x00: put(UInt8(ascii: "0"))
                case 0x07: put(UInt8(ascii: "a"))
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0B: put(UInt8(ascii: "v"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x1B: put(UInt8(ascii: "e"))
                case 0x22: put(UInt8(ascii: "\""))
                case 0x5C: put(UInt8(ascii: "\\"))
                case 0x85: put(UInt8(ascii: "N"))
                case 0xA0: put(UInt8(ascii: "_"))
                case 0x2028: put(UInt8(ascii: "L"))
                case 0x2029: put(UInt8(ascii: "P"))
                default:
                    let digits: Int
                    if value <= 0xFF { put(UInt8(ascii: "x")); digits = 2 }
                    else if value <= 0xFFFF { put(UInt8(ascii: "u")); digits = 4 }
                    else { put(UInt8(ascii: "U")); digits = 8 }
                    var shift = (digits - 1) * 4
                    while shift >= 0 {
                        put(Self.hexDigits[Int((value >> UInt32(shift)) & 0xF)])
                        shift -= 4
                    }
                }
                spaces = false
            } else if c == 0x20 {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != text.count - 1 {
                    writeIndent()
                    if i + 1 < text.count && text[i + 1] == 0x20 { put(0x5C) }
                    i += 1
                } else {
                    write(text, &i)
                }
                spaces = true
            } else {
                write(text, &i)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeLiteral(_ text: [UInt8]) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(text)
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < text.count {
            if ScalarAnalysis.isBreak(text, i) {
                writeBreak(text, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                // Everything up to the next break is copied as it is: one append per line.
                let end = Self.endOfLine(text, from: i)
                appendCharacters(text, i..<end)
                i = end
                indention = false
                breaks = false
            }
        }
    }

    /// Where the line starting at `start` ends: the next break, or the end of the text.
    private static func endOfLine(_ text: [UInt8], from start: Int) -> Int {
        var j = start
        while j < text.count {
            let b = text[j]
            // Only these bytes can start a break (\n, \r, NEL, LS/PS).
            if (b == 0x0A || b == 0x0D || b == 0xC2 || b == 0xE2) && ScalarAnalysis.isBreak(text, j) { break }
            j += 1
        }
        return j
    }

    /// Characters in valid UTF-8 bytes: every non-continuation byte starts one.
    private static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Copies whole characters and advances the column by their number (as `write` per
    /// character would: the text is valid UTF-8, so every non-continuation byte starts one).
    private mutating func appendCharacters(_ text: [UInt8], _ range: Range<Int>) {
        out.append(contentsOf: text[range])
        column += Self.characterCount(text[range])
    }

    private mutating func writeBlockScalarHints(_ text: [UInt8]) {
        if !text.isEmpty && (text[0] == 0x20 || ScalarAnalysis.isBreak(text, 0)) {
            writeIndicator(UInt8(0x30 + bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomp: UInt8 = 0
        if text.isEmpty {
            chomp = UInt8(ascii: "-")
        } else {
            var i = text.count - 1
            while i > 0 && text[i] & 0xC0 == 0x80 { i -= 1 }
            if !ScalarAnalysis.isBreak(text, i) {
                chomp = UInt8(ascii: "-")
            } else if i == 0 {
                chomp = UInt8(ascii: "+")
            } else {
                i -= 1
                while i > 0 && text[i] & 0xC0 == 0x80 { i -= 1 }
                if ScalarAnalysis.isBreak(text, i) { chomp = UInt8(ascii: "+") }
            }
        }
        if chomp != 0 { writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false) }
    }
}
