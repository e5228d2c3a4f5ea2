/// `duplicate`: two documents with the same group, kind, namespace and name — one silently
/// overwrites the other when Flux applies them.
struct DuplicateRule: ValidationRule {
    let id = "duplicate"

    let examples = RuleExamples(
        triggering: ["kind: ConfigMap\nmetadata: {name: a, namespace: x}\n---\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\n"],
        passing: ["kind: ConfigMap\nmetadata: {name: a, namespace: x}\n---\nkind: Secret\nmetadata: {name: a, namespace: x}\n"])

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        var first: [Key: ValidationSubject.Document] = [:]
        for doc in subject.documents {
            guard let id = doc.id else { continue }
            let key = Key(group: id.group, kind: id.kind, namespace: id.namespace ?? "", name: id.name)
            if let earlier = first[key] {
                let whereEarlier = earlier.location(of: earlier.node.resolved)?.description ?? earlier.origin
                out.error("\(id) is defined twice (first from \(whereEarlier))", in: doc)
            } else {
                first[key] = doc
            }
        }
        return out.findings
    }

    private struct Key: Hashable {
        var group, kind, namespace, name: String
    }
}
