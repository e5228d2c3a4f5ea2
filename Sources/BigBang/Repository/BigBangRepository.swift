import FileSystem

/// A customer deployment repository: its root, its `.bbctl.yaml` and its environments.
public struct BigBangRepository: Sendable {
    /// One deployable overlay: a name and the absolute directory kustomize builds.
    public struct Environment: Hashable, Sendable {
        public var name: String
        public var path: String
        public var production: Bool

        public init(name: String, path: String, production: Bool = false) {
            self.name = name
            self.path = path
            self.production = production
        }
    }

    public let root: String
    public let config: RepoConfig
    /// In promotion order: the configured list, else discovered overlays (dev, staging, prod first).
    public let environments: [Environment]

    public init(root: String, config: RepoConfig, environments: [Environment]) {
        self.root = root
        self.config = config
        self.environments = environments
    }

    /// The repository holding `path`: the nearest ancestor with `.bbctl.yaml`, else with
    /// `.git`, else `path` itself.
    public static func discover(from path: String, fileSystem fs: FileSystem = DiskFileSystem()) throws -> BigBangRepository {
        let start = path.hasPrefix("/") ? Path.clean(path) : Path.join(currentDirectory(), path)
        let root = findRoot(from: start, fs: fs)
        return try open(root: root, fileSystem: fs)
    }

    public static func open(root: String, fileSystem fs: FileSystem = DiskFileSystem()) throws -> BigBangRepository {
        let config = try RepoConfig.load(repoRoot: root, fileSystem: fs)
        let envs: [Environment]
        if config.environments.isEmpty {
            envs = discoverEnvironments(root: root, fs: fs)
        } else {
            envs = config.environments.map {
                Environment(name: $0.name, path: Path.join(root, $0.path), production: $0.production)
            }
        }
        return BigBangRepository(root: root, config: config, environments: envs)
    }

    /// `name` as a configured environment, else as a directory (relative to the current
    /// directory, then to the root) holding a kustomization.
    public func environment(named name: String, fileSystem fs: FileSystem = DiskFileSystem()) throws -> Environment {
        if let env = environments.first(where: { $0.name == name }) { return env }
        let candidates = [name.hasPrefix("/") ? Path.clean(name) : Path.join(currentDirectory(), name), Path.join(root, name)]
        for dir in candidates where fs.isDirectory(dir) {
            let known = environments.first { $0.path == dir }
            return known ?? Environment(name: Path.basename(dir), path: dir)
        }
        throw BigBangError.unknownEnvironment(name, known: environments.map(\.name))
    }

    static let kustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    static func hasKustomization(_ dir: String, _ fs: FileSystem) -> Bool {
        kustomizationNames.contains { fs.exists(Path.join(dir, $0)) }
    }

    private static func findRoot(from start: String, fs: FileSystem) -> String {
        var dir = fs.isDirectory(start) ? start : Path.dirname(start)
        var gitRoot: String?
        while true {
            if fs.exists(Path.join(dir, RepoConfig.fileName)) { return dir }
            if gitRoot == nil, fs.exists(Path.join(dir, ".git")) { gitRoot = dir }
            let parent = Path.dirname(dir)
            if parent == dir { break }
            dir = parent
        }
        if let gitRoot { return gitRoot }
        // No marker at all: an overlay directory's parent holds its siblings (dev, prod, base).
        let startDir = fs.isDirectory(start) ? start : Path.dirname(start)
        return hasKustomization(startDir, fs) ? Path.dirname(startDir) : startDir
    }

    /// Top-level directories with a kustomization, other than `base`; the usual
    /// promotion order first (dev, test, staging, prod), then alphabetical.
    private static func discoverEnvironments(root: String, fs: FileSystem) -> [Environment] {
        let order = ["dev", "develop", "development", "test", "qa", "int", "staging", "stage", "preprod", "prod", "production"]
        let names = ((try? fs.listDirectory(root)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "base" && $0 != "templates" }
            .filter { fs.isDirectory(Path.join(root, $0)) && hasKustomization(Path.join(root, $0), fs) }
        let sorted = names.sorted { a, b in
            let ia = order.firstIndex(of: a) ?? order.count, ib = order.firstIndex(of: b) ?? order.count
            return ia != ib ? ia < ib : a < b
        }
        return sorted.map {
            Environment(name: $0, path: Path.join(root, $0), production: $0 == "prod" || $0 == "production")
        }
    }
}
