import Diagnostics
import YAML

/// One check of `bbctl validate`. Rules are pure functions of a rendered environment: they
/// run in parallel, per environment and per rule, and return every finding, not the first.
protocol ValidationRule: Sendable {
    /// The id findings carry and `.bbctl.yaml` `validate.disable` lists.
    var id: String { get }
    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding]
    /// Rendered YAML that triggers the rule and YAML that passes it, run by a test for every
    /// rule (SwiftLint's rule examples). Rules about releases or renders have none.
    var examples: RuleExamples { get }
}

extension ValidationRule {
    var examples: RuleExamples { RuleExamples() }
}

/// Multi-document YAML streams, as an environment's render (and its committed files).
struct RuleExamples: Sendable {
    var triggering: [String] = []
    var passing: [String] = []
}

/// Settings every rule may read.
public struct ValidationContext: Sendable {
    public var config: RepoConfig
    /// Kubernetes version the deprecated-api rule checks against.
    public var kubeVersion: KubernetesVersion

    public init(config: RepoConfig = RepoConfig(), kubeVersion: KubernetesVersion = .current) {
        self.config = config
        self.kubeVersion = kubeVersion
    }
}

/// `major.minor` of a Kubernetes release, compared numerically.
public struct KubernetesVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// The release bbctl assumes without `--kube-version`, the same as `bbctl template`'s.
    public static let current = KubernetesVersion(1, 35)

    /// `1.29`, `v1.29.3`, `1.29.0-eks`; nil for anything else.
    public init?(parsing text: String) {
        var t = Substring(text)
        if t.hasPrefix("v") { t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let major = Int(parts[0]) else { return nil }
        let minorDigits = parts[1].prefix { $0.isNumber }
        guard let minor = Int(minorDigits) else { return nil }
        self.init(major, minor)
    }

    public static func < (a: KubernetesVersion, b: KubernetesVersion) -> Bool {
        (a.major, a.minor) < (b.major, b.minor)
    }

    public var description: String { "\(major).\(minor)" }
}

/// Builds findings for one rule and environment, so rules only say what and where.
struct FindingBuilder {
    let rule: String
    let environment: String
    var findings: [Finding] = []

    init(rule: String, subject: ValidationSubject) {
        self.rule = rule
        self.environment = subject.environment.name
    }

    /// `origin` says where the problem came from when there is no location (a value's
    /// `ConfigMap/ns/name values.yaml:3`); the document's origin otherwise.
    mutating func add(_ severity: Finding.Severity, _ message: String, in doc: ValidationSubject.Document? = nil,
                      at node: Node? = nil, object: String? = nil, location: SourceLocation? = nil, origin: String? = nil) {
        let loc = location ?? node.flatMap { doc?.location(of: $0) } ?? doc.flatMap { $0.location(of: $0.node.resolved) }
        findings.append(Finding(rule: rule, severity: severity, environment: environment, message: message,
                                location: loc, object: object ?? doc?.id?.description,
                                origin: loc == nil ? (origin ?? doc?.origin) : nil))
    }

    mutating func error(_ message: String, in doc: ValidationSubject.Document? = nil, at node: Node? = nil,
                        object: String? = nil, location: SourceLocation? = nil, origin: String? = nil) {
        add(.error, message, in: doc, at: node, object: object, location: location, origin: origin)
    }

    mutating func warning(_ message: String, in doc: ValidationSubject.Document? = nil, at node: Node? = nil,
                          object: String? = nil, location: SourceLocation? = nil) {
        add(.warning, message, in: doc, at: node, object: object, location: location)
    }
}
