import Diagnostics
import YAML

/// An error from applying a patch or replacement: the message kustomize prints, and where in
/// the patch (or replacement) it arose. Nodes do not know their file, so the caller that
/// parsed the patch attaches it with `in(_:)`.
public struct PatchError: Error, Hashable, Sendable, DiagnosticConvertible, CustomStringConvertible {
    public var message: String
    public var mark: Node.Mark?
    public var file: SourceFile?

    public init(_ message: String, at mark: Node.Mark? = nil, file: SourceFile? = nil) {
        self.message = message
        self.mark = mark
        self.file = file
    }

    /// The same error located in `file` (unless it already has a file).
    public func `in`(_ file: SourceFile) -> PatchError {
        var e = self
        if e.file == nil { e.file = file }
        return e
    }

    public var location: SourceLocation? {
        guard let mark, mark.line > 0 else { return nil }
        if let file { return SourceLocation(path: file.path, line: mark.line, column: mark.column, file: file) }
        return SourceLocation(path: "", line: mark.line, column: mark.column)
    }

    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location) }
    public var description: String { message }

    public static func == (a: PatchError, b: PatchError) -> Bool {
        a.message == b.message && a.mark == b.mark && a.file?.path == b.file?.path
    }

    public func hash(into h: inout Hasher) {
        h.combine(message)
        h.combine(mark)
    }
}
