/// The bytes of one input file plus a line table, so that any byte offset can be turned into
/// a 1-based line and column on demand (the way Go's `ErrorContext` derives them from `Pos`).
public final class SourceFile: @unchecked Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; computed lazily because most files never error.
    private var lineStartsCache: [Int]?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    private var lineStarts: [Int] {
        if let cached = lineStartsCache { return cached }
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStartsCache = starts
        return starts
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column (columns count Unicode scalars, as editors and libyaml do).
    public func lineAndColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let starts = lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        let lineStart = starts[lo]
        let prefix = bytes[lineStart..<clamped]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return (lo + 1, column)
    }

    /// Byte offset of a 1-based line/column, clamped to the file.
    public func offset(line: Int, column: Int) -> Int {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return bytes.count }
        let start = starts[line - 1]
        let text = lineText(line)
        var scalars = 0
        var byteCount = 0
        for s in text.unicodeScalars {
            if scalars >= column - 1 { break }
            scalars += 1
            byteCount += String(s).utf8.count
        }
        return min(start + byteCount, bytes.count)
    }

    /// The text of a 1-based line without its line terminator.
    public func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, end - 1 < bytes.count, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end >= start else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
