/// `k8s-schema`: built-in kinds (core, apps, batch, networking, rbac, policy, autoscaling,
/// storage, admissionregistration, apiextensions…) against the embedded Kubernetes schema.
struct KubernetesSchemaRule: ValidationRule {
    let id = "k8s-schema"

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        let schema = KubernetesSchema.shared
        for doc in subject.documents {
            let root = doc.node.resolved
            guard let api = root.string(at: "apiVersion"), let kind = root.string(at: "kind"),
                  let def = schema.definition(apiVersion: api, kind: kind) else { continue }
            var checker = KubernetesSchemaChecker(schema: schema)
            checker.check(root, definition: def)
            // A SOPS-encrypted manifest's metadata is not part of the object Flux applies.
            for p in checker.problems where !(p.severity == .warning && p.message == "unknown field \"sops\"") {
                out.add(p.severity == .error ? .error : .warning, p.message, in: doc, at: p.node)
            }
        }
        return out.findings
    }
}
