import FileSystem
import Foundation

/// `bbctl envs` / `bbctl validate --list-envs`: the environments of a repository, so a CI file
/// can fan out one job per environment.
public struct EnvironmentList: Sendable {
    public var repository: BigBangRepository
    public var environments: [BigBangRepository.Environment]

    public init(repository: BigBangRepository, environments: [BigBangRepository.Environment]? = nil) {
        self.repository = repository
        self.environments = environments ?? repository.environments
    }

    private struct Entry: Encodable {
        var name: String
        /// Relative to the repository root.
        var path: String
        var production: Bool
    }

    private var entries: [Entry] {
        environments.map { Entry(name: $0.name, path: Path.relative($0.path, to: repository.root), production: $0.production) }
    }

    /// One environment a line: name, path, and `production` when it is one.
    public func text() -> String {
        let width = entries.map(\.name.count).max() ?? 0
        return entries.map { e in
            let pad = String(repeating: " ", count: width - e.name.count)
            return "\(e.name)\(pad)  \(e.path)\(e.production ? "  production" : "")\n"
        }.joined()
    }

    /// A JSON array of `{name, path, production}`.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entries) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
