import Diagnostics
import FileSystem
import Foundation

/// What `bbctl render`, `values` and `images` share: which repository and environments,
/// and how to render them.
public struct RenderRequest: Sendable {
    /// Environment names or directories; empty for every environment of the repository.
    public var environments: [String]
    public var options: EnvironmentRenderer.Options
    /// Where to look for the repository (default: the current directory).
    public var startPath: String

    public init(environments: [String], options: EnvironmentRenderer.Options = .init(), startPath: String = ".") {
        self.environments = environments
        self.options = options
        self.startPath = startPath
    }

    /// The repository (found from the first environment directory, else from `startPath`)
    /// and the environments asked for.
    public func resolve(fileSystem: FileSystem = DiskFileSystem()) throws -> (BigBangRepository, [BigBangRepository.Environment]) {
        var start = startPath
        if let first = environments.first, fileSystem.isDirectory(first.hasPrefix("/") ? first : Path.join(currentDirectory(), first)) {
            start = first
        }
        let repository = try BigBangRepository.discover(from: start, fileSystem: fileSystem)
        if environments.isEmpty { return (repository, repository.environments) }
        return (repository, try environments.map { try repository.environment(named: $0, fileSystem: fileSystem) })
    }

    /// Renders every requested environment (in parallel when there are several).
    public func run(fileSystem: FileSystem = DiskFileSystem()) throws -> [EnvironmentRender] {
        let (repository, envs) = try resolve(fileSystem: fileSystem)
        let renderer = EnvironmentRenderer(repository: repository, options: options, fileSystem: fileSystem)
        if envs.count == 1, let env = envs.first { return [try renderer.render(env)] }
        return try renderer.renderAll(envs).map { try $0.get() }
    }
}
