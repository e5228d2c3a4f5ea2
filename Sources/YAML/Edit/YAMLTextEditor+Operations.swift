extension YAMLTextEditor {
    /// Sets the value at `path`: a scalar is rewritten in place keeping its quoting where the
    /// type allows, any other value replaces the old one's bytes; a missing key is added to
    /// the deepest existing mapping (with the missing intermediate keys), at that mapping's
    /// indentation, after its last key.
    public mutating func set(_ path: [String], in document: Int = 0, to new: YAMLFragment) throws {
        let found = try locate(path, in: document)
        if found.missing.isEmpty {
            guard let step = found.steps.last else {
                throw uneditable("cannot replace a whole document", at: found.root.mark.offset)
            }
            try replace(step, with: new)
        } else {
            try add(found.missing, to: found.deepest, fragment: new)
        }
    }

    /// Removes the key at `path` with its value (its whole lines in block style). Nothing
    /// happens when the path is absent.
    public mutating func delete(_ path: [String], in document: Int = 0) throws {
        let found = try locate(path, in: document)
        guard found.missing.isEmpty, let step = found.steps.last else { return }
        guard let key = step.key else {
            throw uneditable("deleting sequence items is not supported", at: step.value.mark.offset)
        }
        let container = step.container
        if container.style.contains(.flow) {
            let pairs = container.pairs
            guard let i = pairs.firstIndex(where: { $0.key.mark.offset == key.mark.offset }) else { return }
            if i + 1 < pairs.count {
                try record(key.mark.offset, pairs[i + 1].key.mark.offset, [])
            } else if i > 0 {
                try record(pairs[i - 1].value.endMark.offset, step.value.endMark.offset, [])
            } else {
                try record(key.mark.offset, step.value.endMark.offset, [])
            }
            return
        }
        guard lines.onlySpacesBefore(key.mark.offset) else {
            throw uneditable("cannot delete a key that shares its line with a sequence indicator", at: key.mark.offset)
        }
        let end = lines.nextLineStart(valueEnd(key: key, value: step.value))
        try record(lines.lineStart(key.mark.offset), end, [])
    }

    // MARK: replace

    private mutating func replace(_ step: Step, with new: YAMLFragment) throws {
        let old = step.value
        let newNode = new.node.resolved
        let oldIsInline = (old.kind == .scalar && old.style.isDisjoint(with: [.literal, .folded])) || old.kind == .alias
        if oldIsInline, newNode.kind == .scalar, let text = ScalarText.inline(newNode, replacing: old.style) {
            if let key = step.key, isEmptyPlain(old) {
                let colon = try colon(after: key)
                try record(colon, colon, Array((" " + text).utf8))
            } else {
                try record(old.mark.offset, old.endMark.offset, Array(text.utf8))
            }
            return
        }
        guard let key = step.key else {
            // A sequence item: only same-line values are rewritten in place.
            if oldIsInline || old.style.contains(.flow), !(newNode.kind == .scalar && newNode.value.contains("\n")) {
                try record(old.mark.offset, old.endMark.offset, Array(try flowText(new).utf8))
                return
            }
            throw uneditable("cannot replace a block sequence item", at: old.mark.offset)
        }
        let colon = try colon(after: key)
        if old.style.contains(.flow), newNode.kind != .scalar {
            // A flow collection stays one: the file's author chose that style here.
            try record(old.mark.offset, old.endMark.offset, Array(try flowText(new).utf8))
            return
        }
        let text = try valueText(new, keyIndent: key.mark.column - 1)
        try record(colon, valueEnd(key: key, value: old), text)
    }

    // MARK: add

    private mutating func add(_ missing: [String], to parent: Node, fragment: YAMLFragment) throws {
        let mapping = parent.resolved
        guard let first = missing.first else { return }
        guard mapping.isMapping else {
            throw uneditable("cannot add \"\(first)\" under a \(mapping.kind == .sequence ? "sequence" : "scalar")", at: parent.mark.offset)
        }
        // Intermediate keys become nested mappings around the new value.
        var node = fragment
        for key in missing.dropFirst().reversed() {
            node = YAMLFragment(node: .mapping([(key, node.node)]), source: nil)
            node = YAMLFragment(value: node.value)
        }
        let keyText = ScalarText.key(first)
        if mapping.style.contains(.flow) {
            let value = try flowText(node)
            if let last = mapping.children.last {
                try record(last.endMark.offset, last.endMark.offset, Array(", \(keyText): \(value)".utf8))
            } else {
                let close = max(mapping.endMark.offset - 1, mapping.mark.offset)
                try record(close, close, Array("\(keyText): \(value)".utf8))
            }
            return
        }
        guard let lastValue = mapping.children.last, mapping.children.count >= 2 else {
            throw uneditable("cannot add to an empty mapping", at: mapping.mark.offset)
        }
        let lastKey = mapping.children[mapping.children.count - 2]
        let indent = lastKey.mark.column - 1
        let end = valueEnd(key: lastKey, value: lastValue)
        let at = lines.nextLineStart(end)
        let atEndWithoutNewline = at == end
        if atEndWithoutNewline { try keepFinalLineBreakless(lastValue) }
        var text: [UInt8] = atEndWithoutNewline ? [SourceLines.newline] : []
        for line in fragment.comment where missing.count == 1 {
            text += [UInt8](repeating: SourceLines.space, count: indent) + Array(line.utf8) + [SourceLines.newline]
        }
        text += [UInt8](repeating: SourceLines.space, count: indent)
        text += Array((keyText + ":").utf8)
        text += try valueText(node, keyIndent: indent)
        if !atEndWithoutNewline { text.append(SourceLines.newline) }
        try record(at, at, text)
    }

    /// A block scalar ending the file without a final line break gains one when text is
    /// added after it; strip chomping (`|-`) keeps its value as it was.
    private mutating func keepFinalLineBreakless(_ value: Node) throws {
        var node = value
        while node.kind == .mapping || node.kind == .sequence, !node.style.contains(.flow), let last = node.children.last {
            node = last
        }
        guard node.kind == .scalar, !node.style.isDisjoint(with: [.literal, .folded]), !node.value.hasSuffix("\n") else { return }
        let bytes = lines.bytes
        var i = node.mark.offset + 1  // past `|` or `>`
        while i < bytes.count, bytes[i] != SourceLines.newline, bytes[i] != SourceLines.space, bytes[i] != UInt8(ascii: "#") {
            if bytes[i] == UInt8(ascii: "-") { return }
            if bytes[i] == UInt8(ascii: "+") { try record(i, i + 1, [UInt8(ascii: "-")]); return }
            i += 1
        }
        try record(node.mark.offset + 1, node.mark.offset + 1, [UInt8(ascii: "-")])
    }

    // MARK: text of values

    /// What follows `key:` for `fragment` under a key indented `keyIndent` spaces.
    func valueText(_ fragment: YAMLFragment, keyIndent: Int) throws -> [UInt8] {
        let node = fragment.node.kind == .alias ? fragment.node.resolved : fragment.node
        switch node.kind {
        case .scalar:
            if let text = ScalarText.inline(node, replacing: node.style) { return Array((" " + text).utf8) }
            if let block = ScalarText.literalBlock(node.value, indent: keyIndent + 2) { return [SourceLines.space] + block }
            return Array((" " + ScalarText.doubleQuoted(node.value)).utf8)
        case .mapping, .sequence:
            if node.children.isEmpty { return Array((node.isMapping ? " {}" : " []").utf8) }
            if node.style.contains(.flow) { return Array((" " + (try flowText(fragment))).utf8) }
            if let source = fragment.source, node.mark.offset < source.count {
                let src = SourceLines(bytes: source)
                if src.onlySpacesBefore(node.mark.offset) {
                    let fromIndent = node.mark.column - 1
                    let relative = fragment.keyIndent.map { fromIndent - $0 } ?? 2
                    let target = keyIndent + max(relative, node.isSequence ? 0 : 1)
                    let block = src.shifted(src.lineStart(node.mark.offset), src.contentEnd(node), by: target - fromIndent)
                    return [SourceLines.newline] + block
                }
            }
            let encoded = try SigsYAMLEncoder.encode(node.decodedValue)
            var block = Array(encoded.utf8)
            while block.last == SourceLines.newline { block.removeLast() }
            return [SourceLines.newline] + block.indented(by: keyIndent + 2, first: true)
        case .document, .alias:
            return Array(" null".utf8)
        }
    }

    /// One-line text for a value: the source text when it is a one-line scalar or flow
    /// collection, else JSON (which YAML reads as a flow collection).
    func flowText(_ fragment: YAMLFragment) throws -> String {
        let node = fragment.node.resolved
        if node.kind == .scalar, let text = ScalarText.inline(node, replacing: node.style) { return text }
        if node.style.contains(.flow), let source = fragment.source, node.endMark.offset <= source.count,
           0 <= node.mark.offset, node.mark.offset < node.endMark.offset {
            let slice = source[node.mark.offset..<node.endMark.offset]
            if !slice.contains(SourceLines.newline) { return String(decoding: slice, as: UTF8.self) }
        }
        return try GoJSONEncoder.encode(node.decodedValue, escapeHTML: false)
    }

    // MARK: extents

    /// Just past the `:` after `key`.
    func colon(after key: Node) throws -> Int {
        guard let colon = lines.colon(after: key.endMark.offset) else {
            throw uneditable("cannot edit a complex mapping key", at: key.mark.offset)
        }
        return colon
    }

    /// Where a key's value ends: for `key:` with nothing after it (libyaml puts that empty
    /// scalar at the next token), right after the colon.
    func valueEnd(key: Node, value: Node) -> Int {
        if isEmptyPlain(value) { return lines.colon(after: key.endMark.offset) ?? key.endMark.offset }
        return lines.contentEnd(value)
    }

    func isEmptyPlain(_ node: Node) -> Bool {
        node.kind == .scalar && node.value.isEmpty && node.style.isDisjoint(with: [.singleQuoted, .doubleQuoted, .literal, .folded])
    }
}
