/// A directory known to exist, with symlinks resolved (kustomize's `filesys.ConfirmedDir`).
/// Load restrictions compare paths against confirmed directories so a symlink cannot escape.
public struct ConfirmedDirectory: Hashable, Sendable, CustomStringConvertible {
    public let path: String

    public init(_ path: String, in fs: FileSystem) throws {
        guard fs.isDirectory(path) else {
            throw fs.exists(path) ? FileSystemError.notADirectory(path) : FileSystemError.notFound(path)
        }
        self.path = try fs.realPath(path)
    }

    /// For paths already known to be real directories (e.g. from a previous confirmation).
    public init(unchecked path: String) { self.path = Path.clean(path) }

    public func join(_ rel: String) -> String { Path.join(path, rel) }

    public func contains(_ other: String) -> Bool { Path.isWithin(other, path) }

    public var description: String { path }
}
