import YAML

/// A small block-YAML reader for the patch tests, so they run before (and independently of)
/// the YAML module's parser: block maps and sequences, `[a, b]` / `{a: b}` flow collections
/// on one line, plain and quoted scalars, full-line comments, `---` between documents.
/// Marks carry line and column so error tests can assert locations.
enum TestYAML {
    static func parse(_ text: String) -> Node { parseAll(text).first ?? .null }

    static func parseAll(_ text: String) -> [Node] {
        var docs: [[Line]] = [[]]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let s = String(raw)
            if s == "---" { docs.append([]); continue }
            let trimmed = s.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            docs[docs.count - 1].append(Line(indent: s.count - trimmed.count, text: String(trimmed), number: i + 1))
        }
        return docs.filter { !$0.isEmpty }.map { lines in
            var p = Reader(lines: lines)
            return p.block(indent: lines[0].indent)
        }
    }

    struct Line { var indent: Int; var text: String; var number: Int }

    struct Reader {
        var lines: [Line]
        var i = 0

        mutating func block(indent: Int) -> Node {
            guard i < lines.count else { return .null }
            return lines[i].text.hasPrefix("- ") || lines[i].text == "-" ? sequence(indent: indent) : mapping(indent: indent)
        }

        mutating func sequence(indent: Int) -> Node {
            var n = Node.sequence()
            n.mark = Node.Mark(line: lines[i].number, column: indent + 1)
            while i < lines.count, lines[i].indent == indent, lines[i].text.hasPrefix("-") {
                let line = lines[i]
                let rest = String(line.text.dropFirst(1).drop { $0 == " " })
                if rest.isEmpty {
                    i += 1
                    n.children.append(i < lines.count && lines[i].indent > indent ? block(indent: lines[i].indent) : .null)
                } else if splitKey(rest) != nil && !rest.hasPrefix("{") && !rest.hasPrefix("\"") {
                    // "- key: v" starts a mapping indented at the dash + 2.
                    let inner = line.indent + (line.text.count - rest.count)
                    lines[i] = Line(indent: inner, text: rest, number: line.number)
                    n.children.append(mapping(indent: inner))
                } else {
                    n.children.append(scalar(rest, line: line.number, column: line.indent + line.text.count - rest.count + 1))
                    i += 1
                }
            }
            return n
        }

        mutating func mapping(indent: Int) -> Node {
            var n = Node.mapping()
            n.mark = Node.Mark(line: lines[i].number, column: indent + 1)
            while i < lines.count, lines[i].indent == indent, let (key, rest) = splitKey(lines[i].text) {
                let line = lines[i]
                var k = Node.scalar(unquote(key))
                k.mark = Node.Mark(line: line.number, column: indent + 1)
                n.children.append(k)
                i += 1
                if rest.isEmpty {
                    if i < lines.count, lines[i].indent > indent || (lines[i].indent == indent && lines[i].text.hasPrefix("- ")) {
                        n.children.append(block(indent: lines[i].indent))
                    } else {
                        var v = Node.scalar("", tag: "!!null")
                        v.mark = Node.Mark(line: line.number, column: indent + key.count + 2)
                        n.children.append(v)
                    }
                } else {
                    n.children.append(scalar(rest, line: line.number, column: indent + line.text.count - rest.count + 1))
                }
            }
            return n
        }

        func splitKey(_ text: String) -> (String, String)? {
            var inQuote: Character?
            var prev: Character = " "
            for (off, c) in text.enumerated() {
                if let q = inQuote { if c == q { inQuote = nil } } else if c == "\"" || c == "'" { inQuote = c } else if c == "[" || c == "{" { if off == 0 { return nil } } else if c == "#" && prev == " " { return nil }
                else if c == ":" {
                    let after = text.index(text.startIndex, offsetBy: off + 1)
                    if after == text.endIndex || text[after] == " " {
                        let key = String(text.prefix(off))
                        var rest = String(text[after...].drop { $0 == " " })
                        rest = stripComment(rest)
                        if rest.hasPrefix("#") { rest = "" }
                        return (key, rest)
                    }
                }
                prev = c
            }
            return nil
        }

        func stripComment(_ s: String) -> String {
            if s.hasPrefix("\"") || s.hasPrefix("'") { return s }
            var prev: Character = " "
            var out = ""
            for c in s {
                if c == "#" && prev == " " { break }
                out.append(c)
                prev = c
            }
            return out.trimmingCharacters()
        }

        func scalar(_ text: String, line: Int, column: Int) -> Node {
            var t = text
            t = stripComment(t)
            var n = flow(Substring(t))
            n.mark = Node.Mark(line: line, column: column)
            return n
        }

        func flow(_ s: Substring) -> Node {
            let t = s.trimmingCharacters()
            if t.hasPrefix("[") && t.hasSuffix("]") {
                var n = Node.sequence(splitFlow(t.dropFirst().dropLast()).map { flow($0) })
                n.style = .flow
                return n
            }
            if t.hasPrefix("{") && t.hasSuffix("}") {
                var n = Node.mapping()
                n.style = .flow
                for item in splitFlow(t.dropFirst().dropLast()) {
                    guard let c = item.firstIndex(of: ":") else { continue }
                    n.children.append(.scalar(unquote(String(item[..<c]).trimmingCharacters())))
                    n.children.append(flow(item[item.index(after: c)...]))
                }
                return n
            }
            if t.hasPrefix("\"") && t.hasSuffix("\"") && t.count >= 2 { return .scalar(String(t.dropFirst().dropLast()), style: .doubleQuoted) }
            if t.hasPrefix("'") && t.hasSuffix("'") && t.count >= 2 { return .scalar(String(t.dropFirst().dropLast()), style: .singleQuoted) }
            switch t {
            case "null", "~", "": return .scalar(t, tag: "!!null")
            case "true", "false": return .scalar(t, tag: "!!bool")
            default: return .scalar(t, tag: Int(t) != nil ? "!!int" : Double(t) != nil ? "!!float" : "!!str")
            }
        }

        func splitFlow(_ s: Substring) -> [Substring] {
            var out: [Substring] = []
            var depth = 0, start = s.startIndex
            var quote: Character?
            for idx in s.indices {
                let c = s[idx]
                if let q = quote { if c == q { quote = nil }; continue }
                switch c {
                case "\"", "'": quote = c
                case "[", "{": depth += 1
                case "]", "}": depth -= 1
                case "," where depth == 0: out.append(s[start..<idx]); start = s.index(after: idx)
                default: break
                }
            }
            if !s[start...].trimmingCharacters().isEmpty { out.append(s[start...]) }
            return out
        }

        func unquote(_ s: String) -> String {
            if s.count >= 2, (s.hasPrefix("\"") && s.hasSuffix("\"")) || (s.hasPrefix("'") && s.hasSuffix("'")) {
                return String(s.dropFirst().dropLast())
            }
            return s
        }
    }

    /// A canonical block rendering for comparisons: keys sorted (kustomize's output is), list
    /// order kept, scalars as plain text (quotes dropped), nulls as `null`.
    static func canonical(_ node: Node, sortKeys: Bool = true) -> String {
        var out = ""
        write(node.resolved, indent: 0, into: &out, sortKeys: sortKeys, inline: false)
        return out
    }

    private static func write(_ n: Node, indent: Int, into out: inout String, sortKeys: Bool, inline: Bool) {
        let pad = String(repeating: " ", count: indent)
        switch n.kind {
        case .mapping:
            if n.children.isEmpty { out += (inline ? "" : pad) + "{}\n"; return }
            var pairs = n.pairs
            if sortKeys { pairs.sort { $0.key.value < $1.key.value } }
            for (j, (k, v)) in pairs.enumerated() {
                out += (inline && j == 0 ? "" : pad) + k.value + ":"
                writeValue(v, indent: indent, into: &out, sortKeys: sortKeys)
            }
        case .sequence:
            if n.children.isEmpty { out += (inline ? "" : pad) + "[]\n"; return }
            for (j, item) in n.children.enumerated() {
                out += (inline && j == 0 ? "" : pad) + "-"
                let r = item.resolved
                if r.kind == .scalar { out += " " + scalarText(r) + "\n" } else if r.children.isEmpty { out += " " + (r.kind == .mapping ? "{}" : "[]") + "\n" } else {
                    out += " "
                    write(r, indent: indent + 2, into: &out, sortKeys: sortKeys, inline: true)
                }
            }
        default:
            out += (inline ? "" : pad) + scalarText(n) + "\n"
        }
    }

    private static func writeValue(_ v: Node, indent: Int, into out: inout String, sortKeys: Bool) {
        let r = v.resolved
        if r.kind == .scalar { out += " " + scalarText(r) + "\n"; return }
        if r.children.isEmpty { out += " " + (r.kind == .mapping ? "{}" : "[]") + "\n"; return }
        out += "\n"
        write(r, indent: r.kind == .sequence ? indent : indent + 2, into: &out, sortKeys: sortKeys, inline: false)
    }

    private static func scalarText(_ n: Node) -> String {
        if n.tag == "!!null" || (n.tag.isEmpty && n.isNullScalar) { return "null" }
        return n.value
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
