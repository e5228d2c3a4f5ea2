/// `toYamlPretty` (go-yaml v3 encoder, indent 2) from sigs.k8s.io/yaml text: the two differ
/// in that v3 indents a block sequence under its mapping key (`k:\n  - a`) where goyaml.v2
/// writes it flush (`k:\n- a`). This shifts each such sequence, and everything inside it, by
/// two spaces; block scalar bodies move with their owner and are never inspected.
enum PrettyYAML {
    static func reindent(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        out.reserveCapacity(lines.count)
        // Open sequences: the column their "- " sits at in the input, and the total shift inside.
        var stack: [(column: Int, shift: Int)] = []
        var scalarOwnerIndent: Int? = nil
        for (i, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if let owner = scalarOwnerIndent {
                if content.isEmpty || indent > owner {
                    out.append(content.isEmpty ? line : String(repeating: " ", count: stack.last?.shift ?? 0) + line)
                    continue
                }
                scalarOwnerIndent = nil
            }
            while let top = stack.last,
                  indent < top.column || (indent == top.column && !(content.hasPrefix("- ") || content == "-")) {
                stack.removeLast()
            }
            let shift = stack.last?.shift ?? 0
            out.append(line.isEmpty ? line : String(repeating: " ", count: shift) + line)
            if endsWithBlockScalarIndicator(content) {
                scalarOwnerIndent = indent
                continue
            }
            // A key whose block value starts on the next line: where does that key sit?
            guard content.hasSuffix(":"), i + 1 < lines.count else { continue }
            var keyColumn = indent
            var rest = content
            while rest.hasPrefix("- ") { keyColumn += 2; rest = rest.dropFirst(2) }
            let next = lines[i + 1]
            let nextIndent = next.prefix { $0 == " " }.count
            let nextContent = next.dropFirst(nextIndent)
            if nextIndent == keyColumn && (nextContent.hasPrefix("- ") || nextContent == "-") {
                stack.append((keyColumn, shift + 2))
            }
        }
        return out.joined(separator: "\n")
    }

    /// `key: |`, `- >-`, `|2+` and the like: the following more-indented lines are text.
    private static func endsWithBlockScalarIndicator(_ s: Substring) -> Bool {
        guard let marker = s.lastIndex(where: { $0 == "|" || $0 == ">" }) else { return false }
        let tail = s[s.index(after: marker)...]
        guard tail.allSatisfy({ $0 == "-" || $0 == "+" || $0.isNumber }) else { return false }
        let before = s[..<marker]
        return before.isEmpty || before.hasSuffix(" ")
    }
}
