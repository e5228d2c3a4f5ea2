import FileSystem
import Git

/// The repository as it was at a revision, without a checkout: the revision's tree, read
/// through libgit2 into memory at the repository's own absolute path, so every path a render
/// computes (overlays, bases, `.bbctl.yaml`) is the same as in the working tree. Paths
/// outside the repository (the git source cache, charts mapped next to it) come from disk.
/// Read-only: the working tree is never touched.
final class RevisionFileSystem: FileSystem, @unchecked Sendable {
    /// The working directory of the git repository.
    let root: String
    let revision: String
    private let tree: InMemoryFileSystem
    private let outside: FileSystem

    init(repository: GitRepository, revision: String, outside: FileSystem = DiskFileSystem()) throws {
        guard let workdir = repository.workingDirectory else {
            throw BigBangError.render("\(repository.gitDirectory): a bare repository has no working tree to compare with", at: nil)
        }
        root = Path.clean(workdir)
        self.revision = revision
        let atRevision = try repository.readTree(at: revision)
        let rerooted = InMemoryFileSystem()
        try rerooted.createDirectory(root)
        for file in atRevision.allFiles {
            rerooted.add(root + file, bytes: try atRevision.readFile(file))
        }
        tree = rerooted
        self.outside = outside
    }

    private func inside(_ path: String) -> Bool { Path.isWithin(Path.clean(path), root) }

    func readFile(_ path: String) throws -> [UInt8] {
        inside(path) ? try tree.readFile(path) : try outside.readFile(path)
    }

    func exists(_ path: String) -> Bool { inside(path) ? tree.exists(path) : outside.exists(path) }

    func isDirectory(_ path: String) -> Bool { inside(path) ? tree.isDirectory(path) : outside.isDirectory(path) }

    func listDirectory(_ path: String) throws -> [String] {
        inside(path) ? try tree.listDirectory(path) : try outside.listDirectory(path)
    }

    func realPath(_ path: String) throws -> String {
        inside(path) ? try tree.realPath(path) : try outside.realPath(path)
    }

    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws { throw readOnly(path) }
    func createDirectory(_ path: String) throws { throw readOnly(path) }
    func removeItem(_ path: String) throws { throw readOnly(path) }

    private func readOnly(_ path: String) -> FileSystemError {
        .ioFailure(path: path, reason: "read-only: the repository at revision \(revision)")
    }
}
