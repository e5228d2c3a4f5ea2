/// Line arithmetic over a YAML source's bytes, for edits that must leave every byte they do
/// not rewrite as it was: where a line starts and ends, how far a node really reaches.
struct SourceLines {
    let bytes: [UInt8]

    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")

    /// The offset of the first byte of the line holding `offset`.
    func lineStart(_ offset: Int) -> Int {
        var i = min(max(offset, 0), bytes.count)
        while i > 0, bytes[i - 1] != Self.newline { i -= 1 }
        return i
    }

    /// The offset of the `\n` ending the line holding `offset` (or the end of the text).
    func lineEnd(_ offset: Int) -> Int {
        var i = min(max(offset, 0), bytes.count)
        while i < bytes.count, bytes[i] != Self.newline { i += 1 }
        return i
    }

    /// Just past the line's `\n`, or the end of the text.
    func nextLineStart(_ offset: Int) -> Int {
        let end = lineEnd(offset)
        return end < bytes.count ? end + 1 : end
    }

    /// Whether only spaces precede `offset` on its line.
    func onlySpacesBefore(_ offset: Int) -> Bool {
        var i = lineStart(offset)
        while i < offset {
            if bytes[i] != Self.space { return false }
            i += 1
        }
        return true
    }

    /// Just past the `:` that follows a block or flow mapping key ending at `keyEnd`.
    func colon(after keyEnd: Int) -> Int? {
        var i = keyEnd
        while i < bytes.count, bytes[i] == Self.space || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
        return i + 1
    }

    /// Where the node's own text ends. libyaml closes a block collection, and a block
    /// scalar, only at the next token — past trailing blank lines and comments that belong to
    /// what follows — so the extent is taken from the last content instead.
    func contentEnd(_ node: Node) -> Int {
        switch node.kind {
        case .scalar where !node.style.isDisjoint(with: [.literal, .folded]):
            // The last line holding anything but spaces, up to the scalar's end.
            var end = min(node.endMark.offset, bytes.count)
            while end > node.mark.offset {
                let start = lineStart(end - 1)
                if bytes[start..<end].contains(where: { $0 != Self.space && $0 != Self.newline && $0 != UInt8(ascii: "\r") }) {
                    return lineEnd(start)
                }
                end = start
            }
            return lineEnd(node.mark.offset)
        case .mapping, .sequence:
            guard !node.style.contains(.flow), let last = node.children.last else { return node.endMark.offset }
            return contentEnd(last)
        default:
            return node.endMark.offset
        }
    }

    /// The number of leading spaces of the line holding `offset`.
    func indentation(_ offset: Int) -> Int {
        var i = lineStart(offset), n = 0
        while i < bytes.count, bytes[i] == Self.space { i += 1; n += 1 }
        return n
    }

    /// Lines `[from, to)` with their indentation moved by `shift` columns: added to lines
    /// with content, removed (only as far as there are spaces) when negative. Blank lines stay
    /// as they were so block scalars keep their meaning.
    func shifted(_ from: Int, _ to: Int, by shift: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = from
        while i < to {
            var end = i
            while end < to, bytes[end] != Self.newline { end += 1 }
            let line = bytes[i..<end]
            let blank = line.allSatisfy { $0 == Self.space || $0 == UInt8(ascii: "\r") }
            if blank || shift == 0 {
                out += line
            } else if shift > 0 {
                out += [UInt8](repeating: Self.space, count: shift)
                out += line
            } else {
                var drop = 0
                while drop < -shift, i + drop < end, bytes[i + drop] == Self.space { drop += 1 }
                out += bytes[(i + drop)..<end]
            }
            if end < to { out.append(Self.newline) }
            i = end + 1
        }
        return out
    }
}

extension Array where Element == UInt8 {
    /// Every line after a `\n` that has content gets `indent` spaces in front; so does the
    /// first line when `first` is set.
    func indented(by indent: Int, first: Bool) -> [UInt8] {
        guard indent > 0 else { return self }
        let pad = [UInt8](repeating: SourceLines.space, count: indent)
        var out: [UInt8] = []
        out.reserveCapacity(count + indent * 4)
        var atLineStart = first
        for b in self {
            if atLineStart && b != SourceLines.newline { out += pad }
            atLineStart = b == SourceLines.newline
            out.append(b)
        }
        return out
    }
}
