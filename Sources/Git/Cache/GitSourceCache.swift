import FileSystem
import Foundation

/// A remote repository checked out at one commit, ready to read.
public struct GitSource: Hashable, Sendable {
    /// The URL as asked for (before `insteadOf`).
    public var url: String
    /// The URL actually fetched from (after `insteadOf`).
    public var fetchURL: String
    public var reference: GitReference
    public var commit: GitObjectID
    /// The checkout: one directory per commit, shared by everyone who asks for that commit.
    /// Treat it as read-only.
    public var directory: String
}

/// Materialises `url@ref` into a directory, cache first.
///
/// Layout under `root`:
///
///     repos/<key>.git        bare mirror of every branch and tag of the remote
///     repos/<key>.lock       flock held while the mirror is fetched or read
///     checkouts/<key>/<sha>  the files of one commit
///
/// A ref found in the mirror is used without touching the network; otherwise the remote is
/// fetched (through `url.<base>.insteadOf` from git config, for air-gapped mirrors), unless
/// the cache is offline, in which case the error names the URL and ref. `file://` URLs and
/// plain local paths work as remotes.
public final class GitSourceCache: Sendable {
    public let root: String
    public let offline: Bool
    public let environment: GitEnvironment

    public init(root: String, offline: Bool, environment: GitEnvironment = .current) {
        self.root = trimSlash(root)
        self.offline = offline
        self.environment = environment
    }

    /// `$BBCTL_CACHE/git` when set, else `$XDG_CACHE_HOME/bbctl/git`, else
    /// `~/.cache/bbctl/git`.
    public static func defaultRoot(environment: GitEnvironment = .current) -> String {
        let vars = environment.variables
        if let dir = vars["BBCTL_CACHE"], !dir.isEmpty { return trimSlash(dir) + "/git" }
        if let dir = vars["XDG_CACHE_HOME"], !dir.isEmpty { return trimSlash(dir) + "/bbctl/git" }
        return (environment.home ?? NSTemporaryDirectory()) + "/.cache/bbctl/git"
    }

    /// The checkout for a kustomize remote resource; the kustomization is at
    /// `directory + "/" + spec.path`.
    public func source(for spec: RepoSpec, refresh: Bool = false) throws -> GitSource {
        try source(url: spec.cloneURL, ref: GitReference(kustomizeRef: spec.ref), refresh: refresh, submodules: spec.submodules)
    }

