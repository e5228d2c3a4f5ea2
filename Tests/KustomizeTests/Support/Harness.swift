import Diagnostics
import FileSystem
import YAML
@testable import Kustomize

/// Kustomize's `kusttest` harness in miniature: write files into an in-memory file system,
/// build, and read the result as one canonical line per resource.
struct Harness {
    let fs = InMemoryFileSystem()

    func write(_ path: String, _ text: String) { fs.add(path, text) }

    func build(_ dir: String = "/app", fetcher: RemoteResourceFetcher? = nil) throws -> [String] {
        try Kustomizer(fileSystem: fs, options: KustomizeOptions(remoteFetcher: fetcher)).build(at: dir).resources.map(flow)
    }

    func result(_ dir: String = "/app") throws -> KustomizeResult {
        try Kustomizer(fileSystem: fs).build(at: dir)
    }

    /// The diagnostic of a failing build.
    func error(_ dir: String = "/app") -> Diagnostic? {
        do {
            _ = try Kustomizer(fileSystem: fs).build(at: dir)
            return nil
        } catch {
            return error.asDiagnostic
        }
    }
}
