import YAML

/// The Helm engine's façade: `helm template` in process.
///
///     let chart = try ChartLoader.load(at: "/charts/bigbang", in: DiskFileSystem())
///     let values = try ValuesOptions(valueFiles: ["dev.yaml"]).merged(in: fs)
///     let result = try ChartRenderer().render(chart: chart, values: .map(values), options: opts)
///     print(try result.output(), terminator: "")
///
/// The steps follow Helm's install action in client-only mode: process dependencies
/// (aliases, conditions, tags, import-values), coalesce values, validate against every
/// chart's `values.schema.json`, check `kubeVersion`, render, then sort manifests.
public struct ChartRenderer: Sendable {
    public init() {}

    public func render(chart: Chart, values: Value, options: RenderOptions = RenderOptions()) throws -> RenderResult {
        try ReleaseNameRule.validate(options.releaseName)
        let userValues = values.mapValue ?? [:]
        let preparser: TemplatePreparser
        if let early = chart.earlyParse, early.claimForRender() {
            preparser = early
        } else {
            preparser = TemplatePreparser(set: TemplateEngine.makeTemplateSet())
            preparser.start(chart)
        }
        var leftovers: RenderLeftovers? = RenderLeftovers()
        defer {
            preparser.finish()
            RenderLeftovers.releaseInBackground(&leftovers)
        }
        var chart = chart
        try DependencyProcessor.process(&chart, values: userValues)
        let coalesced = try ValuesCoalescer.coalesce(chart, userValues)
        // Helm validates the values before anything else can fail; here the check runs beside
        // NOTES.txt (below), and every exit first takes its verdict, so its error still wins.
        let schemaCheck = DeferredSchemaCheck(chart: chart, values: coalesced, skip: options.skipSchemaValidation)
        let caps = Capabilities(kubeVersion: options.kubeVersion, extraAPIVersions: options.apiVersions)
        if !chart.metadata.kubeVersion.isEmpty {
            let compatible = VersionConstraint(chart.metadata.kubeVersion).flatMap { c in
                SemanticVersion(caps.kubeVersion.version).map(c.allows)
            } ?? false
            if !compatible {
                try schemaCheck.verdict()
                throw HelmError.incompatibleKubeVersion(constraint: chart.metadata.kubeVersion,
                                                        kubeVersion: caps.kubeVersion.version)
            }
        }
        let engine = TemplateEngine(releaseName: options.releaseName, namespace: options.namespace,
                                    isUpgrade: options.isUpgrade, revision: options.revision, capabilities: caps)
        var sorted: (manifests: [Manifest], hooks: [Manifest]) = ([], [])
        let files: [(path: String, content: String)]
        do {
            files = try engine.render(chart, values: coalesced, preparsed: preparser, randomSeed: options.randomSeed,
                                      leftovers: leftovers,
                                      lookupObjects: options.lookupObjects, executionThreads: options.executionThreads,
                                      manifestsReady: { manifests in
                                          schemaCheck.run()
                                          sorted = try ManifestSorter.sort(manifests)
                                      })
        } catch {
            try schemaCheck.verdict()
            throw error
        }
        try schemaCheck.verdict()
        // NOTES.txt is rendered (its errors count) but never part of the manifest; the root
        // chart's text is kept for callers that show it.
        let rootNotes = chart.name + "/templates/NOTES.txt"
        let notes = files.first { $0.path == rootNotes }?.content ?? ""
        var crds: [(path: String, content: String)] = []
        if options.includeCRDs { crds = ChartRenderer.crdObjects(chart, parentPath: nil) }
        return RenderResult(crds: crds, manifests: sorted.manifests, hooks: sorted.hooks, notes: notes, options: options)
    }

    /// Matches `Chart.CRDObjects`: this chart's crds/ files, then each subchart's.
    static func crdObjects(_ chart: Chart, parentPath: String?) -> [(path: String, content: String)] {
        let full = parentPath.map { $0 + "/charts/" + chart.name } ?? chart.name
        var out = chart.crdFiles.map { (full + "/" + $0.name, $0.text) }
        for dep in chart.dependencies { out += crdObjects(dep, parentPath: full) }
        return out
    }
}
