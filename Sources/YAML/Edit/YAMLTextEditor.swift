import Diagnostics

/// Source-preserving edits of a YAML file: set a value at a key path, add a missing key,
/// delete a key, replace a block — rewriting only those bytes. Comments, blank lines, key
/// order, quoting and indentation everywhere else come out byte for byte as they went in.
///
/// Edits are recorded against the text as parsed (every path is looked up in the original
/// tree) and applied together by `bytes`/`text`; they must not overlap. Paths are mapping
/// keys; a decimal component indexes a sequence.
public struct YAMLTextEditor {
    public let file: SourceFile
    public let documents: [Node]
    let lines: SourceLines
    private(set) var edits: [TextEdit] = []
    /// Set for an editor over the text of a block scalar inside another file.
    var embedding: Embedding?

    struct TextEdit {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    public init(_ file: SourceFile) throws {
        self.file = file
        self.documents = try YAMLParser.parse(file)
        self.lines = SourceLines(bytes: file.bytes)
    }

    public init(text: String, path: String = "<input>") throws {
        try self.init(SourceFile(path: path, text: text))
    }

    public var isModified: Bool { !edits.isEmpty }

    /// The edited text. Edits at the same offset keep the order they were made in.
    public var bytes: [UInt8] {
        // Insertions at an offset go before a removal starting there.
        let ordered = edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.element.range.isEmpty ? 0 : 1, $0.offset)
                < ($1.element.range.lowerBound, $1.element.range.isEmpty ? 0 : 1, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(file.bytes.count + ordered.reduce(0) { $0 + $1.bytes.count })
        var at = 0
        for edit in ordered {
            out += file.bytes[at..<edit.range.lowerBound]
            out += edit.bytes
            at = edit.range.upperBound
        }
        out += file.bytes[at...]
        return out
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: reading

    /// The root of document `index`, nil when there is no such document.
    public func root(_ index: Int) -> Node? {
        guard documents.indices.contains(index) else { return nil }
        return documents[index].resolved
    }

    /// The node at `path` in document `index`.
    public func node(at path: [String], in index: Int = 0) -> Node? {
        guard let found = try? locate(path, in: index), found.missing.isEmpty else { return nil }
        return found.steps.last?.value ?? root(index)
    }

    /// The node at `path` as a fragment another editor can copy from this file.
    public func fragment(at path: [String], in index: Int = 0) -> YAMLFragment? {
        guard let found = try? locate(path, in: index), found.missing.isEmpty else { return nil }
        guard let last = found.steps.last else { return root(index).map { YAMLFragment(node: $0, source: file.bytes) } }
        let keyIndent = last.key.map { $0.mark.column - 1 }
        var fragment = YAMLFragment(node: last.value, source: file.bytes, keyIndent: keyIndent)
        if let key = last.key, lines.onlySpacesBefore(key.mark.offset) { fragment.comment = commentLines(above: key.mark.offset) }
        return fragment
    }

    /// The comment lines directly above the line holding `offset` (up to a blank line or
    /// content), trimmed.
    func commentLines(above offset: Int) -> [String] {
        var out: [String] = []
        var start = lines.lineStart(offset)
        while start > 0 {
            let previous = lines.lineStart(start - 1)
            let text = String(decoding: file.bytes[previous..<(start - 1)], as: UTF8.self).trimmingSpaces
            guard text.hasPrefix("#") else { break }
            out.append(text)
            start = previous
        }
        return out.reversed()
    }

    // MARK: lookup

    /// One step down a path: the collection, the key node (mappings) and the value.
    struct Step {
        var container: Node
        var key: Node?
        var value: Node
    }

    struct Located {
        var root: Node
        var steps: [Step]
        /// Path components below the deepest node found.
        var missing: [String]
        /// The deepest node found (the root when no step matched).
        var deepest: Node { steps.last?.value ?? root }
    }

    func locate(_ path: [String], in index: Int) throws -> Located {
        guard let root = root(index) else {
            throw uneditable("the file has no document \(index + 1)", at: 0)
        }
        var steps: [Step] = []
        var current = root
        for (i, component) in path.enumerated() {
            let node = current.resolved
            if node.isMapping, let idx = node.valueIndex(forKey: component) {
                steps.append(Step(container: node, key: node.children[idx - 1], value: node.children[idx]))
            } else if node.isSequence, let n = Int(component), node.children.indices.contains(n) {
                steps.append(Step(container: node, key: nil, value: node.children[n]))
            } else {
                return Located(root: root, steps: steps, missing: Array(path[i...]))
            }
            current = steps[steps.count - 1].value
        }
        return Located(root: root, steps: steps, missing: [])
    }

    // MARK: recording

    mutating func record(_ lower: Int, _ upper: Int, _ bytes: [UInt8]) throws {
        guard 0 <= lower, lower <= upper, upper <= file.bytes.count else {
            throw uneditable("cannot locate the text to rewrite", at: lower)
        }
        let range = lower..<upper
        for edit in edits where Self.clash(edit.range, range) {
            throw uneditable("two edits overlap", at: range.lowerBound)
        }
        edits.append(TextEdit(range: range, bytes: bytes))
    }

    /// Two removals sharing a byte, or an insertion strictly inside a removal.
    static func clash(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty && b.isEmpty { return false }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.overlaps(b)
    }

    func uneditable(_ message: String, at offset: Int) -> YAMLError {
        .uneditable(message, at: SourceLocation(file: file, offset: min(max(offset, 0), file.bytes.count)))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" || s.first == "\r" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
