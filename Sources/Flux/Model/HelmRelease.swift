import Diagnostics
import YAML

/// A `helm.toolkit.fluxcd.io/v2` HelmRelease, with the fields rendering needs.
public struct HelmRelease: Hashable, Sendable {
    /// `spec.chart.spec`: the chart to fetch from a source.
    public struct ChartTemplate: Hashable, Sendable {
        public var chart: String
        public var version: String?
        public var sourceRef: ObjectReference
        public var valuesFiles: [String]
    }

    /// One `spec.valuesFrom` entry (fluxcd/pkg `meta.ValuesReference`).
    public struct ValuesReference: Hashable, Sendable {
        public var kind: String
        public var name: String
        /// The data key; `values.yaml` when not given (`GetValuesKey`).
        public var valuesKey: String
        public var targetPath: String?
        public var optional: Bool
        /// Where the entry was written, for errors about it.
        public var mark: Node.Mark

        public init(kind: String, name: String, valuesKey: String = "values.yaml", targetPath: String? = nil,
                    optional: Bool = false, mark: Node.Mark = Node.Mark()) {
            self.kind = kind
            self.name = name
            self.valuesKey = valuesKey
            self.targetPath = targetPath
            self.optional = optional
            self.mark = mark
        }
    }

    /// `spec.install.crds` / `spec.upgrade.crds`.
    public enum CRDsPolicy: String, Hashable, Sendable {
        case skip = "Skip"
        case create = "Create"
        case createReplace = "CreateReplace"
    }

    public var metadata: ObjectMeta
    public var releaseName: String?
    public var targetNamespace: String?
    public var storageNamespace: String?
    public var chart: ChartTemplate?
    public var chartRef: ObjectReference?
    public var valuesFrom: [ValuesReference]
    /// `spec.values` as written (decoded by the composer the way helm-controller does).
    public var values: Node?
    public var dependsOn: [ObjectReference]
    public var postRenderers: [Node]
    public var installCRDs: CRDsPolicy?
    public var upgradeCRDs: CRDsPolicy?
    /// The whole object, for anything not modelled here.
    public var node: Node

    public var name: String { metadata.name }
    public var namespace: String? { metadata.namespace }

    /// Decodes one HelmRelease object; `file` is where its marks point, when known.
    public init(node: Node, file: SourceFile? = nil) throws {
        let r = ObjectReader(node, file: file)
        self.node = r.root
        metadata = try ObjectMeta(r)
        releaseName = try r.string(["spec", "releaseName"])
        targetNamespace = try r.string(["spec", "targetNamespace"])
        storageNamespace = try r.string(["spec", "storageNamespace"])
        if let spec = try r.mapping(["spec", "chart", "spec"]) {
            let c = r.scoped(spec, "spec.chart.spec")
            chart = ChartTemplate(
                chart: try c.requiredString(["chart"]),
                version: try c.string(["version"]),
                sourceRef: try ObjectReference(c, at: ["sourceRef"]),
                valuesFiles: try c.stringList(["valuesFiles"]))
        } else if try r.mapping(["spec", "chart"]) != nil {
            throw r.invalid(["spec", "chart", "spec"], "required field is missing", at: r.node(["spec", "chart"]))
        }
        if try r.mapping(["spec", "chartRef"]) != nil {
            chartRef = try ObjectReference(r, at: ["spec", "chartRef"])
        }
        valuesFrom = try r.sequence(["spec", "valuesFrom"]).enumerated().map { i, entry in
            let e = r.scoped(entry, "spec.valuesFrom[\(i)]")
            guard entry.kind == .mapping else { throw e.invalid([], "expected a mapping", at: entry) }
            let kind = try e.requiredString(["kind"])
            guard kind == "ConfigMap" || kind == "Secret" else {
                throw e.invalid(["kind"], "unsupported value '\(kind)': must be ConfigMap or Secret", at: e.node(["kind"]))
            }
            let key = try e.string(["valuesKey"])
            return ValuesReference(kind: kind, name: try e.requiredString(["name"]),
                                   valuesKey: (key?.isEmpty ?? true) ? "values.yaml" : key ?? "values.yaml",
                                   targetPath: try e.string(["targetPath"]).flatMap { $0.isEmpty ? nil : $0 },
                                   optional: try e.bool(["optional"]) ?? false, mark: entry.mark)
        }
        values = r.node(["spec", "values"])
        if let values, values.kind != .mapping {
            throw r.invalid(["spec", "values"], "expected a mapping, found a \(values.kindName)", at: values)
        }
        dependsOn = try r.sequence(["spec", "dependsOn"]).enumerated().map {
            try ObjectReference(r.scoped($1, "spec.dependsOn[\($0)]"), at: [])
        }
        postRenderers = try r.sequence(["spec", "postRenderers"])
        installCRDs = try Self.policy(r, ["spec", "install", "crds"])
        upgradeCRDs = try Self.policy(r, ["spec", "upgrade", "crds"])
        if chart == nil, chartRef == nil {
            throw r.invalid(["spec"], "one of spec.chart or spec.chartRef is required", at: r.node(["spec"]))
        }
    }

    private static func policy(_ r: ObjectReader, _ path: [String]) throws -> CRDsPolicy? {
        guard let s = try r.string(path) else { return nil }
        guard let p = CRDsPolicy(rawValue: s) else {
            throw r.invalid(path, "unsupported value '\(s)': must be Skip, Create or CreateReplace", at: r.node(path))
        }
        return p
    }
}
