/// `flux-schema`: Flux sources, HelmReleases, Kustomizations and image automation objects
/// against `FluxSchemas` — a typo'd `interval: 10` or `sourceRef.kind: GitRepo` fails here
/// instead of in the cluster.
struct FluxSchemaRule: ValidationRule {
    let id = "flux-schema"

    let examples = RuleExamples(
        triggering: ["apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: a}\nspec: {url: https://x, interval: 5}\n"],
        passing: ["apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata: {name: a}\nspec: {url: https://x, interval: 5m, ref: {tag: 1.0.0}}\n"])

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        for doc in subject.documents {
            let root = doc.node.resolved
            guard let id = doc.id, let schema = FluxSchemas.spec(group: id.group, kind: id.kind) else { continue }
            guard let specIndex = root.valueIndex(forKey: "spec") else {
                out.error("\(id.kind) has no spec", in: doc)
                continue
            }
            var checker = FluxSchemaChecker()
            checker.check(root.children[specIndex], schema, path: "spec", key: root.children[specIndex - 1])
            for p in checker.problems {
                out.add(p.isError ? .error : .warning, p.message, in: doc, at: p.node)
            }
        }
        return out.findings
    }
}
