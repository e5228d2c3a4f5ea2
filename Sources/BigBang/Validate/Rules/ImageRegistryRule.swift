import Flux
import YAML

/// `image-registry`: workload images and the `image`/`repository` values given to charts come
/// only from allowed registries (`.bbctl.yaml` `validate.allowedRegistries`, default
/// registry1.dso.mil — Iron Bank).
struct ImageRegistryRule: ValidationRule {
    let id = "image-registry"

    let examples = RuleExamples(
        triggering: ["apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: a, image: docker.io/library/nginx:1}]}\n"],
        passing: ["apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: a, image: registry1.dso.mil/ironbank/opensource/nginx/nginx:1}]}\n"])

    static let workloadKinds: Set<String> = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob",
                                             "ReplicationController", "PodTemplate"]
    private static let containerLists: Set<String> = ["containers", "initContainers", "ephemeralContainers"]

    func check(_ subject: ValidationSubject, _ context: ValidationContext) -> [Finding] {
        var out = FindingBuilder(rule: id, subject: subject)
        let allowed = context.config.allowedRegistries
        let shown = allowed.joined(separator: ", ")
        for doc in subject.documents {
            guard let kind = doc.id?.kind, Self.workloadKinds.contains(kind), let spec = doc.node.resolved["spec"] else { continue }
            for image in Self.containerImages(in: spec) where !Self.isAllowed(image.value, allowed) {
                out.error("image \"\(image.value)\" is not from an allowed registry (\(shown))", in: doc, at: image)
            }
        }
        let locator = ValuesLocator(subject)
        for release in subject.releases {
            for (path, image) in Self.valuesImages(release.values.values) where !Self.isAllowed(image, allowed) {
                let origin = ValuesPath.origin(of: path, in: release.values)
                out.error("\(path): image \"\(image)\" is not from an allowed registry (\(shown))",
                          object: release.id, location: origin.flatMap(locator.location(of:)), origin: origin?.description)
            }
        }
        return out.findings
    }

    /// `image` scalars of every container list under `node` (pod specs nest at different depths).
    static func containerImages(in node: Node, depth: Int = 0) -> [Node] {
        let n = node.resolved
        guard depth < 30, n.isMapping else { return [] }
        var out: [Node] = []
        for (k, v) in n.pairs {
            let value = v.resolved
            if containerLists.contains(k.value), value.isSequence {
                for c in value.children {
                    if let image = c.resolved["image"]?.resolved, image.isScalar, !image.value.isEmpty { out.append(image) }
                }
            } else if value.isMapping {
                out += containerImages(in: value, depth: depth + 1)
            }
        }
        return out
    }

    /// (values path, image reference) of `image: ref`, `image: {registry, repository}` and
    /// `repository: ref` entries.
    static func valuesImages(_ values: Value) -> [(String, String)] {
        var out: [(String, String)] = []
        func walk(_ v: Value, _ path: String, depth: Int) {
            guard depth < 100 else { return }
            switch v {
            case .map(let m):
                if let image = m["image"]?.stringValue { add(image, ValuesPath.join(path, key: "image")) }
                if case .map(let im)? = m["image"], let repo = im["repository"]?.stringValue {
                    let registry = im["registry"]?.stringValue ?? ""
                    add(registry.isEmpty ? repo : registry + "/" + repo, ValuesPath.join(ValuesPath.join(path, key: "image"), key: "repository"))
                } else if let repo = m["repository"]?.stringValue, m["tag"] != nil || m["digest"] != nil {
                    let registry = m["registry"]?.stringValue ?? ""
                    add(registry.isEmpty ? repo : registry + "/" + repo, ValuesPath.join(path, key: "repository"))
                }
                for (k, child) in m.sorted(by: { $0.key < $1.key }) where k != "image" {
                    walk(child, ValuesPath.join(path, key: k), depth: depth + 1)
                }
            case .list(let items):
                for (i, item) in items.enumerated() { walk(item, ValuesPath.join(path, index: i), depth: depth + 1) }
            default:
                break
            }
        }
        func add(_ image: String, _ path: String) {
            guard !image.isEmpty, !image.contains("{{"), !image.contains("://") else { return }
            out.append((path, image))
        }
        walk(values, "", depth: 0)
        return out
    }

    /// The registry of a Docker reference: the first component when it looks like a host.
    static func registry(of image: String) -> String {
        guard let slash = image.firstIndex(of: "/") else { return "docker.io" }
        let first = image[..<slash]
        return first.contains(".") || first.contains(":") || first == "localhost" ? String(first) : "docker.io"
    }

    static func isAllowed(_ image: String, _ allowed: [String]) -> Bool {
        let registry = registry(of: image)
        return allowed.contains { a in registry == a || image.hasPrefix(a.hasSuffix("/") ? a : a + "/") }
    }
}