    /// The local directory of a kustomize remote resource (`https://host/org/repo//dir?ref=v1`):
    /// the checkout joined with the path inside the repository. This is the shape of
    /// Kustomize's `RemoteResourceFetcher.fetch(_:)`, so the adapter above both modules is one
    /// line. Throws `invalidRepoSpec` for text that is not a remote URL and `pathNotFound`
    /// when the repository has no such directory.
    public func kustomizationRoot(for remoteResource: String) throws -> String {
        let spec = try RepoSpec(remoteResource)
        let source = try source(for: spec)
        let directory = spec.path.isEmpty ? source.directory : Path.join(source.directory, spec.path)
        var isDirectory: ObjCBool = false
        guard Path.isWithin(directory, source.directory),
              FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw GitError.pathNotFound(path: spec.path, revision: "\(spec.cloneURL)@\(source.reference)") }
        return directory
    }

    /// The checkout of `url` at `ref`, with submodules checked out at their recorded commits
    /// (from the cache too) unless `submodules` is false. A ref the mirror already knows is
    /// answered without any network access; `refresh` fetches first for refs that can move
    /// (branches, the default branch, semver ranges, names that are not full commit ids).
    public func source(url: String, ref: GitReference, refresh: Bool = false, submodules: Bool = true) throws -> GitSource {
        try source(url: url, ref: ref, refresh: refresh, submodules: submodules, chain: [])
    }

    /// `chain` holds the cache keys of the superprojects being checked out, whose locks this
    /// thread already holds: a submodule cycle must fail instead of waiting on itself.
    func source(url: String, ref: GitReference, refresh: Bool, submodules: Bool, chain: [String]) throws -> GitSource {
        let key = CacheKey.make(url)
        if chain.contains(key) || chain.count > Self.maxSubmoduleDepth {
            throw GitError.cacheFailure(path: url, reason: "submodules nest too deeply or form a cycle")
        }
        let reposDir = root + "/repos"
        try createDirectories(reposDir)
        let lock = try FileLock(path: "\(reposDir)/\(key).lock")
        defer { withExtendedLifetime(lock) {} }
        let fetchURL = try URLRewriter(environment: environment).rewrite(absoluteIfLocal(url))
        let mirror = Mirror(path: "\(reposDir)/\(key).git", fetchURL: fetchURL)
        if offline && !mirror.isFetched {
            throw GitError.offlineSourceMissing(url: url, ref: ref.description)
        }
        let repository = try openMirror(mirror.path)
        guard let commit = try resolve(ref, in: repository, mirror: mirror, refresh: refresh) else {
            throw offline ? GitError.offlineSourceMissing(url: url, ref: ref.description)
                          : GitError.referenceNotFound(url: url, ref: ref.description)
        }
        let request = CheckoutRequest(url: url, key: key, commit: commit, submodules: submodules, chain: chain + [key])
        let directory = try checkout(repository, request)
        return GitSource(url: url, fetchURL: fetchURL, reference: ref, commit: commit, directory: directory)
    }

    static let maxSubmoduleDepth = 8

    /// Where a remote is mirrored and where it is fetched from.
    private struct Mirror {
        var path: String
        var fetchURL: String
        /// Written after the first complete fetch, so an interrupted one is retried.
        var marker: String { path + "/bbctl-fetched" }
        var isFetched: Bool { FileManager.default.fileExists(atPath: marker) }
    }

    /// Cache first: resolve in the mirror, fetch only when the ref is missing (or movable and
    /// `refresh` asked for it), never when offline.
    private func resolve(_ ref: GitReference, in repository: GitRepository, mirror: Mirror, refresh: Bool) throws -> GitObjectID? {
        var fetched = false
        func fetch() throws {
            try RemoteFetcher.fetch(into: repository, url: mirror.fetchURL)
            _ = FileManager.default.createFile(atPath: mirror.marker, contents: nil)
            fetched = true
        }
        if !offline && (!mirror.isFetched || (refresh && ref.isMovable)) { try fetch() }
        if let commit = try ReferenceResolver.resolve(ref, in: repository) { return commit }
        if offline { return nil }
        if !fetched {
            try fetch()
            if let commit = try ReferenceResolver.resolve(ref, in: repository) { return commit }
        }
        if case .name(let name) = ref, name.hasPrefix("refs/"), !name.contains("*") {
            // Full ref names outside heads and tags (`refs/pull/1/head`) are fetched one by
            // one, as `git fetch URL REF` would.
            try RemoteFetcher.fetch(into: repository, url: mirror.fetchURL, refspecs: ["+\(name):\(name)"])
            return try ReferenceResolver.resolve(ref, in: repository)
        }
        return nil
    }

    private func openMirror(_ path: String) throws -> GitRepository {
        if FileManager.default.fileExists(atPath: path + "/HEAD") {
            return try GitRepository(at: path, environment: environment)
        }
        return try GitRepository.create(at: path, bare: true, initialBranch: "main", environment: environment)
    }

    func createDirectories(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GitError.cacheFailure(path: path, reason: "cannot create directory")
        }
    }

    /// Relative local paths are made absolute (libgit2 and the cache key both need that).
    private func absoluteIfLocal(_ url: String) -> String {
        if url.contains("://") || url.hasPrefix("/") || looksLikeSCP(url) { return url }
        return Path.join(FileManager.default.currentDirectoryPath, url)
    }

    /// A `file://` URL or a path, as opposed to a network remote.
    func isLocal(_ url: String) -> Bool {
        url.lowercased().hasPrefix("file://") || !(url.contains("://") || looksLikeSCP(url))
    }

    private func looksLikeSCP(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        guard let slash = url.firstIndex(of: "/") else { return true }
        return colon < slash
    }
}
