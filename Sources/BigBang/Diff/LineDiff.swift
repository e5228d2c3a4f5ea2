/// A line diff: Myers' O(ND) algorithm in its linear-space form (the middle-snake
/// divide and conquer of "An O(ND) Difference Algorithm and Its Variations", section 4b,
/// as GNU diff uses it), after trimming the common head and tail.
struct LineDiff {
    enum Operation: Equatable { case equal, delete, insert }

    struct Edit: Equatable {
        var operation: Operation
        /// 0-based line in side A (for equal and delete) and in side B (for equal and insert).
        var lineA: Int
        var lineB: Int
    }

    let a: [Int]
    let b: [Int]
    private(set) var edits: [Edit] = []

    /// The shortest edit script turning `linesA` into `linesB`.
    static func edits<S: Hashable>(_ linesA: [S], _ linesB: [S]) -> [Edit] {
        var ids: [S: Int] = [:]
        func id(_ line: S) -> Int {
            if let known = ids[line] { return known }
            let next = ids.count
            ids[line] = next
            return next
        }
        var differ = LineDiff(a: linesA.map(id), b: linesB.map(id))
        differ.compare(0, differ.a.count, 0, differ.b.count)
        return deletionsFirst(differ.edits)
    }

    /// Each run of changes with its deletions before its insertions, as diff prints them
    /// (the divide and conquer can interleave them).
    private static func deletionsFirst(_ edits: [Edit]) -> [Edit] {
        var out: [Edit] = []
        out.reserveCapacity(edits.count)
        var inserts: [Edit] = []
        for edit in edits {
            switch edit.operation {
            case .delete: out.append(edit)
            case .insert: inserts.append(edit)
            case .equal:
                out += inserts
                inserts.removeAll(keepingCapacity: true)
                out.append(edit)
            }
        }
        return out + inserts
    }

    private init(a: [Int], b: [Int]) {
        self.a = a
        self.b = b
        edits.reserveCapacity(max(a.count, b.count))
    }

    private mutating func compare(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) {
        var aLo = aLo, bLo = bLo, aHi = aHi, bHi = bHi
        while aLo < aHi, bLo < bHi, a[aLo] == b[bLo] {
            edits.append(Edit(operation: .equal, lineA: aLo, lineB: bLo))
            aLo += 1
            bLo += 1
        }
        var tail = 0
        while aLo < aHi, bLo < bHi, a[aHi - 1] == b[bHi - 1] {
            aHi -= 1
            bHi -= 1
            tail += 1
        }
        if aLo == aHi {
            for j in bLo..<bHi { edits.append(Edit(operation: .insert, lineA: aLo, lineB: j)) }
        } else if bLo == bHi {
            for i in aLo..<aHi { edits.append(Edit(operation: .delete, lineA: i, lineB: bLo)) }
        } else {
            // With head and tail trimmed the edit distance is at least 2, so both halves
            // around the middle snake are strictly smaller problems.
            var (x, y, u, v) = middleSnake(aLo, aHi, bLo, bHi)
            let valid = aLo <= x && x <= u && u <= aHi && bLo <= y && y <= v && v <= bHi && u - x == v - y
                && (x - aLo) + (y - bLo) < (aHi - aLo) + (bHi - bLo) && (aHi - u) + (bHi - v) < (aHi - aLo) + (bHi - bLo)
            if !valid { (x, y, u, v) = (aLo + 1, bLo, aLo + 1, bLo) }   // a delete, still an edit script
            compare(aLo, x, bLo, y)
            for k in 0..<(u - x) { edits.append(Edit(operation: .equal, lineA: x + k, lineB: y + k)) }
            compare(u, aHi, v, bHi)
        }
        for k in 0..<tail { edits.append(Edit(operation: .equal, lineA: aHi + k, lineB: bHi + k)) }
    }

    /// The middle snake of an optimal path through a[aLo..<aHi] × b[bLo..<bHi], as absolute
    /// start (x, y) and end (u, v).
    private func middleSnake(_ aLo: Int, _ aHi: Int, _ bLo: Int, _ bHi: Int) -> (Int, Int, Int, Int) {
        let n = aHi - aLo, m = bHi - bLo
        let delta = n - m
        let odd = delta & 1 != 0
        let limit = (n + m + 1) / 2
        let offset = limit + 1
        var forward = [Int](repeating: 0, count: 2 * limit + 3)
        var backward = [Int](repeating: 0, count: 2 * limit + 3)
        for d in 0...limit {
            var k = -d
            while k <= d {
                var x = (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
                    ? forward[offset + k + 1] : forward[offset + k - 1] + 1
                var y = x - k
                let startX = x, startY = y
                while x < n, y < m, a[aLo + x] == b[bLo + y] { x += 1; y += 1 }
                forward[offset + k] = x
                let reverseK = delta - k
                if odd, d > 0, reverseK >= -(d - 1), reverseK <= d - 1, x + backward[offset + reverseK] >= n {
                    return (aLo + startX, bLo + startY, aLo + x, bLo + y)
                }
                k += 2
            }
            k = -d
            while k <= d {
                var x = (k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1]))
                    ? backward[offset + k + 1] : backward[offset + k - 1] + 1
                var y = x - k
                let startX = x, startY = y
                while x < n, y < m, a[aHi - 1 - x] == b[bHi - 1 - y] { x += 1; y += 1 }
                backward[offset + k] = x
                let forwardK = delta - k
                if !odd, forwardK >= -d, forwardK <= d, x + forward[offset + forwardK] >= n {
                    return (aHi - x, bHi - y, aHi - startX, bHi - startY)
                }
                k += 2
            }
        }
        // Unreachable: the paths meet by d = ceil((n+m)/2). `compare` checks the split anyway.
        return (aLo + 1, bLo, aLo + 1, bLo)
    }
}
