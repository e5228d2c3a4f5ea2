/// A position in an input file. Line and column are 1-based.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// The file, when it is at hand, so the renderer can show the source line and a caret.
    public var file: SourceFile?

    public init(path: String, line: Int, column: Int, file: SourceFile? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.file = file
    }

    public init(file: SourceFile, offset: Int) {
        let lc = file.lineAndColumn(ofOffset: offset)
        self.init(path: file.path, line: lc.line, column: lc.column, file: file)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.path == b.path && a.line == b.line && a.column == b.column
    }

    public func hash(into h: inout Hasher) {
        h.combine(path); h.combine(line); h.combine(column)
    }
}
