/// Prints node trees the way a yaml.v3 `Encoder` with `SetIndent(n)` prints `yaml.Node`s —
/// key order, comments and quoting styles kept, block style only. SOPS writes its files like
/// this (indent 4), so encrypted files made here read like the ones `sops` writes.
///
/// Indentation follows yaml.v3's rule: a nested collection or block scalar goes to the next
/// multiple of the indent, except directly inside a `- ` item, where it is two columns in.
/// Lines are not folded (yaml.v3's default width is unlimited).
public enum YAMLv3Emitter {
    /// Documents (document nodes or bare roots) separated by `---`.
    public static func emit(_ documents: [Node], indent: Int = 4) -> String {
        var writer = YAMLv3Writer(best: max(indent, 2))
        for (i, document) in documents.enumerated() {
            if i > 0 { writer.raw("---\n") }
            writer.document(document)
        }
        return String(decoding: writer.out, as: UTF8.self)
    }
}

struct YAMLv3Writer {
    let best: Int
    private(set) var out: [UInt8] = []

    init(best: Int) { self.best = best }

    mutating func raw(_ s: String) { out.append(contentsOf: s.utf8) }

    private mutating func spaces(_ n: Int) { out.append(contentsOf: repeatElement(0x20, count: max(n, 0))) }

    /// Comment lines (each already starting with `#`) at an indentation.
    private mutating func comments(_ text: String, at indent: Int) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            spaces(indent)
            raw(String(line.drop { $0 == " " || $0 == "\t" }) + "\n")
        }
    }

    private func childIndent(_ indent: Int) -> Int { best * ((indent + best) / best) }

    mutating func document(_ node: Node) {
        var root = node
        if node.kind == .document {
            comments(node.headComment, at: 0)
            root = node.children.first ?? .null
        }
        while root.kind == .alias, let target = root.children.first { root = target }
        switch root.kind {
        case .mapping where !root.children.isEmpty: mapping(root, indent: 0, inline: false)
        case .sequence where !root.children.isEmpty: sequence(root, indent: 0, inline: false)
        default:
            comments(root.headComment, at: 0)
            value(root, keyIndent: 0, inSequence: false)
        }
        if node.kind == .document { comments(node.footComment, at: 0) }
    }

    /// Head comments that belong before a collection's first line: its own and its first entry's.
    private func leadingComments(_ node: Node) -> String {
        var parts = [node.headComment]
        if let first = node.children.first {
            parts.append(node.kind == .mapping ? first.headComment : leadingComments(first))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// A block mapping at `indent`; `inline` when its first key continues a `- ` line.
    mutating func mapping(_ node: Node, indent: Int, inline: Bool) {
        if !inline { comments(node.headComment, at: indent) }
        var i = 0
        while i + 1 < node.children.count {
            let key = node.children[i]
            let val = node.children[i + 1]
            if !(inline && i == 0) {
                comments(key.headComment, at: indent)
                spaces(indent)
            }
            scalar(key, indent: indent, isKey: true)
            raw(":")
            value(val, keyIndent: indent, inSequence: false)
            comments(key.footComment, at: indent)
            i += 2
        }
    }

    /// A block sequence whose `-` sit at `indent`.
    mutating func sequence(_ node: Node, indent: Int, inline: Bool) {
        if !inline { comments(node.headComment, at: indent) }
        for (n, item) in node.children.enumerated() {
            if !(inline && n == 0) {
                comments(item.kind == .scalar ? item.headComment : leadingComments(item), at: indent)
                spaces(indent)
            }
            raw("-")
            value(item, keyIndent: indent, inSequence: true)
            comments(item.footComment, at: indent)
        }
    }

    /// What follows `key:` or `-`, through the end of its last line.
    private mutating func value(_ node: Node, keyIndent: Int, inSequence: Bool) {
        var node = node
        while node.kind == .alias || node.kind == .document, let target = node.children.first { node = target }
        switch node.kind {
        case .mapping where !node.children.isEmpty:
            if inSequence {
                raw(" ")
                mapping(node, indent: keyIndent + 2, inline: true)
            } else {
                lineComment(node.lineComment)
                raw("\n")
                mapping(node, indent: childIndent(keyIndent), inline: false)
            }
        case .sequence where !node.children.isEmpty:
            if inSequence {
                raw(" ")
                sequence(node, indent: keyIndent + 2, inline: true)
            } else {
                lineComment(node.lineComment)
                raw("\n")
                sequence(node, indent: childIndent(keyIndent), inline: false)
            }
        case .mapping, .sequence:
            raw(node.kind == .mapping ? " {}" : " []")
            lineComment(node.lineComment)
            raw("\n")
        default:
            let contentIndent = inSequence ? keyIndent + 2 : childIndent(keyIndent)
            if !(node.isNullScalar && node.value.isEmpty && node.style.isEmpty) { raw(" ") }
            scalar(node, indent: keyIndent, isKey: false, contentIndent: contentIndent)
            lineComment(node.lineComment)
            if out.last != 0x0A { raw("\n") }
        }
    }

    private mutating func lineComment(_ text: String) {
        guard let first = text.split(separator: "\n").first else { return }
        raw(" " + first.drop { $0 == " " })
    }

    // MARK: Scalars

    enum Style { case plain, singleQuoted, doubleQuoted, literal }

    /// yaml.v3's choice for a node: its own quoting when it has one, otherwise plain unless the
    /// text would read back as another type (YAML 1.1 words included, as yaml.v3 quotes them)
    /// or libyaml's analysis forbids it.
    func style(of node: Node, isKey: Bool) -> Style {
        let bytes = Array(node.value.utf8)
        let analysis = ScalarAnalysis(bytes)
        let isString = node.tag.isEmpty || node.tag == "!!str"
        var style: Style
        if node.style.contains(.doubleQuoted) {
            style = .doubleQuoted
        } else if node.style.contains(.singleQuoted) {
            style = .singleQuoted
        } else if !isKey && (node.style.contains(.literal) || node.style.contains(.folded) || analysis.multiline) {
            style = .literal
        } else if isString && !node.style.contains(.tagged)
                    && (TagResolver.resolve(node.value) != "!!str" || TagResolver.resolve(node.value, yaml11: true) != "!!str") {
            style = .doubleQuoted
        } else {
            style = .plain
        }
        if style == .plain && (!analysis.blockPlainAllowed || (bytes.isEmpty && (isKey || isString))) { style = .singleQuoted }
        if style == .literal && (isKey || !analysis.blockAllowed) { style = .doubleQuoted }
        if style == .singleQuoted && (!analysis.singleQuotedAllowed || analysis.multiline) { style = .doubleQuoted }
        return style
    }

    private mutating func scalar(_ node: Node, indent: Int, isKey: Bool, contentIndent: Int = 0) {
        if node.style.contains(.tagged), !node.tag.isEmpty {
            raw(node.tag + " ")
        }
        let text = Array(node.value.utf8)
        switch style(of: node, isKey: isKey) {
        case .plain:
            out.append(contentsOf: text)
        case .singleQuoted:
            raw("'")
            for b in text {
                if b == 0x27 { out.append(0x27) }
                out.append(b)
            }
            raw("'")
        case .doubleQuoted:
            doubleQuoted(text)
        case .literal:
            literal(text, parentIndent: indent, contentIndent: contentIndent)
        }
    }

    private mutating func doubleQuoted(_ text: [UInt8]) {
        raw("\"")
        var i = 0
        while i < text.count {
            let c = text[i]
            let w = max(ScalarAnalysis.width(c), 1)
            if c == 0x22 || c == 0x5C || ScalarAnalysis.isBreak(text, i) || !ScalarAnalysis.isPrintable(text, i) {
                let value = ScalarAnalysis.decode(text, i, width: w)
                switch value {
                case 0x00: raw("\\0")
                case 0x09: raw("\\t")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x85: raw("\\N")
                case 0xA0: raw("\\_")
                case 0x2028: raw("\\L")
                case 0x2029: raw("\\P")
                default:
                    let hex = String(value, radix: 16, uppercase: true)
                    let (prefix, digits) = value <= 0xFF ? ("x", 2) : value <= 0xFFFF ? ("u", 4) : ("U", 8)
                    raw("\\" + prefix + String(repeating: "0", count: max(digits - hex.count, 0)) + hex)
                }
            } else {
                out.append(contentsOf: text[i..<min(i + w, text.count)])
            }
            i += w
        }
        raw("\"")
    }

    /// `|` with libyaml's hints: an indentation indicator when the text starts with a space or
    /// break, `-` without a final newline, `+` with more than one.
    private mutating func literal(_ text: [UInt8], parentIndent: Int, contentIndent: Int) {
        raw("|")
        if let first = text.first, first == 0x20 || first == 0x0A {
            raw(String(max(contentIndent - parentIndent, 1)))
        }
        var trailing = 0
        while trailing < text.count, text[text.count - 1 - trailing] == 0x0A { trailing += 1 }
        if trailing == 0 { raw("-") } else if trailing > 1 || trailing == text.count { raw("+") }
        raw("\n")
        let body = text[..<(text.count - trailing)]
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !line.isEmpty { spaces(contentIndent) }
            out.append(contentsOf: line)
            out.append(0x0A)
        }
        // Kept trailing newlines beyond the one that ends the last line.
        if trailing > 1 { out.append(contentsOf: repeatElement(0x0A, count: trailing - 1)) }
    }
}
