/// The part of an OpenAPI schema a strategic merge needs: which lists are merged by key (and
/// by which keys), reached from a resource's apiVersion and kind by field names.
///
/// `.kubernetes` holds the built-in kinds as kyaml knows them (see `KubernetesMergeKeys.swift`);
/// `.none` makes every list non-associative (what kustomize does for kinds it has no schema
/// for, such as custom resources).
public struct MergeKeySchema: Sendable {
    /// How one field is patched.
    struct Field: Sendable {
        /// For a list: its elements' type; otherwise the field's own type. Nil when the type
        /// has nothing of interest below it.
        var type: String?
        var isList: Bool
        /// `x-kubernetes-patch-strategy` (e.g. `merge`, `merge,retainKeys`), or empty.
        var strategy: String
        var keys: [String]
    }

    /// Types by name, each a table of fields.
    var types: [String: [String: Field]]
    /// Root type by "apiVersion kind".
    var roots: [String: String]

    public static let kubernetes = MergeKeySchema(table: kubernetesTable)
    public static let none = MergeKeySchema(types: [:], roots: [:])

    init(types: [String: [String: Field]], roots: [String: String]) {
        self.types = types
        self.roots = roots
    }

    /// Reads the line format documented in `KubernetesMergeKeys.swift`.
    init(table: String) {
        var types: [String: [String: Field]] = [:]
        var roots: [String: String] = [:]
        var current: String?
        for line in table.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            if first.hasPrefix("@"), words.count == 3 {
                roots[String(first.dropFirst()) + " " + words[1]] = words[2]
            } else if first.hasPrefix("=") {
                current = String(first.dropFirst())
                if let c = current, types[c] == nil { types[c] = [:] }
            } else if let type = current, words.count >= 2 {
                var target = words[1]
                let isList = target.hasPrefix("[]")
                if isList { target.removeFirst(2) }
                let strategy = words.count >= 4 ? words[2] : ""
                let keys = words.count >= 4 && words[3] != "-" ? words[3].split(separator: ",").map(String.init) : []
                types[type, default: [:]][first] = Field(
                    type: target == "-" ? nil : target, isList: isList, strategy: strategy, keys: keys)
            }
        }
        self.types = types
        self.roots = roots
    }

    /// The schema position of a resource, from its `apiVersion` and `kind`.
    func root(apiVersion: String, kind: String) -> Position? {
        roots[apiVersion + " " + kind].map { .object($0) }
    }

    /// Where a walk stands in the schema: inside an object type, or at a list field.
    enum Position: Sendable {
        case object(String)
        case list(Field)

        /// The list's patch strategy has `merge`: its elements are paired by key.
        var isAssociativeList: Bool {
            guard case .list(let f) = self else { return false }
            return f.strategy.split(separator: ",").contains("merge")
        }

        var listKeys: [String] {
            guard case .list(let f) = self else { return [] }
            return f.keys
        }
    }

    /// The position of a field below an object position (kyaml `ResourceSchema.Field`).
    func field(_ name: String, of position: Position?) -> Position? {
        guard case .object(let type)? = position, let f = types[type]?[name] else { return nil }
        if f.isList { return .list(f) }
        return f.type.map { .object($0) }
    }

    /// The position of a list's elements (kyaml `ResourceSchema.Elements`).
    func elements(of position: Position?) -> Position? {
        guard case .list(let f)? = position, let t = f.type else { return nil }
        return .object(t)
    }
}
