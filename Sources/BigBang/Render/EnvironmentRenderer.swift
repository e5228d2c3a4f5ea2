import Diagnostics
import FileSystem
import Flux
import Foundation
import Git
import Helm
import Kustomize
import YAML

/// `bbctl render ENV`: what Flux would apply for one environment, offline.
///
/// 1. `kustomize build` of the environment (remote bases from the git cache);
/// 2. SOPS-encrypted objects decrypted in memory (placeholders without a key);
/// 3. Flux `Kustomization`s whose source is this repository (or a `repoMap` directory, or a
///    cached git source) followed into their `spec.path`, in `dependsOn` order;
/// 4. every `HelmRelease` templated with the values helm-controller composes;
/// 5. with `depth: .packages`, the HelmReleases the umbrella chart emitted, when their
///    chart sources are reachable (otherwise listed as unresolved).
public struct EnvironmentRenderer: Sendable {
    public struct Options: Sendable {
        public enum Depth: String, Sendable, CaseIterable {
            case umbrella, packages
        }

        public var depth: Depth
        /// Forbid fetching: missing git sources are reported instead.
        public var offline: Bool
        public var cacheRoot: String?
        public var gitEnvironment: GitEnvironment
        /// Git URL → local directory (added to `.bbctl.yaml` `render.repoMap`).
        public var repoMap: [String: String]
        /// Chart or HelmRelease name → chart directory (added to `.bbctl.yaml` `render.charts`).
        public var charts: [String: String]
        public var ageIdentities: [AgeIdentity]
        /// `--kube-version`; nil for the Helm engine's default.
        public var kubeVersion: String?
        /// Objects `lookup` returns; nil for `.bbctl/lookup/ENV.yaml` when it exists.
        public var lookupFile: String?
        /// Progress messages for slow work (the CLI decides whether to show them).
        public var progress: (@Sendable (String) -> Void)?

        public init(depth: Depth = .umbrella, offline: Bool = false, cacheRoot: String? = nil,
                    gitEnvironment: GitEnvironment = .current, repoMap: [String: String] = [:],
                    charts: [String: String] = [:], ageIdentities: [AgeIdentity] = [],
                    kubeVersion: String? = nil, lookupFile: String? = nil,
                    progress: (@Sendable (String) -> Void)? = nil) {
            self.depth = depth
            self.offline = offline
            self.cacheRoot = cacheRoot
            self.gitEnvironment = gitEnvironment
            self.repoMap = repoMap
            self.charts = charts
            self.ageIdentities = ageIdentities
            self.kubeVersion = kubeVersion
            self.lookupFile = lookupFile
            self.progress = progress
        }
    }

    public let repository: BigBangRepository
    public let options: Options
    public let fileSystem: FileSystem
    let chartCacheForRender: ChartCache

    public init(repository: BigBangRepository, options: Options = .init(), fileSystem: FileSystem = DiskFileSystem()) {
        self.repository = repository
        self.options = options
        self.fileSystem = fileSystem
        self.chartCacheForRender = ChartCache(fileSystem: fileSystem)
    }

    /// Several environments at once, on all cores; results in the order given.
    public func renderAll(_ environments: [BigBangRepository.Environment]) -> [Result<EnvironmentRender, Error>] {
        Concurrently.map(environments) { try render($0) }
    }

    public func render(_ environment: BigBangRepository.Environment) throws -> EnvironmentRender {
        var context = try RenderContext(renderer: self, environment: environment)
        try context.buildEnvironment()
        try context.followKustomizations()
        try context.renderReleases()
        return context.result
    }

    // MARK: - Shared pieces the stages use

    func makeCache() -> GitSourceCache {
        let env = options.gitEnvironment
        return GitSourceCache(root: options.cacheRoot ?? GitSourceCache.defaultRoot(environment: env),
                              offline: options.offline, environment: env)
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? Path.clean(path) : Path.join(repository.root, path)
    }

    /// `.bbctl.yaml` maps, then the options (command line wins).
    var repoMap: [String: String] {
        var map = repository.config.repoMap.mapValues(absolute)
        for (url, dir) in options.repoMap { map[url] = dir.hasPrefix("/") ? dir : Path.join(currentDirectory(), dir) }
        return map
    }

    var chartOverrides: [String: String] {
        var map = repository.config.charts.mapValues(absolute)
        for (name, dir) in options.charts { map[name] = dir.hasPrefix("/") ? dir : Path.join(currentDirectory(), dir) }
        return map
    }

    func lookupFixtures(for environment: BigBangRepository.Environment) throws -> LookupFixtures? {
        if let file = options.lookupFile {
            return try LookupFixtures.load(file.hasPrefix("/") ? file : Path.join(currentDirectory(), file), fileSystem: fileSystem)
        }
        let path = LookupFixtures.defaultPath(repositoryRoot: repository.root, environment: environment.name)
        return fileSystem.exists(path) ? try LookupFixtures.load(path, fileSystem: fileSystem) : nil
    }

    func kubeVersion() throws -> KubeVersion? {
        guard let text = options.kubeVersion ?? repository.config.kubeVersion else { return nil }
        return try KubeVersion.parse(text)
    }
}
