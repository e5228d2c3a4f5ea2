import Diagnostics

/// YAML held as text in a literal block of another file — a ConfigMap's `values.yaml: |`, a
/// kustomization's `patch: |-` — edited the same way: the block's lines, with the block
/// indentation taken off, form the inner file; inner edits go back at the same lines with
/// the indentation put back on what they insert.
struct Embedding {
    /// Per line of the inner text: where it starts in the inner and in the outer bytes, and
    /// how many spaces of indentation were taken off.
    var innerStarts: [Int]
    var outerStarts: [Int]
    var stripped: [Int]
    var innerEnd: Int
    var outerEnd: Int
    var indent: Int

    /// The outer offset for an inner one. A line start maps to the outer line start (before
    /// the indentation), so text inserted there is indented like its neighbours.
    func outer(_ offset: Int) -> (offset: Int, atLineStart: Bool) {
        if offset >= innerEnd { return (outerEnd, true) }
        var lo = 0, hi = innerStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if innerStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let column = offset - innerStarts[lo]
        if column == 0 { return (outerStarts[lo], true) }
        return (outerStarts[lo] + stripped[lo] + column, false)
    }
}

extension YAMLTextEditor {
    /// An editor over the YAML text of the literal block scalar at `path`. Read it like any
    /// file; after editing, hand it back with `merge(_:)`.
    public func embedded(at path: [String], in document: Int = 0) throws -> YAMLTextEditor {
        let found = try locate(path, in: document)
        guard found.missing.isEmpty, let step = found.steps.last else {
            throw uneditable("no value at \(path.joined(separator: "."))", at: found.deepest.mark.offset)
        }
        let block = step.value
        guard block.kind == .scalar, block.style.contains(.literal) else {
            throw uneditable("\(path.joined(separator: ".")) is not a literal block (|)", at: block.mark.offset)
        }
        let start = lines.nextLineStart(block.mark.offset)
        let contentEnd = lines.contentEnd(block)
        guard contentEnd > start else {
            throw uneditable("\(path.joined(separator: ".")) is an empty block", at: block.mark.offset)
        }
        let end = lines.nextLineStart(contentEnd)
        let bytes = lines.bytes
        // The block's indentation: that of its first line with content.
        var indent = 0
        var i = start
        while i < end {
            let lineEnd = lines.lineEnd(i)
            if bytes[i..<lineEnd].contains(where: { $0 != SourceLines.space && $0 != UInt8(ascii: "\r") }) {
                indent = lines.indentation(i)
                break
            }
            i = lineEnd + 1
        }
        var inner: [UInt8] = []
        var embedding = Embedding(innerStarts: [], outerStarts: [], stripped: [], innerEnd: 0, outerEnd: end, indent: indent)
        i = start
        while i < end {
            let lineEnd = min(lines.lineEnd(i), end)
            var strip = 0
            while strip < indent, i + strip < lineEnd, bytes[i + strip] == SourceLines.space { strip += 1 }
            embedding.innerStarts.append(inner.count)
            embedding.outerStarts.append(i)
            embedding.stripped.append(strip)
            inner += bytes[(i + strip)..<lineEnd]
            if lineEnd < end { inner.append(SourceLines.newline) }
            i = lineEnd + 1
        }
        embedding.innerEnd = inner.count
        let name = "\(file.path) (\(path.joined(separator: ".")))"
        var editor = try YAMLTextEditor(SourceFile(path: name, bytes: inner))
        editor.embedding = embedding
        return editor
    }

    /// Records the edits made on `inner` (from `embedded(at:in:)` on this editor) in this
    /// file, re-indenting what they insert.
    public mutating func merge(_ inner: YAMLTextEditor) throws {
        guard let embedding = inner.embedding else {
            throw uneditable("the editor was not made by embedded(at:)", at: 0)
        }
        for edit in inner.edits {
            let lower = embedding.outer(edit.range.lowerBound)
            let upper = edit.range.isEmpty ? lower : embedding.outer(edit.range.upperBound)
            let text = edit.bytes.indented(by: embedding.indent, first: lower.atLineStart)
            try record(lower.offset, upper.offset, text)
        }
    }

    /// Edits the YAML text inside the literal block at `path` with `body`.
    public mutating func editEmbedded(at path: [String], in document: Int = 0,
                                      _ body: (inout YAMLTextEditor) throws -> Void) throws {
        var inner = try embedded(at: path, in: document)
        try body(&inner)
        try merge(inner)
    }
}
