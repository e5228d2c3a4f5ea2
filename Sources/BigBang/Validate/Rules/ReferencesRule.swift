import YAML

/// `references`: what Flux objects point at exists in the same render — valuesFrom targets
/// (unless optional), chart and Kustomization sourceRefs, dependsOn, substituteFrom, image
/// repository refs — and every namespace used is created (a Namespace object) or well-known.
struct ReferencesRule: ValidationRule {
    let id = "references"

    let examples = RuleExamples(
        triggering: ["apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: nowhere}\n"],
        passing: ["apiVersion: v1\nkind: Namespace\nmetadata: {name: apps}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: apps}\n"])

    static let wellKnownNamespaces: Set<String> = ["default", "kube-system", "kube-public", "kube-node-lease", "flux-system", "bigbang"]

    private struct Key: Hashable {
        var kind: String
        var namespace: String
        var name: String
    }

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        var objects = Set<Key>()
        var namespaces = Self.wellKnownNamespaces
        for doc in subject.documents {
            guard let id = doc.id else { continue }
            objects.insert(Key(kind: id.kind, namespace: id.namespace ?? "", name: id.name))
            if id.kind == "Namespace" { namespaces.insert(id.name) }
        }
        for doc in subject.documents {
            guard let id = doc.id else { continue }
            let root = doc.node.resolved
            let own = id.namespace ?? ""
            func require(_ kind: String, _ ref: Node, what: String, optional: Bool = false) {
                guard let name = ref.string(at: "name") else { return }
                let ns = ref.string(at: "namespace") ?? own
                if optional || objects.contains(Key(kind: kind, namespace: ns, name: name)) { return }
                // Flux's bootstrap source syncs this repository and is created by `flux bootstrap`.
                if kind == "GitRepository" && name == "flux-system" && ns == "flux-system" { return }
                out.error("\(what) \(kind)/\(ns.isEmpty ? "" : ns + "/")\(name) does not exist in the render", in: doc, at: ref)
            }
            let spec = root["spec"]?.resolved
            switch (id.group, id.kind) {
            case (FluxSchemas.helmGroup, "HelmRelease"):
                for entry in spec?["valuesFrom"]?.resolved.children ?? [] {
                    let ref = entry.resolved
                    guard let kind = ref.string(at: "kind"), ref.string(at: "namespace") == nil else { continue }
                    require(kind, ref, what: "valuesFrom", optional: ref.string(at: "optional") == "true")
                }
                if let source = spec?["chart"]?["spec"]?["sourceRef"], let kind = source.resolved.string(at: "kind") {
                    require(kind, source.resolved, what: "chart sourceRef")
                }
                if let chartRef = spec?["chartRef"], let kind = chartRef.resolved.string(at: "kind") {
                    require(kind, chartRef.resolved, what: "chartRef")
                }
                for dep in spec?["dependsOn"]?.resolved.children ?? [] { require("HelmRelease", dep.resolved, what: "dependsOn") }
                if let target = spec?["targetNamespace"], target.isScalar, !namespaces.contains(target.value),
                   spec?["install"]?["createNamespace"]?.value != "true" {
                    out.error("targetNamespace \"\(target.value)\" is not created by any Namespace object", in: doc, at: target)
                }
            case (FluxSchemas.kustomizeGroup, "Kustomization"):
                if let source = spec?["sourceRef"], let kind = source.resolved.string(at: "kind") {
                    require(kind, source.resolved, what: "sourceRef")
                }
                for dep in spec?["dependsOn"]?.resolved.children ?? [] { require("Kustomization", dep.resolved, what: "dependsOn") }
                for entry in spec?["postBuild"]?["substituteFrom"]?.resolved.children ?? [] {
                    let ref = entry.resolved
                    guard let kind = ref.string(at: "kind") else { continue }
                    require(kind, ref, what: "substituteFrom", optional: ref.string(at: "optional") == "true")
                }
            case (FluxSchemas.imageGroup, "ImagePolicy"):
                if let ref = spec?["imageRepositoryRef"] { require("ImageRepository", ref.resolved, what: "imageRepositoryRef") }
            case (FluxSchemas.imageGroup, "ImageUpdateAutomation"):
                if let source = spec?["sourceRef"], let kind = source.resolved.string(at: "kind") {
                    require(kind, source.resolved, what: "sourceRef")
                }
            default:
                break
            }
            if let ns = id.namespace, !namespaces.contains(ns) {
                out.error("namespace \"\(ns)\" is not created by any Namespace object", in: doc,
                          at: root["metadata"]?["namespace"])
            }
        }
        return out.findings
    }
}
