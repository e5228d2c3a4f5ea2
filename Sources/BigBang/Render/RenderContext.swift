import Diagnostics
import FileSystem
import Flux
import Git
import Kustomize
import YAML

/// The state of one environment's render as it moves through the stages.
struct RenderContext {
    let renderer: EnvironmentRenderer
    let environment: BigBangRepository.Environment
    let cache: GitSourceCache
    let decryption: SecretDecryption
    let releases: HelmReleaseRenderer
    var result: EnvironmentRender
    /// Flux Kustomizations already built, by namespace/name.
    private var followed: Set<String> = []

    static let maxKustomizations = 500

    init(renderer: EnvironmentRenderer, environment: BigBangRepository.Environment) throws {
        self.renderer = renderer
        self.environment = environment
        cache = renderer.makeCache()
        decryption = SecretDecryption(
            decryptor: SOPSDecryptor(identities: renderer.options.ageIdentities),
            repositoryRoot: renderer.repository.root, fileSystem: renderer.fileSystem)
        releases = HelmReleaseRenderer(
            resolver: ChartSourceResolver(
                cache: cache, repoMap: renderer.repoMap, charts: renderer.chartOverrides,
                chartCacheRoot: Path.join(cache.root, "charts"), fileSystem: renderer.fileSystem),
            charts: renderer.chartCacheForRender, kubeVersion: try renderer.kubeVersion(),
            lookup: try renderer.lookupFixtures(for: environment))
        result = EnvironmentRender(environment: environment)
        originURL = (try? Git.GitRepository.discover(from: renderer.repository.root))
            .flatMap { try? $0.remoteURL() }.map(ChartSourceResolver.normalise)
    }

    /// The nodes of `result.documents`, kept in step with it: every stage reads them.
    private var nodes: [Node] = []
    /// The repository's `origin` URL, normalised (nil without git or remote).
    private let originURL: String?

    private func progress(_ message: String) { renderer.options.progress?("\(environment.name): \(message)") }

    // MARK: 1–2. The environment's kustomize build, decrypted.

    mutating func buildEnvironment() throws {
        progress("kustomize build \(Path.relative(environment.path, to: renderer.repository.root))")
        let fetcher = GitRemoteFetcher(cache: cache)
        let resources: [Node]
        if BigBangRepository.hasKustomization(environment.path, renderer.fileSystem) {
            let kustomizer = Kustomizer(fileSystem: renderer.fileSystem, options: KustomizeOptions(remoteFetcher: fetcher))
            let built = try kustomizer.build(at: environment.path)
            result.warnings += built.warnings
            resources = try decryption.process(built.resources, warnings: &result.warnings)
        } else {
            // A plain directory of manifests (a fleet repo's clusters/NAME): built the way
            // kustomize-controller builds a path without a kustomization file.
            let built = try FluxKustomizationBuild(fileSystem: renderer.fileSystem, fetcher: fetcher)
                .buildDirectory(environment.path)
            resources = try decryption.process(built, warnings: &result.warnings)
        }
        append(resources, origin: environment.name)
    }

    private mutating func append(_ resources: [Node], origin: String) {
        for node in resources {
            let separator = result.documents.isEmpty ? "" : "---\n"
            result.documents.append(RenderedDocument(node: node, origin: origin, text: separator + KYAMLEmitter.emit(node)))
            nodes.append(node)
        }
    }

    // MARK: 3. Flux Kustomizations.

    mutating func followKustomizations() throws {
        for _ in 0..<Self.maxKustomizations {
            let objects = try FluxObjects.decode(nodes)
            let pending = objects.kustomizations.filter { !followed.contains(key($0)) }
            guard let next = Self.nextInDependencyOrder(pending, done: followed, key: key) else { return }
            followed.insert(key(next))
            guard let root = try sourceRoot(of: next, objects: objects) else { continue }
            // The bootstrap Kustomization that syncs the environment's own directory: its
            // objects are the ones already rendered.
            if Path.clean(Path.join(root, next.path ?? "./")) == Path.clean(environment.path) { continue }
            progress("Kustomization \(key(next))")
            let build = FluxKustomizationBuild(fileSystem: renderer.fileSystem, fetcher: GitRemoteFetcher(cache: cache))
            let built: [Node]
            do {
                built = try build.build(next, sourceRoot: root, clusterObjects: nodes)
            } catch let error as DiagnosticConvertible {
                var diagnostic = error.diagnostic
                diagnostic.notes.append(.init("while building Flux Kustomization \(key(next)) (spec.path \(next.path ?? "./"))"))
                throw diagnostic
            }
            append(try decryption.process(built, warnings: &result.warnings), origin: "Kustomization \(key(next))")
        }
        result.warnings.append(.warning("stopped following Flux Kustomizations after \(Self.maxKustomizations)"))
    }

    private func key(_ k: FluxKustomization) -> String { "\(k.metadata.namespace ?? "default")/\(k.metadata.name)" }

