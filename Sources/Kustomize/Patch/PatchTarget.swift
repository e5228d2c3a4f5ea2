import YAML

/// Which resources a patch (or a replacement's select/reject) applies to: kustomize's
/// `types.Selector`. Group, version, kind, name and namespace are regular expressions
/// anchored as kustomize anchors them (`^(?:pattern)$`); an empty field matches anything.
/// Name and namespace match either the resource's current or its original value (kept in
/// the `internal.config.kubernetes.io/previousNames|previousNamespaces` annotations), and
/// an absent namespace counts as `default` (cluster-scoped kinds have none), as in
/// kustomize's `resWrangler.Select`.
public struct PatchTarget: Sendable {
    public var group: String
    public var version: String
    public var kind: String
    public var name: String
    public var namespace: String
    public var labelSelector: String
    public var annotationSelector: String

    private let compiled: CompiledTarget

    public init(group: String = "", version: String = "", kind: String = "", name: String = "",
                namespace: String = "", labelSelector: String = "", annotationSelector: String = "") throws {
        self.group = group
        self.version = version
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.labelSelector = labelSelector
        self.annotationSelector = annotationSelector
        compiled = try CompiledTarget(group: group, version: version, kind: kind, name: name, namespace: namespace,
                                      labels: labelSelector, annotations: annotationSelector)
    }

    /// Reads a `target:` (or `select:`/`reject:`) mapping. Errors point at the offending value.
    public init(_ node: Node) throws {
        let n = node.resolved
        guard n.kind == .mapping else { throw PatchError("target must be a mapping", at: n.mark) }
        func field(_ k: String) -> String { n[k]?.resolved.value ?? "" }
        // Compile each field on its own first so an error points at its value.
        for key in ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"] {
            do {
                if key.hasSuffix("Selector") { _ = try LabelSelector(parsing: field(key)) } else { _ = try AnchoredPattern(field(key)) }
            } catch var e as PatchError {
                e.mark = n[key]?.mark ?? n.mark
                throw e
            }
        }
        try self.init(group: field("group"), version: field("version"), kind: field("kind"), name: field("name"),
                      namespace: field("namespace"), labelSelector: field("labelSelector"),
                      annotationSelector: field("annotationSelector"))
    }

    /// Whether a resource is selected.
    public func matches(_ resource: Node) -> Bool {
        let r = resource.resolved
        let apiVersion = r.string(at: "apiVersion") ?? ""
        let resourceKind = r.string(at: "kind") ?? ""
        let (g, v) = Self.splitAPIVersion(apiVersion)
        let metadata = r["metadata"]?.resolved
        let annotations = Self.stringMap(metadata?["annotations"])

        if !namespace.isEmpty {
            let clusterScoped = ClusterScopedKinds.contains(apiVersion: apiVersion, kind: resourceKind)
            let current = Self.effectiveNamespace(metadata?.string(at: "namespace") ?? "", clusterScoped: clusterScoped)
            let original = Self.firstCSV(annotations["internal.config.kubernetes.io/previousNamespaces"])
                .map { Self.effectiveNamespace($0, clusterScoped: clusterScoped) } ?? current
            guard compiled.namespace.matches(original) || compiled.namespace.matches(current) else { return false }
        }
        if !name.isEmpty {
            let current = metadata?.string(at: "name") ?? ""
            let original = Self.firstCSV(annotations["internal.config.kubernetes.io/previousNames"]) ?? current
            guard compiled.name.matches(original) || compiled.name.matches(current) else { return false }
        }
        if !group.isEmpty, !compiled.group.matches(g) { return false }
        if !version.isEmpty, !compiled.version.matches(v) { return false }
        if !kind.isEmpty, !compiled.kind.matches(resourceKind) { return false }
        if let s = compiled.labels, !s.matches(Self.stringMap(metadata?["labels"])) { return false }
        if let s = compiled.annotations, !s.matches(annotations) { return false }
        return true
    }

    static func splitAPIVersion(_ apiVersion: String) -> (group: String, version: String) {
        guard let slash = apiVersion.firstIndex(of: "/") else { return ("", apiVersion) }
        return (String(apiVersion[..<slash]), String(apiVersion[apiVersion.index(after: slash)...]))
    }

    /// kyaml `ResId.EffectiveNamespace`.
    static func effectiveNamespace(_ ns: String, clusterScoped: Bool) -> String {
        if clusterScoped { return "_non_namespaceable_" }
        return ns.isEmpty ? "default" : ns
    }

    private static func firstCSV(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init)
    }

    static func stringMap(_ node: Node?) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in node?.resolved.pairs ?? [] { out[k.value] = v.resolved.value }
        return out
    }
}

/// The compiled form of a target, built once per target.
private final class CompiledTarget: @unchecked Sendable {
    let group, version, kind, name, namespace: AnchoredPattern
    let labels: LabelSelector?
    let annotations: LabelSelector?

    init(group: String, version: String, kind: String, name: String, namespace: String,
         labels: String, annotations: String) throws {
        self.group = try AnchoredPattern(group)
        self.version = try AnchoredPattern(version)
        self.kind = try AnchoredPattern(kind)
        self.name = try AnchoredPattern(name)
        self.namespace = try AnchoredPattern(namespace)
        self.labels = labels.isEmpty ? nil : try LabelSelector(parsing: labels)
        self.annotations = annotations.isEmpty ? nil : try LabelSelector(parsing: annotations)
    }
}

/// A pattern matched against a whole string, kustomize's `anchorRegex`. Plain names (the
/// usual case) are compared directly; anything with regex syntax goes through `Regex`.
struct AnchoredPattern {
    private let literal: String?
    private let regex: Regex<AnyRegexOutput>?

    init(_ pattern: String) throws {
        let special = "\\.+*?()|[]{}^$"
        if !pattern.contains(where: { special.contains($0) }) {
            literal = pattern
            regex = nil
        } else {
            literal = nil
            do { regex = try Regex("^(?:" + pattern + ")$") } catch {
                throw PatchError("error parsing regexp: invalid pattern `\(pattern)`")
            }
        }
    }

    func matches(_ s: String) -> Bool {
        if let literal { return literal == s }
        guard let regex else { return false }
        return (try? regex.wholeMatch(in: s)) != nil
    }
}
