import YAML

/// One file of a chart: its path relative to the chart root ('/'-separated) and its bytes.
/// Matches Helm's `chart.File`.
public struct ChartFile: Hashable, Sendable {
    public var name: String
    public var data: [UInt8]

    public init(name: String, data: [UInt8]) {
        self.name = name
        self.data = data
    }

    public init(name: String, text: String) {
        self.init(name: name, data: Array(text.utf8))
    }

    public var text: String { String(decoding: data, as: UTF8.self) }
}

/// A maintainer entry of Chart.yaml (`chart.Maintainer`).
public struct ChartMaintainer: Hashable, Sendable {
    public var name = ""
    public var email = ""
    public var url = ""
    public init(name: String = "", email: String = "", url: String = "") {
        self.name = name
        self.email = email
        self.url = url
    }
}

/// One `import-values` entry: either a bare export name or a child/parent path pair.
public struct ImportValue: Hashable, Sendable {
    public var child: String
    public var parent: String
    public init(child: String, parent: String) {
        self.child = child
        self.parent = parent
    }
}

/// A dependency declared in Chart.yaml (or requirements.yaml for apiVersion v1 charts).
/// Matches Helm's `chart.Dependency`.
public struct ChartDependency: Hashable, Sendable {
    public var name = ""
    public var version = ""
    public var repository = ""
    public var condition = ""
    public var tags: [String] = []
    public var enabled = false
    /// Raw `import-values` entries: strings or `{child, parent}` maps, as written.
    public var importValues: [Value] = []
    public var alias = ""

    public init(name: String = "", version: String = "", repository: String = "", condition: String = "",
                tags: [String] = [], enabled: Bool = false, importValues: [Value] = [], alias: String = "") {
        self.name = name
        self.version = version
        self.repository = repository
        self.condition = condition
        self.tags = tags
        self.enabled = enabled
        self.importValues = importValues
        self.alias = alias
    }
}

/// The contents of Chart.yaml. Matches Helm's `chart.Metadata`.
public struct ChartMetadata: Hashable, Sendable {
    public var apiVersion = ""
    public var name = ""
    public var version = ""
    public var kubeVersion = ""
    public var description = ""
    public var type = ""
    public var keywords: [String] = []
    public var home = ""
    public var sources: [String] = []
    public var maintainers: [ChartMaintainer] = []
    public var icon = ""
    public var appVersion = ""
    public var deprecated = false
    public var annotations: [String: String]? = nil
    public var condition = ""
    public var tags = ""
    public var dependencies: [ChartDependency] = []
    /// Whether Chart.yaml had a `dependencies` list at all (Go's non-nil slice), which decides
    /// whether import-values processing rewrites the chart's values.
    public var hasDependencyList = false

    public init() {}
}

/// A loaded chart: metadata, default values, schema, templates, other files and subcharts.
/// Matches Helm's `chart.Chart`; `parentPath` replaces Go's parent pointer (the chain of
/// chart names from the root, used for template paths such as `root/charts/sub/templates/x`).
public struct Chart: Sendable {
    public var metadata: ChartMetadata
    /// Default values from values.yaml (an empty map when there is none).
    public var values: [String: Value]
    /// Raw values.schema.json, when present.
    public var schema: [UInt8]?
    /// Files under templates/, in load order.
    public var templates: [ChartFile]
    /// Every other file that is neither Chart.yaml, values.yaml, values.schema.json nor under
    /// templates/ or charts/ (this is what `.Files` exposes; it includes crds/).
    public var files: [ChartFile]
    /// Subcharts found under charts/ (directories and .tgz archives), sorted by name.
    public var dependencies: [Chart]
    /// This chart's templates, being parsed since the loader read them (see
    /// `ChartLoader.load(at:in:parsingTemplatesEarly:)`); the first render takes them.
    var earlyParse: TemplatePreparser?

    public init(metadata: ChartMetadata, values: [String: Value] = [:], schema: [UInt8]? = nil,
                templates: [ChartFile] = [], files: [ChartFile] = [], dependencies: [Chart] = []) {
        self.metadata = metadata
        self.values = values
        self.schema = schema
        self.templates = templates
        self.files = files
        self.dependencies = dependencies
    }

    public var name: String { metadata.name }

    public var isLibrary: Bool { metadata.type == "library" }

    /// CRD files of this chart (crds/*.yaml|yml|json), as Helm's `CRDObjects` lists them.
    public var crdFiles: [ChartFile] {
        files.filter { f in
            f.name.hasPrefix("crds/")
                && (f.name.hasSuffix(".yaml") || f.name.hasSuffix(".yml") || f.name.hasSuffix(".json"))
        }
    }
}
