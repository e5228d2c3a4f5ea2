import Diagnostics
import Flux
import YAML

/// One object of a rendered environment, with the exact text the reference tool prints for it.
public struct RenderedDocument: Sendable {
    public var node: Node
    /// Where it came from: the kustomize build (`dev`), a followed Flux Kustomization
    /// (`Kustomization flux-system/apps`) or a template (`HelmRelease bigbang/bigbang: bigbang/templates/x.yaml`).
    public var origin: String
    /// The document as `kustomize build` / `helm template` prints it (with `---` and the
    /// `# Source:` line for Helm output); the environment's stream is these texts joined.
    public var text: String

    public init(node: Node, origin: String, text: String) {
        self.node = node
        self.origin = origin
        self.text = text
    }

    public var kind: String { node["kind"]?.value ?? "" }
    public var apiVersion: String { node["apiVersion"]?.value ?? "" }
    public var name: String { node.lookup(["metadata", "name"])?.value ?? "" }
    public var namespace: String? { node.lookup(["metadata", "namespace"])?.value }
}

/// One HelmRelease as helm-controller would install it.
public struct RenderedRelease: Sendable {
    /// The HelmRelease object's name and namespace.
    public var name: String
    public var namespace: String
    /// The Helm release name and the namespace the chart is installed into.
    public var releaseName: String
    public var releaseNamespace: String
    /// The chart's name and version as loaded.
    public var chart: String
    public var chartVersion: String
    /// The directory the chart was loaded from.
    public var chartPath: String
    public var values: ComposedValues
    /// Which level of the flow produced the HelmRelease: 0 for the environment's own, 1 for
    /// those the umbrella chart emitted (packages).
    public var level: Int

    public var id: String { "\(namespace)/\(name)" }
}

/// A HelmRelease whose chart could not be reached (no mirror, not cached, offline).
public struct UnresolvedRelease: Hashable, Sendable {
    public var name: String
    public var namespace: String
    public var source: String
    public var reason: String
}

/// What `bbctl render ENV` produces.
public struct EnvironmentRender: Sendable {
    public var environment: BigBangRepository.Environment
    /// Everything Flux would apply, in output order: the kustomize build, then each
    /// HelmRelease's templates right after the stage that produced the HelmRelease.
    public var documents: [RenderedDocument]
    public var releases: [RenderedRelease]
    public var unresolved: [UnresolvedRelease]
    public var warnings: [Diagnostic]

    public init(environment: BigBangRepository.Environment, documents: [RenderedDocument] = [],
                releases: [RenderedRelease] = [], unresolved: [UnresolvedRelease] = [], warnings: [Diagnostic] = []) {
        self.environment = environment
        self.documents = documents
        self.releases = releases
        self.unresolved = unresolved
        self.warnings = warnings
    }

    /// The stream as the reference pipeline prints it (`kustomize build`, then each
    /// `helm template`); Secret values masked unless `showSecrets`.
    public func yaml(showSecrets: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(documents.reduce(0) { $0 + $1.text.utf8.count })
        for doc in documents {
            if !showSecrets, SecretMasking.isSecret(doc.node) {
                out += SecretMasking.maskedText(of: doc)
            } else {
                out += doc.text
            }
        }
        return out
    }

    /// Documents selected by kind, name and namespace (each nil for any).
    public func filtered(kind: String? = nil, name: String? = nil, namespace: String? = nil) -> EnvironmentRender {
        var copy = self
        copy.documents = documents.filter { doc in
            (kind.map { $0.lowercased() == doc.kind.lowercased() } ?? true)
                && (name.map { $0 == doc.name } ?? true)
                && (namespace.map { $0 == (doc.namespace ?? "") } ?? true)
        }
        return copy
    }
}
