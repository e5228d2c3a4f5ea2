#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system through POSIX calls (no Foundation on the hot path).
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw errnoError(path) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw FileSystemError.ioFailure(path: path, reason: "is a directory")
        }
        // Read straight into an array of the size fstat reports (charts are hundreds of
        // small files: no zero-filled staging buffer per file), then on to EOF in case the
        // file grew.
        var failure: Int32 = 0
        let expected = max(Int(st.st_size), 0)
        var result = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected, let base = buffer.baseAddress {
                let n = read(fd, base + count, expected - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { throw errnoError(path, failure) }
        if result.count == expected {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw errnoError(path)
                }
                if n == 0 { break }
                result.append(contentsOf: chunk[0..<n])
            }
        }
        return result
    }

    public func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    public func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public func listDirectory(_ path: String) throws -> [String] {
        var names: [String] = []
        try forEachEntry(path) { name, _ in names.append(name) }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func listDirectoryEntries(_ path: String) throws -> [DirectoryEntry] {
        var entries: [DirectoryEntry] = []
        try forEachEntry(path) { name, type in
            // The listing's own type where it knows; symlinks and unknown types are looked up.
            let isDirectory = type == Int32(DT_DIR) ? true
                : type == Int32(DT_REG) ? false
                : self.isDirectory(Path.join(path, name))
            entries.append(DirectoryEntry(name: name, isDirectory: isDirectory))
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// Every entry of a directory but `.` and `..`, with the type `readdir` reports (`DT_*`).
    private func forEachEntry(_ path: String, _ body: (String, Int32) -> Void) throws {
        guard let dir = opendir(path) else { throw errnoError(path) }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            body(name, Int32(entry.pointee.d_type))
        }
    }

    public func realPath(_ path: String) throws -> String {
        guard let resolved = realpath(path, nil) else { throw errnoError(path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws {
        let dir = Path.dirname(path)
        var template = Array("\(dir)/.\(Path.basename(path)).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw errnoError(path) }
        let tmpPath = String(cString: template)
        var ok = false
        defer {
            if !ok { unlink(tmpPath) }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                close(fd)
                throw errnoError(path)
            }
            written += n
        }
        // Keep the mode of the file being replaced, else the usual 0644.
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? (st.st_mode & 0o7777) : 0o644
        fchmod(fd, mode)
        guard fsync(fd) == 0, close(fd) == 0 else { throw errnoError(path) }
        guard rename(tmpPath, path) == 0 else { throw errnoError(path) }
        ok = true
    }

    public func createDirectory(_ path: String) throws {
        if isDirectory(path) { return }
        let parent = Path.dirname(path)
        if parent != path, !exists(parent) { try createDirectory(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw errnoError(path) }
    }

    public func removeItem(_ path: String) throws {
        if isDirectory(path) {
            for name in try listDirectory(path) { try removeItem(path + "/" + name) }
            guard rmdir(path) == 0 else { throw errnoError(path) }
        } else {
            guard unlink(path) == 0 else { throw errnoError(path) }
        }
    }

    public func moveItem(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else { throw errnoError(source) }
    }

    private func errnoError(_ path: String, _ saved: Int32? = nil) -> FileSystemError {
        let code = saved ?? errno
        if code == ENOENT { return .notFound(path) }
        if code == ENOTDIR { return .notADirectory(path) }
        return .ioFailure(path: path, reason: String(cString: strerror(code)))
    }
}
