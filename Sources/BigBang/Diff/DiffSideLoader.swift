import Diagnostics
import FileSystem
import YAML

/// What one side of a comparison holds: the objects, and each release's values with the
/// leaf paths that came from Secrets.
struct DiffSideContent: Sendable {
    var name = ""
    var documents: [Node] = []
    var values: [String: Value] = [:]
    var secretPaths: [String: Set<String>] = [:]
    var warnings: [Diagnostic] = []
}

/// Produces one side: the environment found in the view of its revision, then built or
/// rendered with that view's file system.
struct DiffSideLoader {
    let level: DiffLevel
    let build: KustomizeBuild.Options

    func load(_ target: EnvironmentDiffer.Target, in views: RepositoryViews) throws -> DiffSideContent {
        let view = views.view(at: target.revision)
        let env = try view.repository.environment(named: target.environment, fileSystem: view.fileSystem)
        var side = DiffSideContent(name: env.name)
        switch level {
        case .build:
            let result = try KustomizeBuild(options: build, fileSystem: view.fileSystem).build(at: env.path)
            side.documents = result.resources
            side.warnings = result.warnings
        case .render, .values:
            try loadRender(env, view: view, into: &side)
        }
        return side
    }

    private func loadRender(_ env: BigBangRepository.Environment, view: RepositoryViews.View, into side: inout DiffSideContent) throws {
        throw BigBangError.render("diff --level \(level.rawValue) needs the environment renderer, which this build lacks", at: nil)
    }
}
