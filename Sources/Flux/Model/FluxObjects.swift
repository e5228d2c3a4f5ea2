import Diagnostics
import YAML

/// The Flux objects found in a list of Kubernetes resources (typically a kustomize build),
/// one list per kind, each in input order. Other resources are ignored.
public struct FluxObjects: Hashable, Sendable {
    public var helmReleases: [HelmRelease] = []
    public var gitRepositories: [GitRepository] = []
    public var helmRepositories: [HelmRepository] = []
    public var ociRepositories: [OCIRepository] = []
    public var kustomizations: [FluxKustomization] = []

    public init() {}

    /// Picks out Flux objects by API group and kind; a malformed one throws a located
    /// `FluxError.invalidObject`. `file` is where the nodes' marks point, when known.
    public static func decode(_ resources: [Node], file: SourceFile? = nil) throws -> FluxObjects {
        var out = FluxObjects()
        for resource in resources {
            let node = resource.resolved
            guard node.kind == .mapping, let apiVersion = node.string(at: "apiVersion"), let kind = node.string(at: "kind") else {
                continue
            }
            let group = apiVersion.split(separator: "/").first.map(String.init) ?? ""
            switch (group, kind) {
            case ("helm.toolkit.fluxcd.io", "HelmRelease"):
                out.helmReleases.append(try HelmRelease(node: node, file: file))
            case ("source.toolkit.fluxcd.io", "GitRepository"):
                out.gitRepositories.append(try GitRepository(node: node, file: file))
            case ("source.toolkit.fluxcd.io", "HelmRepository"):
                out.helmRepositories.append(try HelmRepository(node: node, file: file))
            case ("source.toolkit.fluxcd.io", "OCIRepository"):
                out.ociRepositories.append(try OCIRepository(node: node, file: file))
            case ("kustomize.toolkit.fluxcd.io", "Kustomization"):
                out.kustomizations.append(try FluxKustomization(node: node, file: file))
            default:
                continue
            }
        }
        return out
    }
}
