/// `diff -u` text of two texts: `---`/`+++` headers, `@@ -l,s +l,s @@` hunks with context
/// lines, GNU diff's conventions for hunk ranges (a count of 1 is left out; an empty range
/// names the line before it) and `\ No newline at end of file`.
public enum UnifiedDiff {
    /// The whole `diff -u` output, empty when the texts are equal.
    public static func render(_ a: String, _ b: String, labelA: String, labelB: String, context: Int = 3) -> String {
        let body = hunks(a, b, context: context)
        guard !body.isEmpty else { return "" }
        return "--- \(labelA)\n+++ \(labelB)\n" + body
    }

    /// `diff -u a/PATH b/PATH` of two versions of a file (`promote --dry-run`); empty when
    /// they are equal.
    static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        return render(String(decoding: old, as: UTF8.self), String(decoding: new, as: UTF8.self),
                      labelA: "a/" + path, labelB: "b/" + path, context: context)
    }

    /// Only the hunks (what a markdown ```diff block shows), empty when equal.
    public static func hunks(_ a: String, _ b: String, context: Int = 3) -> String {
        let linesA = lines(a), linesB = lines(b)
        let edits = LineDiff.edits(linesA, linesB)
        var out = ""
        for range in hunkRanges(edits, context: context) {
            appendHunk(edits[range], linesA, linesB, into: &out)
        }
        return out
    }

    /// The text's lines without their newlines; a last line lacking one keeps a trailing
    /// "\n" as a marker, so it differs from the same line with a newline (as in diff).
    static func lines(_ text: String) -> [Substring] {
        guard !text.isEmpty else { return [] }
        var out = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") {
            out.removeLast()
        } else if let last = out.indices.last {
            out[last] = Substring(String(out[last]) + "\n")
        }
        return out
    }

    /// Ranges of edit indices to print: each change with `context` equal lines around it,
    /// merged when the gap between two changes is at most twice the context.
    static func hunkRanges(_ edits: [LineDiff.Edit], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < edits.count {
            guard edits[index].operation != .equal else { index += 1; continue }
            var end = index
            while end < edits.count, edits[end].operation != .equal { end += 1 }
            let start = max(0, index - context)
            let stop = min(edits.count, end + context)
            if let last = ranges.last, start <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<stop
            } else {
                ranges.append(start..<stop)
            }
            index = end
        }
        return ranges
    }

    private static func appendHunk(_ edits: ArraySlice<LineDiff.Edit>, _ a: [Substring], _ b: [Substring], into out: inout String) {
        guard let first = edits.first else { return }
        let countA = edits.filter { $0.operation != .insert }.count
        let countB = edits.filter { $0.operation != .delete }.count
        out += "@@ -\(range(first.lineA, countA)) +\(range(first.lineB, countB)) @@\n"
        for edit in edits {
            switch edit.operation {
            case .equal: appendLine(" ", a[edit.lineA], into: &out)
            case .delete: appendLine("-", a[edit.lineA], into: &out)
            case .insert: appendLine("+", b[edit.lineB], into: &out)
            }
        }
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(start),0"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(count)"
        }
    }

    private static func appendLine(_ prefix: String, _ line: Substring, into out: inout String) {
        out += prefix
        if line.hasSuffix("\n") {
            out += line.dropLast()
            out += "\n\\ No newline at end of file\n"
        } else {
            out += line
            out += "\n"
        }
    }
}
