import Diagnostics
import Flux
import Foundation
import YAML

extension Validator {
    /// Renders `environments` in parallel (`EnvironmentRenderer.renderAll`), then checks them.
    /// An environment that fails to render is reported by the `render` rule and still checked
    /// as far as its kustomize build gets, so one broken environment never hides the others'
    /// findings or its own remaining ones.
    public func validate(_ environments: [BigBangRepository.Environment],
                         render options: EnvironmentRenderer.Options = .init()) -> ValidationReport {
        let renderer = EnvironmentRenderer(repository: repository, options: options, fileSystem: fileSystem)
        let renders = renderer.renderAll(environments)
        return check(Concurrently.map(Array(zip(environments, renders))) { environment, render in
            subject(environment, render, renderer: renderer)
        })
    }

    /// What the rules see of one environment's render (or of its failure).
    func subject(_ environment: BigBangRepository.Environment, _ render: Result<EnvironmentRender, Error>,
                 renderer: EnvironmentRenderer) -> ValidationSubject {
        let rendered = (try? render.get())?.documents.map(\.node) ?? []
        let sources = sourceFiles(of: environment, alsoFollowed: EnvironmentSources.followedPaths(in: rendered))
        let matcher = SourceMatcher(sources)
        var subject = ValidationSubject(environment: environment, sourceFiles: sources)
        switch render {
        case .success(let result):
            subject.documents = result.documents.map {
                ValidationSubject.Document(node: $0.node, origin: $0.origin, file: matcher.file(for: $0.node))
            }
            subject.releases = result.releases.map { r in
                ValidationSubject.Release(name: r.name, namespace: r.namespace, releaseName: r.releaseName, chart: r.chart,
                                          values: r.values, loadedChart: try? renderer.chartCacheForRender.chart(at: r.chartPath))
            }
            subject.renderWarnings = result.warnings
        case .failure(let error):
            subject.renderErrors = [error.asDiagnostic]
            fallback(environment, renderer: renderer, matcher: matcher, into: &subject)
        }
        return subject
    }

    /// After a failed render: the environment's kustomize build alone, and its HelmReleases'
    /// composed values with their charts, so the other rules (values-schema above all, when
    /// Helm rejected the values) still run.
    private func fallback(_ environment: BigBangRepository.Environment, renderer: EnvironmentRenderer,
                          matcher: SourceMatcher, into subject: inout ValidationSubject) {
        let build = KustomizeBuild(options: .init(offline: renderer.options.offline, cacheRoot: renderer.options.cacheRoot,
                                                  gitEnvironment: renderer.options.gitEnvironment),
                                   fileSystem: fileSystem)
        guard let built = try? build.build(at: environment.path) else { return }
        subject.documents = built.resources.map {
            ValidationSubject.Document(node: $0, origin: environment.name, file: matcher.file(for: $0))
        }
        guard let context = try? RenderContext(renderer: renderer, environment: environment),
              let objects = try? FluxObjects.decode(built.resources) else { return }
        for release in objects.helmReleases {
            guard let values = try? ValuesComposer.compose(release, resources: built.resources),
                  let dir = try? context.releases.resolver.chartDirectory(for: release, sources: objects),
                  let chart = try? renderer.chartCacheForRender.chart(at: dir) else { continue }
            subject.releases.append(ValidationSubject.Release(
                name: release.name, namespace: release.namespace ?? "default",
                releaseName: ReleaseNaming.releaseName(for: release), chart: chart.name, values: values, loadedChart: chart))
        }
    }
}

/// Finds the repository file a rendered object was read from: the same kind and name in
/// one of the environment's source files, at the same line and column (kustomize keeps the
/// marks of the node it parsed), so a finding can show that file's line.
struct SourceMatcher {
    private var candidates: [String: [(file: SourceFile, mark: Node.Mark)]] = [:]

    init(_ files: [SourceFile]) {
        for file in files where file.path.hasSuffix(".yaml") || file.path.hasSuffix(".yml") {
            guard let docs = try? YAMLParser.parse(file) else { continue }
            for doc in docs {
                let root = doc.resolved
                guard let kind = root.string(at: "kind"), let name = root.string(at: "metadata", "name") else { continue }
                candidates[kind + "/" + name, default: []].append((file, root.mark))
            }
        }
    }

    func file(for node: Node) -> SourceFile? {
        let root = node.resolved
        guard root.mark.line > 0, let kind = root.string(at: "kind"), let name = root.string(at: "metadata", "name") else { return nil }
        let matches = (candidates[kind + "/" + name] ?? []).filter { $0.mark.line == root.mark.line && $0.mark.column == root.mark.column }
        return matches.count == 1 ? matches[0].file : nil
    }
}
