/// `k8s-schema`: built-in kinds (core, apps, batch, networking, rbac, policy, autoscaling,
/// storage, admissionregistration, apiextensions…) against the embedded Kubernetes schema.
struct KubernetesSchemaRule: ValidationRule {
    let id = "k8s-schema"

    let examples = RuleExamples(
        triggering: ["apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: \"80\"}]}\n",
                      "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {template: {}}\n"],
        passing: ["apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80, targetPort: http}]}\n"])

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
