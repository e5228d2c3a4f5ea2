import FileSystem

/// A read view of another file system with some files replaced or added in memory: how
/// kustomize-controller's edits to a Kustomization's `kustomization.yaml` (target namespace,
/// name prefix, patches, images) are seen by the build without touching the user's files.
struct OverlayFileSystem: FileSystem {
    let base: FileSystem
    let overrides: [String: [UInt8]]

    func readFile(_ path: String) throws -> [UInt8] {
        if let bytes = overrides[Path.clean(path)] { return bytes }
        return try base.readFile(path)
    }

    func exists(_ path: String) -> Bool { overrides[Path.clean(path)] != nil || base.exists(path) }

    func isDirectory(_ path: String) -> Bool { overrides[Path.clean(path)] == nil && base.isDirectory(path) }

    func listDirectory(_ path: String) throws -> [String] {
        var names = Set(try base.listDirectory(path))
        let dir = Path.clean(path)
        for key in overrides.keys where Path.dirname(key) == dir { names.insert(Path.basename(key)) }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    func realPath(_ path: String) throws -> String {
        overrides[Path.clean(path)] != nil ? Path.clean(path) : try base.realPath(path)
    }

    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws { throw FileSystemError.ioFailure(path: path, reason: "read-only view") }
    func createDirectory(_ path: String) throws { throw FileSystemError.ioFailure(path: path, reason: "read-only view") }
    func removeItem(_ path: String) throws { throw FileSystemError.ioFailure(path: path, reason: "read-only view") }
}
