import Diagnostics
import FileSystem
import YAML

/// Fetches a remote kustomization root (a git URL with optional `?ref=`/`//subdir`) and
/// returns the local directory that holds it. The libgit2-backed one lives above this module.
public protocol RemoteResourceFetcher {
    func fetch(_ url: String) throws -> String
}

public struct KustomizeOptions {
    /// Used for remote `resources:`; without one, a remote resource is an error naming the URL.
    public var remoteFetcher: RemoteResourceFetcher?
    /// Upper bound on nested kustomization roots (guards pathological inputs).
    public var maxDepth: Int

    public init(remoteFetcher: RemoteResourceFetcher? = nil, maxDepth: Int = 100) {
        self.remoteFetcher = remoteFetcher
        self.maxDepth = maxDepth
    }
}

/// The result of a build: resources in output order and the warnings kustomize prints on stderr.
public struct KustomizeResult {
    public var resources: [Node]
    public var warnings: [Diagnostic]

    public init(resources: [Node], warnings: [Diagnostic]) {
        self.resources = resources
        self.warnings = warnings
    }

    /// The build output, byte-identical to `kustomize build`.
    public func yaml() -> String { KYAMLEmitter.emitStream(resources) }
}

/// The kustomize engine's façade (kustomize `api/krusty/kustomizer.go`): `build(at:)` runs
/// the whole pipeline for one directory.
public struct Kustomizer {
    public let fileSystem: FileSystem
    public let options: KustomizeOptions

    public init(fileSystem: FileSystem, options: KustomizeOptions = .init()) {
        self.fileSystem = fileSystem
        self.options = options
    }

    public func build(at path: String) throws -> KustomizeResult {
        let loader = try FileLoader.atRoot(path, fs: fileSystem, fetcher: options.remoteFetcher)
        let context = BuildContext(maxDepth: options.maxDepth)
        let target = try KustTarget.load(loader, context: context)
        let resources = try target.makeCustomizedResources()
        return KustomizeResult(resources: resources.map(\.node), warnings: context.warnings)
    }
}

/// State shared by every target of one build.
final class BuildContext {
    var warnings: [Diagnostic] = []
    let maxDepth: Int
    var depth = 0
    /// The build-wide schema for strategic-merge patches (`openapi:`), set once.
    var mergeSchema = MergeKeySchema.kubernetes
    var schemaIsSet = false
    init(maxDepth: Int) { self.maxDepth = maxDepth }
}
