import Diagnostics
import Dispatch
import FileSystem
import Foundation
import Git
import YAML

/// `bbctl diff`: renders (or builds) environments of a repository as they are in the working
/// tree or at git revisions, and compares them with `RenderDiffer`.
///
/// A revision is read from the object database (`RevisionFileSystem`): no checkout, no
/// stash, the working tree untouched. All sides render in parallel before any comparison.
public struct EnvironmentDiffer {
    public struct Options: Sendable {
        public var level: DiffLevel
        public var diff: DiffOptions
        /// How each side renders (its offline, cache and git settings also serve `build`).
        public var render: EnvironmentRenderer.Options

        public init(level: DiffLevel = .render, diff: DiffOptions = .init(), render: EnvironmentRenderer.Options = .init()) {
            self.level = level
            self.diff = diff
            self.render = render
        }

        var build: KustomizeBuild.Options {
            KustomizeBuild.Options(offline: render.offline, cacheRoot: render.cacheRoot, gitEnvironment: render.gitEnvironment)
        }
    }

    /// One side of a comparison: an environment name (or a directory holding a
    /// kustomization) as it is at `revision`, or in the working tree when nil.
    public struct Target: Hashable, Sendable {
        public var environment: String
        public var revision: String?

        public init(_ environment: String, at revision: String? = nil) {
            self.environment = environment
            self.revision = revision
        }
    }

    public let repository: BigBangRepository
    public let options: Options

    public init(repository: BigBangRepository, options: Options = .init()) {
        self.repository = repository
        self.options = options
    }

    /// Compares each pair (side A, side B), in order.
    public func diff(_ pairs: [(a: Target, b: Target)]) throws -> DiffReport {
        let views = try RepositoryViews(repository: repository, revisions: Set(pairs.flatMap { [$0.a.revision, $0.b.revision] }),
                                        gitEnvironment: options.render.gitEnvironment)
        let targets = Array(Set(pairs.flatMap { [$0.a, $0.b] }))
        let loaded = Concurrently.map(targets) { target in
            Result { try DiffSideLoader(level: options.level, options: options.render).load(target, in: views) }
        }
        let results = Dictionary(zip(targets, loaded), uniquingKeysWith: { first, _ in first })
        var sides: [(a: DiffSideContent, b: DiffSideContent)] = []
        for pair in pairs {
            guard let a = results[pair.a], let b = results[pair.b] else { continue }
            sides.append((try Self.side(a, pair.a, partner: b), try Self.side(b, pair.b, partner: a)))
        }

        let differ = RenderDiffer(options: options.diff)
        let diffs = Concurrently.map(sides) { a, b -> EnvironmentDiff in
            let sameName = a.name == b.name
            let name = sameName ? a.name : "\(a.name) → \(b.name)"
            var env: EnvironmentDiff
            if options.level == .values {
                env = differ.diffValues(a.values, b.values, secretPathsA: a.secretPaths, secretPathsB: b.secretPaths,
                                        name: name, labelA: a.name, labelB: b.name)
            } else {
                env = differ.diff(pieces: a.documents, b.documents, name: name, labelA: a.name, labelB: b.name, level: options.level)
            }
            env.warnings = a.warnings + b.warnings
            return env
        }
        return DiffReport(environments: diffs)
    }

    /// A loaded side; an environment that does not exist on this side while it does on the
    /// other (added or deleted between the revisions) is an empty side.
    private static func side(_ result: Result<DiffSideContent, Error>, _ target: Target,
                             partner: Result<DiffSideContent, Error>) throws -> DiffSideContent {
        switch (result, partner) {
        case (.success(let side), _): return side
        case (.failure(BigBangError.unknownEnvironment), .success): return DiffSideContent(name: target.environment)
        case (.failure(let error), _): throw error
        }
    }

    /// The environments a change between two revisions (`to` nil: the working tree,
    /// uncommitted and untracked files included) can affect: those with a changed file
    /// under their directory, and all of them when a shared file (`base/`, `.bbctl.yaml`,
    /// anything outside every environment directory) changed.
    public func affectedEnvironments(from: String, to: String?) throws -> [BigBangRepository.Environment] {
        let git = try GitRepository.discover(from: repository.root, environment: options.render.gitEnvironment)
        guard let workdir = git.workingDirectory.map(Path.clean) else { return repository.environments }
        let changed = try to.map { try git.changedPaths(from: from, to: $0) } ?? git.changedPaths(since: from)
        var affected = Set<String>()
        for relative in changed {
            let path = Path.join(workdir, relative)
            let owners = repository.environments.filter { Path.isWithin(path, $0.path) }
            if owners.isEmpty { return repository.environments }
            for env in owners { affected.insert(env.name) }
        }
        return repository.environments.filter { affected.contains($0.name) }
    }
}

/// The repository seen in the working tree and at each revision a comparison names.
struct RepositoryViews {
    struct View {
        var repository: BigBangRepository
        var fileSystem: FileSystem
    }

    let workingTree: View
    private var byRevision: [String: View] = [:]

    init(repository: BigBangRepository, revisions: Set<String?>, gitEnvironment: GitEnvironment) throws {
        workingTree = View(repository: repository, fileSystem: DiskFileSystem())
        let named = revisions.compactMap { $0 }
        guard !named.isEmpty else { return }
        let git = try GitRepository.discover(from: repository.root, environment: gitEnvironment)
        for revision in named {
            let fs = try RevisionFileSystem(repository: git, revision: revision)
            byRevision[revision] = View(repository: try BigBangRepository.open(root: repository.root, fileSystem: fs), fileSystem: fs)
        }
    }

    func view(at revision: String?) -> View {
        revision.flatMap { byRevision[$0] } ?? workingTree
    }
}
