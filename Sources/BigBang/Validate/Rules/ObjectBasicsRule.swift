import YAML

/// `object-basics`: every rendered document is a mapping with apiVersion, kind and
/// metadata.name (or metadata.generateName) — what the API server needs to accept it at all.
struct ObjectBasicsRule: ValidationRule {
    let id = "object-basics"

    let examples = RuleExamples(
        triggering: ["apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: x}\n", "kind: Service\nmetadata: {name: a}\n", "- not an object\n"],
        passing: ["apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n", "apiVersion: batch/v1\nkind: Job\nmetadata: {generateName: run-}\n"])

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        for doc in subject.documents {
            let root = doc.node.resolved
            guard root.isMapping else {
                out.error("document is not a mapping (a Kubernetes object)", in: doc, at: root)
                continue
            }
            let kind = root.string(at: "kind")
            let label = kind ?? "object"
            for field in ["apiVersion", "kind"] where nonEmptyString(root[field]) == nil {
                out.error("\(label) has no \(field)", in: doc, at: root[field] ?? root)
            }
            let metadata = root["metadata"]?.resolved
            if metadata?.isMapping != true {
                out.error("\(label) has no metadata", in: doc, at: root)
            } else if nonEmptyString(metadata?["name"]) == nil && nonEmptyString(metadata?["generateName"]) == nil {
                out.error("\(label) has no metadata.name", in: doc, at: metadata)
            }
        }
        return out.findings
    }

    private func nonEmptyString(_ node: Node?) -> String? {
        guard let n = node?.resolved, n.isScalar, !n.isNullScalar, !n.value.isEmpty else { return nil }
        return n.value
    }
}
