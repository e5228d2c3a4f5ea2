import FileSystem
import Git
import Kustomize

/// `bbctl build`: one kustomization built exactly as `kustomize build` would, with remote
/// bases served by the git cache.
public struct KustomizeBuild {
    public struct Options: Sendable {
        /// Forbid fetching: a remote base missing from the cache is an error naming it.
        public var offline: Bool
        /// The git cache directory; nil for `$BBCTL_CACHE` or `~/.cache/bbctl`.
        public var cacheRoot: String?
        /// Decides which git config files (and so which `insteadOf` mirrors) apply.
        public var gitEnvironment: GitEnvironment

        public init(offline: Bool = false, cacheRoot: String? = nil, gitEnvironment: GitEnvironment = .current) {
            self.offline = offline
            self.cacheRoot = cacheRoot
            self.gitEnvironment = gitEnvironment
        }
    }

    public let options: Options
    public let fileSystem: FileSystem

    public init(options: Options = .init(), fileSystem: FileSystem = DiskFileSystem()) {
        self.options = options
        self.fileSystem = fileSystem
    }

    public func build(at path: String) throws -> KustomizeResult {
        let env = options.gitEnvironment
        let cache = GitSourceCache(root: options.cacheRoot ?? GitSourceCache.defaultRoot(environment: env),
                                   offline: options.offline, environment: env)
        let kustomizer = Kustomizer(
            fileSystem: fileSystem,
            options: KustomizeOptions(remoteFetcher: GitRemoteFetcher(cache: cache)))
        return try kustomizer.build(at: absolutePath(path))
    }

    /// The build as `kustomize build` prints it.
    public func run(at path: String) throws -> CommandOutput {
        let result = try build(at: path)
        return CommandOutput(text: result.yaml(), warnings: result.warnings)
    }

    private func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return Path.clean(path) }
        return Path.join(currentDirectory(), path)
    }
}
