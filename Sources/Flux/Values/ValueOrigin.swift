import YAML

/// Where a composed value came from, for `bbctl values --show-origin`.
public struct ValueOrigin: Hashable, Sendable, CustomStringConvertible {
    public enum Via: Hashable, Sendable {
        /// A valuesFrom entry's data, parsed as YAML and merged.
        case valuesFrom
        /// A valuesFrom entry with `targetPath`: its raw text set at that path.
        case targetPath(String)
        /// The HelmRelease's `spec.values`.
        case specValues
    }

    /// `Kind/namespace/name` of the object that supplied the value.
    public var source: String
    /// The data key (`values.yaml`), or `spec.values`.
    public var key: String
    /// 1-based line within the key's text (or within `spec.values`), when known.
    public var line: Int?
    public var via: Via

    public init(source: String, key: String, line: Int? = nil, via: Via) {
        self.source = source
        self.key = key
        self.line = line
        self.via = via
    }

    public var description: String {
        var s = "\(source) \(key)"
        if let line { s += ":\(line)" }
        if case .targetPath(let path) = via { s += " (targetPath \(path))" }
        return s
    }
}

/// What `ValuesComposer.compose` returns: the values helm-controller would pass to Helm, and
/// for each leaf path (`a.b[0].c`) the source that set it last.
public struct ComposedValues: Hashable, Sendable {
    /// Always a `.map`.
    public var values: Value
    public var origins: [String: ValueOrigin]

    public init(values: [String: Value], origins: [String: ValueOrigin]) {
        self.values = .map(values)
        self.origins = origins
    }

    /// The values as the map Helm takes.
    public var map: [String: Value] { values.mapValue ?? [:] }
}

