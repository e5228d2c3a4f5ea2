import Diagnostics

/// What the engines need from a file system. Paths are absolute and '/'-separated; the disk
/// and in-memory implementations behave the same so engine tests run without touching disk.
public protocol FileSystem: Sendable {
    func readFile(_ path: String) throws -> [UInt8]
    func exists(_ path: String) -> Bool
    func isDirectory(_ path: String) -> Bool
    /// Entry names (not paths) of a directory, sorted bytewise.
    func listDirectory(_ path: String) throws -> [String]
    /// The entries with whether each is a directory (following symlinks), sorted bytewise:
    /// walking a tree this way spares a `stat` per entry where the directory listing says.
    func listDirectoryEntries(_ path: String) throws -> [DirectoryEntry]
    /// The path with symlinks resolved; the path itself when the implementation has none.
    func realPath(_ path: String) throws -> String
    /// Replaces the file's contents atomically (temp file + rename on disk).
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws
    func createDirectory(_ path: String) throws
    func removeItem(_ path: String) throws
    /// Renames a file over `destination` (POSIX `rename`: atomic within one file system), so
    /// several files can be written as temps first and then put in place together.
    func moveItem(_ source: String, to destination: String) throws
}

public enum FileSystemError: Error, DiagnosticConvertible, Equatable {
    case notFound(String)
    case notADirectory(String)
    case ioFailure(path: String, reason: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .notFound(let p): return .error("\(p): no such file or directory")
        case .notADirectory(let p): return .error("\(p): not a directory")
        case .ioFailure(let p, let r): return .error("\(p): \(r)")
        }
    }
}

/// One entry of a directory listing.
public struct DirectoryEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool

    public init(name: String, isDirectory: Bool) {
        self.name = name
        self.isDirectory = isDirectory
    }
}

extension FileSystem {
    public func listDirectoryEntries(_ path: String) throws -> [DirectoryEntry] {
        try listDirectory(path).map { DirectoryEntry(name: $0, isDirectory: isDirectory(Path.join(path, $0))) }
    }

    public func readText(_ path: String) throws -> String {
        String(decoding: try readFile(path), as: UTF8.self)
    }

    public func sourceFile(_ path: String) throws -> SourceFile {
        SourceFile(path: path, bytes: try readFile(path))
    }

    public func writeText(_ path: String, _ text: String) throws {
        try writeFileAtomically(path, Array(text.utf8))
    }

    /// For implementations without a rename of their own: copy, then remove the source.
    public func moveItem(_ source: String, to destination: String) throws {
        try writeFileAtomically(destination, try readFile(source))
        try removeItem(source)
    }
}