    /// The first pending Kustomization whose `dependsOn` are all built (or not part of the
    /// render at all); when only cycles remain, the first pending one.
    static func nextInDependencyOrder(_ pending: [FluxKustomization], done: Set<String>,
                                      key: (FluxKustomization) -> String) -> FluxKustomization? {
        let pendingKeys = Set(pending.map(key))
        return pending.first { k in
            k.dependsOn.allSatisfy { dep in
                let depKey = "\(dep.namespace ?? k.metadata.namespace ?? "default")/\(dep.name)"
                return done.contains(depKey) || !pendingKeys.contains(depKey)
            }
        } ?? pending.first
    }

    /// Where a Kustomization's source lives on this machine, or nil (with a warning) when it
    /// cannot be reached.
    private mutating func sourceRoot(of k: FluxKustomization, objects: FluxObjects) throws -> String? {
        let kind = k.sourceRef.kind ?? "GitRepository"
        let namespace = k.sourceRef.namespace ?? k.metadata.namespace
        guard kind == "GitRepository" else {
            result.warnings.append(.warning("Kustomization \(key(k)): \(kind) sources are not followed"))
            return nil
        }
        guard let repo = objects.gitRepositories.first(where: {
            $0.metadata.name == k.sourceRef.name && ($0.metadata.namespace ?? namespace) == namespace
        }) else {
            // Flux's bootstrap source is created outside the repository it syncs: this one.
            if k.sourceRef.name == "flux-system" { return renderer.repository.root }
            result.warnings.append(.warning("Kustomization \(key(k)): GitRepository \(k.sourceRef.name) is not part of the render; not followed"))
            return nil
        }
        if let dir = ChartSourceResolver.lookup(repo.url, in: renderer.repoMap) { return dir }
        if isThisRepository(repo.url) { return renderer.repository.root }
        do {
            return try releases.resolver.checkout(repo)
        } catch let error as ChartSourceResolver.Unreachable {
            result.warnings.append(.warning("Kustomization \(key(k)): source \(error.source) unreachable: \(error.reason)"))
            return nil
        }
    }

    private func isThisRepository(_ url: String) -> Bool {
        originURL == ChartSourceResolver.normalise(url)
    }

    // MARK: 4–5. HelmReleases.

    mutating func renderReleases() throws {
        let environmentObjects = try FluxObjects.decode(nodes)
        let produced = try renderLevel(environmentObjects.helmReleases, sources: environmentObjects, level: 0)
        guard renderer.options.depth == .packages, !produced.isEmpty else { return }
        let all = try FluxObjects.decode(nodes)
        let packageReleases = try FluxObjects.decode(produced).helmReleases
        _ = try renderLevel(packageReleases, sources: all, level: 1)
    }

    /// Renders each release, appending its documents; returns everything they produced.
    private mutating func renderLevel(_ list: [HelmRelease], sources: FluxObjects, level: Int) throws -> [Node] {
        var produced: [Node] = []
        for release in list {
            let id = "\(release.namespace ?? "default")/\(release.name)"
            progress("HelmRelease \(id)")
            do {
                let output = try releases.render(release, sources: sources, resources: nodes, level: level)
                result.releases.append(output.release)
                let outputNodes = output.documents.map(\.node)
                result.documents += output.documents
                nodes += outputNodes
                produced += outputNodes
            } catch let error as ChartSourceResolver.Unreachable {
                result.unresolved.append(UnresolvedRelease(name: release.name, namespace: release.namespace ?? "default",
                                                           source: error.source, reason: error.reason))
                result.warnings.append(.warning("HelmRelease \(id) not rendered: chart \(error.source) unreachable: \(error.reason)"))
            } catch let error as DiagnosticConvertible where level > 0 {
                result.unresolved.append(UnresolvedRelease(name: release.name, namespace: release.namespace ?? "default",
                                                           source: release.chart?.chart ?? "", reason: error.diagnostic.message))
                result.warnings.append(.warning("HelmRelease \(id) (package) not rendered: \(error.diagnostic.message)"))
            } catch let error as DiagnosticConvertible {
                var diagnostic = error.diagnostic
                diagnostic.location = sourceLocation(of: diagnostic.location, release: release)
                diagnostic.notes.append(.init("while rendering HelmRelease \(id)"))
                throw diagnostic
            }
        }
        return produced
    }

    /// Errors about a HelmRelease carry marks into the file it was written in but name the
    /// object (`HelmRelease/ns/name:14:5`): point them at that repository file instead.
    private func sourceLocation(of location: SourceLocation?, release: HelmRelease) -> SourceLocation? {
        guard let location, location.file == nil, location.path.hasPrefix("HelmRelease/") else { return location }
        let index = ObjectSourceIndex(root: renderer.repository.root, fileSystem: renderer.fileSystem, kind: "HelmRelease")
        guard let relative = index.file(kind: "HelmRelease", name: release.name),
              let file = try? renderer.fileSystem.sourceFile(Path.join(renderer.repository.root, relative)),
              location.line >= 1, location.line <= file.lineCount else { return location }
        return SourceLocation(path: file.path, line: location.line, column: location.column, file: file)
    }
}
