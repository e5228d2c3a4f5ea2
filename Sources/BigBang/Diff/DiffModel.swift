import Diagnostics
import YAML

/// What `diff` compares: the objects Flux would apply, the kustomize output alone, or the
/// values each HelmRelease's chart is rendered with.
public enum DiffLevel: String, CaseIterable, Sendable {
    case render, build, values
}

/// How one object, field or line differs between side A (old) and side B (new).
public enum ChangeKind: String, Sendable {
    case added, removed, changed
    /// Same items in another order; reported only when asked for (`--order`).
    case reordered
}

/// One field-level difference inside an object (or inside a release's values).
public struct FieldChange: Hashable, Sendable {
    public var path: FieldPath
    public var kind: ChangeKind
    /// The value on side A; nil when added, or withheld because it is secret.
    public var old: Value?
    /// The value on side B; nil when removed, or withheld because it is secret.
    public var new: Value?
    /// A Secret value or SOPS ciphertext: only the fact of the change is shown.
    public var masked: Bool

    public init(path: FieldPath, kind: ChangeKind, old: Value? = nil, new: Value? = nil, masked: Bool = false) {
        self.path = path
        self.kind = kind
        self.old = old
        self.new = new
        self.masked = masked
    }
}

/// One object (or release's values) that differs: added, removed or changed.
public struct ResourceDiff: Hashable, Sendable {
    /// Side B's identity; side A's for a removed object.
    public var id: ResourceID
    public var kind: ChangeKind
    /// Side A's name when a generated name (hash suffix) was paired with side B's.
    public var previousName: String?
    /// The field changes of a changed object, in path order.
    public var fields: [FieldChange]
    /// Human notes: renames, SOPS ciphertext comparison.
    public var notes: [String]
    /// Both sides as YAML text, Secret values masked, for the diff blocks of the unified
    /// and markdown formats; nil on the side where the object does not exist.
    public var oldText: String?
    public var newText: String?

    public init(id: ResourceID, kind: ChangeKind, previousName: String? = nil, fields: [FieldChange] = [],
                notes: [String] = [], oldText: String? = nil, newText: String? = nil) {
        self.id = id
        self.kind = kind
        self.previousName = previousName
        self.fields = fields
        self.notes = notes
        self.oldText = oldText
        self.newText = newText
    }
}

/// The comparison of two renders of one environment pair (`dev` at two revisions, or
/// `dev` against `prod`).
public struct EnvironmentDiff: Sendable {
    /// What the report calls it: `dev`, or `dev → prod`.
    public var name: String
    public var labelA: String
    public var labelB: String
    public var level: DiffLevel
    /// Differing objects: changed and added ones in side B's order, then removed ones.
    public var resources: [ResourceDiff]
    public var warnings: [Diagnostic]
    /// Both whole sides, Secret values masked; printed only for the unified format.
    let sideA: DiffText
    let sideB: DiffText

    init(name: String, labelA: String, labelB: String, level: DiffLevel, resources: [ResourceDiff],
         sideA: DiffText, sideB: DiffText, warnings: [Diagnostic] = []) {
        self.name = name
        self.labelA = labelA
        self.labelB = labelB
        self.level = level
        self.resources = resources
        self.sideA = sideA
        self.sideB = sideB
        self.warnings = warnings
    }

    /// Side A as YAML text (the render as `render` prints it, Secret values masked).
    public var textA: String { sideA.text }
    public var textB: String { sideB.text }

    public var hasChanges: Bool { !resources.isEmpty }

    public func count(_ kind: ChangeKind) -> Int { resources.filter { $0.kind == kind }.count }
}

/// Everything one `bbctl diff` run compared.
public struct DiffReport: Sendable {
    public var environments: [EnvironmentDiff]

    public init(environments: [EnvironmentDiff]) { self.environments = environments }

    public var hasChanges: Bool { environments.contains { $0.hasChanges } }
    public var warnings: [Diagnostic] { environments.flatMap(\.warnings) }
}

/// What changes the comparison reports and how much it reveals.
public struct DiffOptions: Sendable {
    /// Print Secret values (and diff their decoded text) instead of masking them.
    public var showSecrets: Bool
    /// Report order-only changes of lists.
    public var order: Bool
    /// Lines of context around each hunk of a line diff.
    public var contextLines: Int

    public init(showSecrets: Bool = false, order: Bool = false, contextLines: Int = 3) {
        self.showSecrets = showSecrets
        self.order = order
        self.contextLines = max(0, contextLines)
    }
}

/// One side's text, kept as the masked documents and printed only when a format needs it
/// (most runs never do, and a render can be large).
enum DiffText: Sendable {
    /// Each document's text as the stream prints it (separators included); nil for one to
    /// print as kustomize does from its node.
    case documents(roots: [Node], texts: [String?])
    /// Each release's values under a `# HelmRelease namespace/name` line.
    case values([(release: String, values: Value)])

    var text: String {
        switch self {
        case .documents(let roots, let texts):
            var out = ""
            for (i, root) in roots.enumerated() {
                out += texts[i] ?? ((i > 0 ? "---\n" : "") + KYAMLEmitter.emit(root))
            }
            return out
        case .values(let releases):
            return releases.map { Self.valuesText(release: $0.release, $0.values) }.joined(separator: "---\n")
        }
    }

    static func valuesText(release: String, _ values: Value) -> String {
        "# HelmRelease \(release)\n" + ((try? SigsYAMLEncoder.encode(values)) ?? "")
    }
}
