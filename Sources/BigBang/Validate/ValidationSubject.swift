import Diagnostics
import Flux
import Helm
import YAML

/// What the rules look at for one environment: its rendered objects, its templated
/// releases with their composed values, and what went wrong rendering it.
public struct ValidationSubject: Sendable {
    /// One rendered object and where it came from.
    public struct Document: Sendable {
        public var node: Node
        /// `dev/kustomization.yaml`, or `HelmRelease bigbang/bigbang: bigbang/templates/x.yaml`.
        public var origin: String
        /// The repository file the node's marks point into, when they do; nil for template
        /// output, whose marks count lines of the rendered text.
        public var file: SourceFile?

        public init(node: Node, origin: String, file: SourceFile? = nil) {
            self.node = node
            self.origin = origin
            self.file = file
        }

        /// `node`'s place in `file`, when the document has one.
        public func location(of node: Node) -> SourceLocation? {
            guard let file, node.mark.line > 0 else { return nil }
            return SourceLocation(path: file.path, line: node.mark.line, column: node.mark.column, file: file)
        }

        public var id: ObjectID? { ObjectID(node) }
    }

    /// One HelmRelease as templated: its chart and the values Flux composed for it.
    public struct Release: Sendable {
        public var name: String
        public var namespace: String
        public var releaseName: String
        /// The chart's name, as the render reports it.
        public var chart: String
        public var values: ComposedValues
        /// The loaded chart (for its values.schema.json and subcharts), when the render had it.
        public var loadedChart: Chart?

        public init(name: String, namespace: String, releaseName: String, chart: String, values: ComposedValues,
                    loadedChart: Chart? = nil) {
            self.name = name
            self.namespace = namespace
            self.releaseName = releaseName
            self.chart = chart
            self.values = values
            self.loadedChart = loadedChart
        }

        public var id: String { "HelmRelease/\(namespace)/\(name)" }
    }

    public var environment: BigBangRepository.Environment
    public var documents: [Document]
    public var releases: [Release]
    /// Errors that stopped (part of) the render: reported by the `render` rule.
    public var renderErrors: [Diagnostic]
    /// Warnings the render returned, reported as `render` warnings.
    public var renderWarnings: [Diagnostic]
    /// The environment's own source files (overlay and its local bases), for policies about
    /// what is committed: repository-relative path → file.
    public var sourceFiles: [SourceFile]

    public init(environment: BigBangRepository.Environment, documents: [Document] = [], releases: [Release] = [],
                renderErrors: [Diagnostic] = [], renderWarnings: [Diagnostic] = [], sourceFiles: [SourceFile] = []) {
        self.environment = environment
        self.documents = documents
        self.releases = releases
        self.renderErrors = renderErrors
        self.renderWarnings = renderWarnings
        self.sourceFiles = sourceFiles
    }
}
