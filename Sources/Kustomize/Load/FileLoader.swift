import Diagnostics
import FileSystem

/// Loads files and child roots for one kustomization directory under kustomize's default
/// `LoadRestrictionsRootOnly` (api/internal/loader): a file must resolve (symlinks
/// included) inside this loader's root; a child directory may be anywhere, as long as it
/// does not contain a root already being visited (cycle check).
final class FileLoader {
    let fs: FileSystem
    /// Confirmed root (symlinks resolved).
    let root: String
    let referrer: FileLoader?
    let fetcher: RemoteResourceFetcher?
    /// Set when this root was fetched from a remote URL.
    let remoteURL: String?

    init(fs: FileSystem, root: String, referrer: FileLoader?, fetcher: RemoteResourceFetcher?, remoteURL: String? = nil) {
        self.fs = fs
        self.root = root
        self.referrer = referrer
        self.fetcher = fetcher
        self.remoteURL = remoteURL
    }

    /// The loader for the build target (kustomize `NewFileLoaderAtRoot`).
    static func atRoot(_ path: String, fs: FileSystem, fetcher: RemoteResourceFetcher?) throws -> FileLoader {
        guard fs.exists(path) else {
            throw KustomizeError.message("must build at directory: not a valid directory: evalsymlink failure on '\(path)' : lstat \(path): no such file or directory")
        }
        guard fs.isDirectory(path) else {
            throw KustomizeError.message("must build at directory: '\(path)': file is not directory")
        }
        let real = (try? fs.realPath(path)) ?? Path.clean(path)
        return FileLoader(fs: fs, root: real, referrer: nil, fetcher: fetcher)
    }

    /// The absolute, symlink-free path of `path` relative to the root, without restriction.
    func absolute(_ path: String) -> String { Path.join(root, path) }

    /// Resolves a file path under the root-only restriction (kustomize `RestrictionRootOnly`).
    func resolveFile(_ path: String) throws -> String {
        let abs = absolute(path)
        guard fs.exists(abs) else {
            throw KustomizeError.message("evalsymlink failure on '\(abs)' : lstat \(abs): no such file or directory")
        }
        let real = (try? fs.realPath(abs)) ?? abs
        if fs.isDirectory(real) {
            throw KustomizeError.message("'\(abs)' must resolve to a file")
        }
        let dir = Path.dirname(real)
        guard Path.isWithin(dir, root) else {
            throw KustomizeError.message("security; file '\(abs)' is not in or below '\(root)'")
        }
        return real
    }

    /// Reads a file under the restriction.
    func load(_ path: String) throws -> SourceFile {
        if Remote.isHTTP(path) {
            throw KustomizeError.message("HTTP resource '\(path)' cannot be loaded without network access")
        }
        let real = try resolveFile(path)
        do {
            let bytes = try fs.readFile(real)
            return SourceFile(path: displayPath(real), bytes: bytes)
        } catch {
            throw KustomizeError.wrap(error, "unable to read '\(path)'")
        }
    }

    /// A path to show in diagnostics: the real path as given to us.
    func displayPath(_ real: String) -> String { real }

    /// A loader for a child root: a directory, or a remote URL through the fetcher
    /// (kustomize `FileLoader.New`).
    func child(_ path: String) throws -> FileLoader {
        if path.isEmpty { throw KustomizeError.message("new root cannot be empty") }
        if Remote.looksRemote(path), !fs.isDirectory(absolute(path)) {
            guard let fetcher else {
                throw KustomizeError.message("remote resource '\(path)' needs a fetcher: remote bases are not available in this build")
            }
            let dir: String
            do { dir = try fetcher.fetch(path) } catch { throw KustomizeError.wrap(error, "fetching '\(path)'") }
            let real = (try? fs.realPath(dir)) ?? Path.clean(dir)
            try errIfCycle(real)
            return FileLoader(fs: fs, root: real, referrer: self, fetcher: fetcher, remoteURL: path)
        }
        if path.hasPrefix("/") {
            throw KustomizeError.message("new root '\(path)' cannot be absolute")
        }
        let abs = absolute(path)
        guard fs.exists(abs) else {
            throw KustomizeError.message("must build at directory: not a valid directory: evalsymlink failure on '\(abs)' : lstat \(abs): no such file or directory")
        }
        guard fs.isDirectory(abs) else {
            throw KustomizeError.message("must build at directory: '\(abs)': file is not directory")
        }
        let real = (try? fs.realPath(abs)) ?? abs
        try errIfCycle(real)
        return FileLoader(fs: fs, root: real, referrer: self, fetcher: fetcher)
    }

    /// kustomize `errIfArgEqualOrHigher`: a new root may not contain any visited root.
    private func errIfCycle(_ candidate: String) throws {
        var cur: FileLoader? = self
        while let l = cur {
            if Path.isWithin(l.root, candidate) {
                throw KustomizeError.message("cycle detected: candidate root '\(candidate)' contains visited root '\(l.root)'")
            }
            cur = l.referrer
        }
    }
}

/// Recognising remote resource URLs the way kustomize's `git.NewRepoSpecFromURL` would.
enum Remote {
    static func isHTTP(_ s: String) -> Bool { s.hasPrefix("http://") || s.hasPrefix("https://") }

    static func looksRemote(_ s: String) -> Bool {
        if s.contains("://") { return true }
        if s.hasPrefix("git@") || s.hasPrefix("git::") { return true }
        for host in ["github.com/", "gitlab.com/", "bitbucket.org/"] where s.hasPrefix(host) { return true }
        return false
    }
}
