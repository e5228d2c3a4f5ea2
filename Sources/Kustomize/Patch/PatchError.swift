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

    /// Where the error is, once the file is known; until then only `mark` has the position
    /// (a location without a path would render as a bare `:3:3:`).
    public var location: SourceLocation? {
        guard let mark, mark.line > 0, let file else { return nil }
        return SourceLocation(path: file.path, line: mark.line, column: mark.column, file: file)
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
