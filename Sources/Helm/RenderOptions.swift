import YAML

/// The `helm template` flags that shape rendering and output.
public struct RenderOptions: Sendable {
    public var releaseName: String
    public var namespace: String
    public var revision: Int
    /// `--is-upgrade`: `.Release.IsUpgrade` true, `IsInstall` false.
    public var isUpgrade: Bool
    /// `--kube-version` (parsed with `KubeVersion.parse`).
    public var kubeVersion: KubeVersion
    /// `--api-versions`, appended to Helm's default list.
    public var apiVersions: [String]
    /// `--show-only` globs (paths inside the chart, e.g. `templates/x.yaml`).
    public var showOnly: [String]
    /// `--include-crds`: print `crds/` files first.
    public var includeCRDs: Bool
    /// `--no-hooks`: leave hooks out of the output.
    public var noHooks: Bool
    /// `--skip-tests`: leave `test` hooks out.
    public var skipTests: Bool
    /// `--skip-schema-validation`.
    public var skipSchemaValidation: Bool
    /// Objects `lookup` finds (a cluster-state fixture); `helm template` has none.
    public var lookupObjects: [Value] = []
    /// Seeds the random template functions so repeated renders agree (see
    /// `TemplateOptions.randomSeed`); nil for fresh randomness as `helm template` has.
    public var randomSeed: UInt64? = nil
    /// Threads that execute templates (see `TemplateExecution`); nil uses every core.
    public var executionThreads: Int? = nil

    public init(releaseName: String = "release-name", namespace: String = "default", revision: Int = 1,
                isUpgrade: Bool = false, kubeVersion: KubeVersion = .default, apiVersions: [String] = [],
                showOnly: [String] = [], includeCRDs: Bool = false, noHooks: Bool = false, skipTests: Bool = false,
                skipSchemaValidation: Bool = false) {
        self.releaseName = releaseName
        self.namespace = namespace
        self.revision = revision
        self.isUpgrade = isUpgrade
        self.kubeVersion = kubeVersion
        self.apiVersions = apiVersions
        self.showOnly = showOnly
        self.includeCRDs = includeCRDs
        self.noHooks = noHooks
        self.skipTests = skipTests
        self.skipSchemaValidation = skipSchemaValidation
    }
}
