/// Recovers comments from the source bytes around libyaml's event marks (libyaml does not
/// report comments) and attaches them roughly as yaml.v3 does:
///
/// - `headComment`: the comment lines directly above a scalar or alias that starts its line
///   (a mapping key, a sequence item), up to a blank line; comments at the top of a document
///   that end with a blank line go to the document node instead.
/// - `lineComment`: a `# …` after a scalar or alias on the same line (for a key, after its
///   `:` when the value starts on a later line).
///
/// Foot comments are not recovered. kustomize output never contains comments (it prints
/// through JSON), so these serve tools that read or edit files, not the emitter.
struct CommentAttacher {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Comments before this offset are already attached (or were passed by content).
    private var consumed = 0

    /// Files without `#` skip all scanning.
    private let hasComments: Bool

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        hasComments = bytes.contains(UInt8(ascii: "#"))
    }

    /// The document's head comment: top comment lines separated from the content by a blank line.
    mutating func documentHead(contentStart: Int) -> String {
        guard hasComments else { return "" }
        let lines = commentLinesAbove(lineStart(of: contentStart), stopAtBlank: false)
        guard let blank = lines.lastIndex(where: { $0 == nil }) else { return "" }
        return lines[..<blank].compactMap { $0 }.joined(separator: "\n")
    }

    mutating func scalar(_ node: inout Node, start: Int, end: Int, isKey: Bool) {
        guard hasComments else { return }
        let start = min(max(start, 0), bytes.count), end = min(max(end, start), bytes.count)
        if startsItsLine(start) {
            let lines = commentLinesAbove(lineStart(of: start), stopAtBlank: true)
            if !lines.isEmpty { node.headComment = lines.compactMap { $0 }.joined(separator: "\n") }
        }
        consumed = max(consumed, start)
        if node.style.isDisjoint(with: [.literal, .folded]), let comment = trailingComment(after: end, isKey: isKey) {
            node.lineComment = comment
        }
    }

    // MARK: scanning

    private func lineStart(of offset: Int) -> Int {
        var i = offset
        while i > 0, bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
        return i
    }

    /// Only indentation and `- `/`? ` indicators precede `offset` on its line.
    private func startsItsLine(_ offset: Int) -> Bool {
        var i = lineStart(of: offset)
        while i < offset {
            switch bytes[i] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "?"): i += 1
            default: return false
            }
        }
        return true
    }

    /// Comment lines (trimmed) above the line starting at `start`, nearest last; `nil` marks a
    /// blank line. Stops at content, at the claimed region, or (if asked) at a blank line.
    private func commentLinesAbove(_ start: Int, stopAtBlank: Bool) -> [String?] {
        var out: [String?] = []
        var end = start
        while end > 0, end - 1 >= consumed {
            let lineEnd = end - 1  // the '\n'
            let begin = lineStart(of: lineEnd)
            guard begin >= consumed else { break }
            var i = begin
            while i < lineEnd, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
            var j = lineEnd
            while j > i, bytes[j - 1] == UInt8(ascii: "\r") || bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
            if i == j {
                if stopAtBlank { break }
                out.append(nil)
            } else if bytes[i] == UInt8(ascii: "#") {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self))
            } else {
                break
            }
            end = begin
        }
        return out.reversed()
    }

    private mutating func trailingComment(after end: Int, isKey: Bool) -> String? {
        var i = end
        func skipBlanks() { while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 } }
        skipBlanks()
        if isKey {
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipBlanks()
        }
        guard i < bytes.count, i > end, bytes[i] == UInt8(ascii: "#") else { return nil }
        var j = i
        while j < bytes.count, bytes[j] != UInt8(ascii: "\n") { j += 1 }
        let lineEnd = j
        while j > i, bytes[j - 1] == UInt8(ascii: "\r") || bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
        consumed = max(consumed, lineEnd)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
    }
}
