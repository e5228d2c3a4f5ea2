import Foundation

/// A file system held in memory, for tests and for sources read out of git trees.
/// Directories exist implicitly as parents of files, or explicitly via `createDirectory`.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private var files: [String: [UInt8]] = [:]
    private var directories: Set<String> = ["/"]
    private let lock = NSLock()

    public init(files: [String: String] = [:]) {
        for (path, text) in files { add(path, text) }
    }

    /// Adds a file, creating its parent directories.
    public func add(_ path: String, _ text: String) {
        add(path, bytes: Array(text.utf8))
    }

    public func add(_ path: String, bytes: [UInt8]) {
        let p = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        files[p] = bytes
        var dir = Path.dirname(p)
        while !directories.contains(dir) {
            directories.insert(dir)
            dir = Path.dirname(dir)
        }
    }

    public var allFiles: [String] {
        lock.lock(); defer { lock.unlock() }
        return files.keys.sorted()
    }

    public func readFile(_ path: String) throws -> [UInt8] {
        let p = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        if let bytes = files[p] { return bytes }
        if directories.contains(p) { throw FileSystemError.ioFailure(path: path, reason: "is a directory") }
        throw FileSystemError.notFound(path)
    }

    public func exists(_ path: String) -> Bool {
        let p = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        return files[p] != nil || directories.contains(p)
    }

    public func isDirectory(_ path: String) -> Bool {
        let p = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        return directories.contains(p)
    }

    public func listDirectory(_ path: String) throws -> [String] {
        let p = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        guard directories.contains(p) else {
            throw files[p] != nil ? FileSystemError.notADirectory(path) : FileSystemError.notFound(path)
        }
        let prefix = p == "/" ? "/" : p + "/"
        var names = Set<String>()
        for key in files.keys where key.hasPrefix(prefix) {
            names.insert(String(key.dropFirst(prefix.count).split(separator: "/")[0]))
        }
        for key in directories where key.hasPrefix(prefix) && key != p {
            names.insert(String(key.dropFirst(prefix.count).split(separator: "/")[0]))
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public func realPath(_ path: String) throws -> String {
        guard exists(path) else { throw FileSystemError.notFound(path) }
        return Path.clean(path)
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws {
        add(path, bytes: bytes)
    }

    public func createDirectory(_ path: String) throws {
        var dir = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        while !directories.contains(dir) {
            directories.insert(dir)
            dir = Path.dirname(dir)
        }
    }

    public func moveItem(_ source: String, to destination: String) throws {
        let bytes = try readFile(source)
        guard !isDirectory(source) else { throw FileSystemError.ioFailure(path: source, reason: "is a directory") }
        add(destination, bytes: bytes)
        lock.lock(); defer { lock.unlock() }
        files[Path.clean(source)] = nil
    }

    public func removeItem(_ path: String) throws {
        let p = Path.clean(path)
        lock.lock(); defer { lock.unlock() }
        let prefix = p + "/"
        files = files.filter { $0.key != p && !$0.key.hasPrefix(prefix) }
        directories = directories.filter { $0 != p && !$0.hasPrefix(prefix) }
    }
}
