import Diagnostics
import FileSystem
import Flux
import YAML

/// What one side of a comparison holds: the objects, and each release's values with the
/// leaf paths that came from Secrets.
struct DiffSideContent: Sendable {
    var name = ""
    /// Objects with their stream texts (nil for a build, printed on demand).
    var documents: [(Node, String?)] = []
    var values: [String: Value] = [:]
    var secretPaths: [String: Set<String>] = [:]
    var warnings: [Diagnostic] = []
}

/// Produces one side: the environment found in the view of its revision, then built or
/// rendered with that view's file system.
struct DiffSideLoader {
    let level: DiffLevel
    let options: EnvironmentRenderer.Options

    func load(_ target: EnvironmentDiffer.Target, in views: RepositoryViews) throws -> DiffSideContent {
        let view = views.view(at: target.revision)
        let env = try view.repository.environment(named: target.environment, fileSystem: view.fileSystem)
        var side = DiffSideContent(name: env.name)
        switch level {
        case .build:
            let build = KustomizeBuild.Options(offline: options.offline, cacheRoot: options.cacheRoot,
                                               gitEnvironment: options.gitEnvironment)
            let result = try KustomizeBuild(options: build, fileSystem: view.fileSystem).build(at: env.path)
            side.documents = result.resources.map { ($0, nil) }
            side.warnings = result.warnings
        case .render, .values:
            try loadRender(env, view: view, into: &side)
        }
        return side
    }

    private func loadRender(_ env: BigBangRepository.Environment, view: RepositoryViews.View, into side: inout DiffSideContent) throws {
        let render = try EnvironmentRenderer(repository: view.repository, options: options, fileSystem: view.fileSystem).render(env)
        side.warnings = render.warnings
        if level == .values {
            for release in render.releases {
                side.values[release.id] = release.values.values
                let fromSecrets = release.values.origins.filter { $0.value.source.hasPrefix("Secret/") }.keys
                if !fromSecrets.isEmpty { side.secretPaths[release.id] = Set(fromSecrets) }
            }
        } else {
            side.documents = render.documents.map { ($0.node, $0.text) }
            try restoreCiphertext(env, view: view, into: &side)
        }
    }

    /// Objects the render could not decrypt carry placeholders, equal on both sides
    /// whatever the ciphertext says; the encrypted objects of the kustomize build take
    /// their place, so a change is still seen (by ciphertext, masked). Only when a
    /// placeholder is there: the extra build costs nothing otherwise.
    private func restoreCiphertext(_ env: BigBangRepository.Environment, view: RepositoryViews.View,
                                   into side: inout DiffSideContent) throws {
        let placeholders = side.documents.indices.filter { side.documents[$0].1?.contains(SOPS.defaultPlaceholder) ?? false }
        guard !placeholders.isEmpty else { return }
        let build = KustomizeBuild.Options(offline: options.offline, cacheRoot: options.cacheRoot, gitEnvironment: options.gitEnvironment)
        let built = try KustomizeBuild(options: build, fileSystem: view.fileSystem).build(at: env.path).resources
        var encrypted: [ResourceID: Node] = [:]
        for node in built where SOPS.isEncrypted(node) { encrypted[ResourceID(node)] = node.resolved }
        for i in placeholders {
            if let original = encrypted[ResourceID(side.documents[i].0)] { side.documents[i] = (original, nil) }
        }
    }
}
