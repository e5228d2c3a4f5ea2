import Foundation
import Diagnostics
import FileSystem
import Flux
import GoTemplate
import Helm
import YAML

/// helm-controller's install of one HelmRelease, offline: compose the values from the
/// rendered ConfigMaps/Secrets, load the chart, template it with the release name and
/// namespace Flux uses, then apply the post-renderers.
struct HelmReleaseRenderer: Sendable {
    let resolver: ChartSourceResolver
    let charts: ChartCache
    let kubeVersion: KubeVersion?
    let lookup: LookupFixtures?

    struct Output {
        var release: RenderedRelease
        var documents: [RenderedDocument]
    }

    func render(_ release: HelmRelease, sources: FluxObjects, resources: [Node], level: Int) throws -> Output {
        let composed = try ValuesComposer.compose(release, resources: resources)
        let dir = try resolver.chartDirectory(for: release, sources: sources)
        var chart = try charts.chart(at: dir)
        if let files = release.chart?.valuesFiles, !files.isEmpty {
            chart.values = try valuesFiles(files, in: dir, release: release)
        }
        let releaseName = ReleaseNaming.releaseName(for: release)
        let namespace = ReleaseNaming.releaseNamespace(for: release) ?? "default"
        var options = Helm.RenderOptions(releaseName: releaseName, namespace: namespace)
        if let kubeVersion { options.kubeVersion = kubeVersion }
        // helm-controller installs crds/ unless the CRD policy says Skip.
        options.includeCRDs = release.installCRDs != .skip
        options.lookupObjects = lookup?.objects ?? []
        // A dry run is compared with other dry runs (diff, validate): generated passwords
        // and UUIDs are drawn from a source seeded by the release, so unchanged input
        // renders the same bytes.
        options.randomSeed = TemplateRandom.hash(namespace + "/" + releaseName)
        let result = try ChartRenderer().render(chart: chart, values: composed.values, options: options)
        let origin = "HelmRelease \(release.namespace ?? "default")/\(release.name)"
        var documents = try HelmOutputSplitter.documents(of: try result.output(), origin: origin)
        if !release.postRenderers.isEmpty {
            documents = try PostRendering.apply(release.postRenderers, to: documents, origin: origin)
        }
        let rendered = RenderedRelease(
            name: release.name, namespace: release.namespace ?? "default", releaseName: releaseName,
            releaseNamespace: namespace, chart: chart.metadata.name, chartVersion: chart.metadata.version,
            chartPath: dir, values: composed, level: level)
        return Output(release: rendered, documents: documents)
    }

    /// `spec.chart.spec.valuesFiles` replace the chart's values.yaml: merged in order, later wins.
    private func valuesFiles(_ files: [String], in dir: String, release: HelmRelease) throws -> [String: Value] {
        var merged: [String: Value] = [:]
        for name in files {
            let path = Path.join(dir, name)
            guard Path.isWithin(path, dir), resolver.fileSystem.exists(path) else {
                throw BigBangError.render("HelmRelease \(release.name): values file \(name) not found in the chart", at: nil)
            }
            let decoded = try SigsYAMLDecoder.decode(try resolver.fileSystem.sourceFile(path), into: .map)
            merged = SigsYAMLDecoder.mergeMaps(merged, decoded.mapValue ?? [:])
        }
        return merged
    }
}

/// Charts loaded once per process: Big Bang's umbrella chart is loaded for every environment.
final class ChartCache: @unchecked Sendable {
    private let fileSystem: FileSystem
    private var charts: [String: Chart] = [:]
    private let lock = NSLock()

    init(fileSystem: FileSystem) { self.fileSystem = fileSystem }

    func chart(at dir: String) throws -> Chart {
        if let chart = lock.withLock({ charts[dir] }) { return chart }
        let chart = try ChartLoader.load(at: dir, in: fileSystem, parsingTemplatesEarly: true)
        lock.withLock { charts[dir] = chart }
        return chart
    }
}
