import Diagnostics
import FileSystem
import YAML

/// `.bbctl.yaml` at the repository root: the environments in promotion order and the
/// settings of promote, validate and render. Every section is optional; a repository
/// without the file gets the defaults below and environments discovered from its overlays.
///
/// ```yaml
/// environments:            # promotion order
///   - name: dev
///     path: dev
///   - name: prod
///     path: prod
///     production: true     # validate: the core packages must be enabled
/// promote:
///   keep: [domain, "**.hosts"]   # replaces the default keep-list
///   keepExtra: [myapp.replicas]  # added to it
/// validate:
///   allowedRegistries: [registry1.dso.mil]
///   requiredPackages: [istio, monitoring]
///   kubeVersion: "1.35.0"
///   disable: [image-registry]     # rule ids switched off
/// render:
///   repoMap: {"https://repo1.dso.mil/big-bang/bigbang.git": ../bigbang}
///   charts: {bigbang: ../bigbang/chart}
/// ```
public struct RepoConfig: Hashable, Sendable {
    public struct Environment: Hashable, Sendable {
        public var name: String
        /// Relative to the repository root.
        public var path: String
        /// Production environments must enable the core packages (validate).
        public var production: Bool

        public init(name: String, path: String? = nil, production: Bool = false) {
            self.name = name
            self.path = path ?? name
            self.production = production
        }
    }

    public static let fileName = ".bbctl.yaml"

    /// Values paths promote never copies from one environment to another: what is
    /// environment-specific in a Big Bang deployment.
    public static let defaultKeep = [
        "domain", "hostname", "**.hosts", "**.host", "**.replicas", "**.replicaCount",
        "**.resources", "**.storageClass", "**.storageClassName", "**.nodeSelector",
        "**.tolerations", "**.affinity", "istio.gateways.*.tls", "**.ingress.gateways.*.tls",
        "**.sso.client_id", "**.sso.client_secret", "sso.url", "sso.certificate_authority",
        "registryCredentials", "**.objectStorage", "**.bucket", "**.endpoint",
        // Flux reconcile timing is tuned per environment (dev fast, prod calm).
        "**.interval", "**.timeout",
    ]
    public static let defaultAllowedRegistries = ["registry1.dso.mil"]
    /// Big Bang's core services, which a production environment must not turn off.
    public static let defaultRequiredPackages = ["istiod", "istioCRDs", "istioGateway", "kyverno", "kyvernoPolicies", "monitoring"]

    public var environments: [Environment]
    public var keep: [String]
    public var allowedRegistries: [String]
    public var requiredPackages: [String]
    public var kubeVersion: String?
    public var disabledRules: Set<String>
    /// Git URL → local directory standing in for it during render.
    public var repoMap: [String: String]
    /// Chart name → local chart directory.
    public var charts: [String: String]
    /// The file this came from; nil when defaulted.
    public var file: SourceFile?

    public init(environments: [Environment] = [], keep: [String] = RepoConfig.defaultKeep,
                allowedRegistries: [String] = RepoConfig.defaultAllowedRegistries,
                requiredPackages: [String] = RepoConfig.defaultRequiredPackages,
                kubeVersion: String? = nil, disabledRules: Set<String> = [],
                repoMap: [String: String] = [:], charts: [String: String] = [:]) {
        self.environments = environments
        self.keep = keep
        self.allowedRegistries = allowedRegistries
        self.requiredPackages = requiredPackages
        self.kubeVersion = kubeVersion
        self.disabledRules = disabledRules
        self.repoMap = repoMap
        self.charts = charts
    }

    public static func == (a: RepoConfig, b: RepoConfig) -> Bool {
        a.environments == b.environments && a.keep == b.keep && a.allowedRegistries == b.allowedRegistries
            && a.requiredPackages == b.requiredPackages && a.kubeVersion == b.kubeVersion
            && a.disabledRules == b.disabledRules && a.repoMap == b.repoMap && a.charts == b.charts
    }

    public func hash(into h: inout Hasher) { h.combine(environments); h.combine(keep) }

