/// `diff -u` of two versions of a file, for `promote --dry-run`. Promotion edits are small
/// and local, so the common head and tail are cut off first and only the middle is compared
/// line by line (longest common subsequence).
enum UnifiedDiff {
    enum Op: Equatable {
        case same(String), removed(String), added(String)
    }

    static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old), b = lines(new)
        let ops = script(a, b)
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        // Group changes with `context` lines around them into hunks.
        var i = 0
        var oldLine = 1, newLine = 1
        var lineNumbers: [(Int, Int)] = []
        for op in ops {
            lineNumbers.append((oldLine, newLine))
            switch op {
            case .same: oldLine += 1; newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { if case .same = $0 { return false }; return true }) else { break }
            let start = max(firstChange - context, i)
            var end = firstChange
            var lastChange = firstChange
            while end < ops.count {
                if case .same = ops[end] {
                    if end - lastChange > 2 * context { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            let stop = min(lastChange + context + 1, ops.count)
            let hunk = ops[start..<stop]
            let oldCount = hunk.filter { if case .added = $0 { return false }; return true }.count
            let newCount = hunk.filter { if case .removed = $0 { return false }; return true }.count
            let (oldStart, newStart) = lineNumbers[start]
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for op in hunk {
                switch op {
                case .same(let l): out += " " + l
                case .removed(let l): out += "-" + l
                case .added(let l): out += "+" + l
                }
                if !out.hasSuffix("\n") { out += "\n\\ No newline at end of file\n" }
            }
            i = stop
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    /// Lines with their `\n` (the last one may lack it).
    static func lines(_ bytes: [UInt8]) -> [String] {
        var out: [String] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            out.append(String(decoding: bytes[start...i], as: UTF8.self))
            start = i + 1
        }
        if start < bytes.count { out.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return out
    }

    static func script(_ a: [String], _ b: [String]) -> [Op] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let midA = Array(a[head..<(a.count - tail)]), midB = Array(b[head..<(b.count - tail)])
        var ops = a[..<head].map(Op.same)
        if midA.count * midB.count > 4_000_000 {
            ops += midA.map(Op.removed) + midB.map(Op.added)
        } else {
            ops += lcs(midA, midB)
        }
        ops += a[(a.count - tail)...].map(Op.same)
        return ops
    }

    private static func lcs(_ a: [String], _ b: [String]) -> [Op] {
        let n = a.count, m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                ops.append(.same(a[i])); i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                ops.append(.removed(a[i])); i += 1
            } else {
                ops.append(.added(b[j])); j += 1
            }
        }
        return ops
    }
}
