import Diagnostics
import YAML

/// kustomize-controller's postBuild variable substitution (fluxcd/pkg
/// `kustomize.SubstituteVariables`): each resource's YAML text goes through envsubst with the
/// Kustomization's variables and is read back.
public enum PostBuildSubstitution {
    /// The label or annotation that opts a resource out, with the value `disabled`.
    public static let optOutKey = "kustomize.toolkit.fluxcd.io/substitute"

    /// The variables of a Kustomization: `substituteFrom` ConfigMaps/Secrets in order (found
    /// among `resources`, in the Kustomization's namespace; optional ones may be missing),
    /// then `spec.postBuild.substitute` over them. Newlines are removed from every value.
    public static func variables(for kustomization: FluxKustomization, resources: [Node]) throws -> [String: String] {
        guard let postBuild = kustomization.postBuild else { return [:] }
        var vars: [String: String] = [:]
        let index = DataObjectIndex(resources)
        for ref in postBuild.substituteFrom {
            guard let entry = index.lookup(kind: ref.kind, namespace: kustomization.metadata.namespace, name: ref.name) else {
                if ref.optional { continue }
                let plural = ref.kind == "Secret" ? "secrets" : "configmaps"
                throw FluxError.substitution(message: "substitute from '\(ref.kind)/\(ref.name)' error: \(plural) \"\(ref.name)\" not found",
                                             location: nil)
            }
            switch entry {
            case .malformed(let problem):
                throw FluxError.substitution(message: "substitute from '\(ref.kind)/\(ref.name)' error: \(problem)", location: nil)
            case .data(let data):
                for (k, v) in data { vars[k] = v.replacingNewlines() }
            }
        }
        for (k, v) in postBuild.substitute { vars[k] = v.replacingNewlines() }
        return vars
    }

    /// Substitutes one resource. A resource labelled or annotated
    /// `kustomize.toolkit.fluxcd.io/substitute: disabled` is returned unchanged, and so is
    /// every resource when there are no variables. In `strict` mode (kustomize-controller's
    /// `StrictPostBuildSubstitutions` feature gate) a reference to an unset variable without a
    /// default is an error.
    public static func apply(to resource: Node, variables: [String: String], strict: Bool = false) throws -> Node {
        let root = resource.resolved
        if isOptedOut(root) || variables.isEmpty { return resource }
        try validate(variables)
        let text = KYAMLEmitter.emit(root)
        let output: String
        do {
            output = try EnvSubst.evaluate(text, strict: strict) { variables[$0] }
        } catch let failure as EnvSubst.Failure {
            throw FluxError.substitution(message: "\(describe(root)): variable substitution failed: \(failure.message)",
                                         location: location(of: root))
        }
        do {
            guard let doc = try YAMLParser.parse(output, path: describe(root)).first else {
                throw FluxError.substitution(message: "\(describe(root)): substitution left an empty document", location: location(of: root))
            }
            return doc.resolved
        } catch let error as YAMLError {
            throw FluxError.substitution(message: "\(describe(root)): YAMLToJSON: \(error.diagnostic.message)",
                                         location: error.diagnostic.location)
        }
    }

    /// Substitutes every resource in order.
    public static func apply(to resources: [Node], variables: [String: String], strict: Bool = false) throws -> [Node] {
        try resources.map { try apply(to: $0, variables: variables, strict: strict) }
    }

    /// envsubst over a text, for callers holding YAML text rather than nodes.
    public static func substitute(_ text: String, variables: [String: String], strict: Bool = false) throws -> String {
        try validate(variables)
        do {
            return try EnvSubst.evaluate(text, strict: strict) { variables[$0] }
        } catch let failure as EnvSubst.Failure {
            throw FluxError.substitution(message: "variable substitution failed: \(failure.message)", location: nil)
        }
    }

    static func isOptedOut(_ root: Node) -> Bool {
        root.string(at: "metadata", "labels", optOutKey) == "disabled"
            || root.string(at: "metadata", "annotations", optOutKey) == "disabled"
    }

    /// Names must match `^[_[:alpha:]][_[:alpha:][:digit:]]*$` (ASCII classes, as Go's regexp).
    static func validate(_ variables: [String: String]) throws {
        for name in variables.keys.sorted() {
            let bytes = Array(name.utf8)
            let valid = !bytes.isEmpty && bytes.enumerated().allSatisfy { i, c in
                c == 0x5F || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (i > 0 && c >= 0x30 && c <= 0x39)
            }
            if !valid {
                throw FluxError.substitution(
                    message: "'\(name)' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'", location: nil)
            }
        }
    }

    private static func describe(_ root: Node) -> String {
        let kind = root.string(at: "kind") ?? "<unknown kind>"
        let name = root.string(at: "metadata", "name") ?? ""
        return root.string(at: "metadata", "namespace").map { "\(kind)/\($0)/\(name)" } ?? "\(kind)/\(name)"
    }

    private static func location(of root: Node) -> SourceLocation? {
        root.mark.line > 0 ? SourceLocation(path: describe(root), line: root.mark.line, column: root.mark.column) : nil
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        contains("\n") ? String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\n" })) : self
    }
}