    /// Reads `.bbctl.yaml` from `root`; the defaults when there is none.
    public static func load(repoRoot root: String, fileSystem fs: FileSystem = DiskFileSystem()) throws -> RepoConfig {
        let path = Path.join(root, fileName)
        guard fs.exists(path) else { return RepoConfig() }
        return try parse(fs.sourceFile(path))
    }

    public static func parse(_ file: SourceFile) throws -> RepoConfig {
        let docs = try YAMLParser.parse(file)
        var config = RepoConfig()
        config.file = file
        guard let root = docs.first?.resolved, !root.isNullScalar else { return config }
        let reader = ConfigReader(file: file)
        try reader.requireMapping(root, "the top level")
        if let envs = root["environments"] {
            config.environments = try reader.environments(envs)
        }
        if let promote = root["promote"] {
            try reader.requireMapping(promote, "promote")
            if let keep = promote["keep"] { config.keep = try reader.strings(keep, "promote.keep") }
            if let extra = promote["keepExtra"] { config.keep += try reader.strings(extra, "promote.keepExtra") }
        }
        if let validate = root["validate"] {
            try reader.requireMapping(validate, "validate")
            if let v = validate["allowedRegistries"] { config.allowedRegistries = try reader.strings(v, "validate.allowedRegistries") }
            if let v = validate["requiredPackages"] { config.requiredPackages = try reader.strings(v, "validate.requiredPackages") }
            if let v = validate["kubeVersion"] { config.kubeVersion = try reader.string(v, "validate.kubeVersion") }
            if let v = validate["disable"] { config.disabledRules = Set(try reader.strings(v, "validate.disable")) }
        }
        if let render = root["render"] {
            try reader.requireMapping(render, "render")
            if let v = render["repoMap"] { config.repoMap = try reader.stringMap(v, "render.repoMap") }
            if let v = render["charts"] { config.charts = try reader.stringMap(v, "render.charts") }
        }
        return config
    }
}

/// Shape checks for `.bbctl.yaml`, each failure located at the offending node.
private struct ConfigReader {
    let file: SourceFile

    func fail(_ node: Node, _ message: String) -> BigBangError {
        .invalidConfig(message, at: SourceLocation(path: file.path, line: node.mark.line, column: node.mark.column, file: file))
    }

    func requireMapping(_ node: Node, _ what: String) throws {
        guard node.resolved.isMapping else { throw fail(node, "\(what) of \(RepoConfig.fileName) must be a mapping") }
    }

    func string(_ node: Node, _ what: String) throws -> String {
        let n = node.resolved
        guard n.isScalar, !n.isNullScalar else { throw fail(node, "\(what) must be a string") }
        return n.value
    }

    func strings(_ node: Node, _ what: String) throws -> [String] {
        let n = node.resolved
        guard n.isSequence else { throw fail(node, "\(what) must be a list of strings") }
        return try n.children.map { try string($0, what) }
    }

    func stringMap(_ node: Node, _ what: String) throws -> [String: String] {
        let n = node.resolved
        guard n.isMapping else { throw fail(node, "\(what) must be a mapping of strings") }
        var out: [String: String] = [:]
        for (k, v) in n.pairs { out[k.value] = try string(v, "\(what).\(k.value)") }
        return out
    }

    func environments(_ node: Node) throws -> [RepoConfig.Environment] {
        let n = node.resolved
        guard n.isSequence else { throw fail(node, "environments must be a list") }
        var seen = Set<String>()
        return try n.children.map { item in
            let entry = item.resolved
            let env: RepoConfig.Environment
            if entry.isScalar {
                env = .init(name: try string(entry, "environments[]"))
            } else {
                guard entry.isMapping, let nameNode = entry["name"] else {
                    throw fail(item, "each environment needs a name")
                }
                let production = entry["production"].map { $0.resolved.value == "true" } ?? false
                env = .init(name: try string(nameNode, "environments[].name"),
                            path: try entry["path"].map { try string($0, "environments[].path") },
                            production: production)
            }
            guard seen.insert(env.name).inserted else { throw fail(item, "environment \"\(env.name)\" is listed twice") }
            return env
        }
    }
}
