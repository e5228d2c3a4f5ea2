import Git
import Kustomize

/// Serves kustomize remote resources (`https://host/org/repo.git//path?ref=v1`) from the git
/// source cache: cache first, fetched through `insteadOf` mirrors when missing, never fetched
/// when the cache is offline.
public struct GitRemoteFetcher: RemoteResourceFetcher {
    public let cache: GitSourceCache

    public init(cache: GitSourceCache) { self.cache = cache }

    public func fetch(_ url: String) throws -> String {
        let spec = try RepoSpec(url)
        let source = try cache.source(for: spec)
        return spec.path.isEmpty ? source.directory : source.directory + "/" + spec.path
    }
}
