/// `deprecated-api`: apiVersions the target Kubernetes release (`--kube-version`,
/// `.bbctl.yaml` `validate.kubeVersion`) no longer serves are errors; deprecated ones warnings.
struct DeprecatedAPIRule: ValidationRule {
    let id = "deprecated-api"

    let examples = RuleExamples(
        triggering: ["apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: a}\n", "apiVersion: helm.toolkit.fluxcd.io/v2beta2\nkind: HelmRelease\nmetadata: {name: a}\n"],
        passing: ["apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: a}\n"])

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        let target = context.kubeVersion
        for doc in subject.documents {
            let root = doc.node.resolved
            guard let api = root.string(at: "apiVersion"), let kind = root.string(at: "kind"),
                  let entry = DeprecatedAPIs.entry(apiVersion: api, kind: kind) else { continue }
            let at = root["apiVersion"]
            if let removed = entry.removedIn, target >= removed {
                out.error("\(api) \(kind) was removed in Kubernetes \(removed) (target \(target)); use \(entry.replacement)",
                          in: doc, at: at)
            } else if let deprecated = entry.deprecatedIn {
                guard target >= deprecated else { continue }
                let removal = entry.removedIn.map { ", removed in \($0)" } ?? ""
                out.warning("\(api) \(kind) is deprecated since Kubernetes \(deprecated)\(removal); use \(entry.replacement)",
                            in: doc, at: at)
            } else {
                out.warning("\(api) \(kind) is deprecated; use \(entry.replacement)", in: doc, at: at)
            }
        }
        return out.findings
    }
}
