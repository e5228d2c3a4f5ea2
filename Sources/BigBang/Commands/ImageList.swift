import Flux
import YAML

/// `bbctl images ENV`: every container image the rendered environment would pull — the
/// containers of workloads and the image settings in HelmRelease values (so images of
/// packages whose charts were not rendered still appear), sorted and unique.
public enum ImageList {
    static let podSpecPaths: [String: [String]] = [
        "Pod": ["spec"], "Deployment": ["spec", "template", "spec"], "StatefulSet": ["spec", "template", "spec"],
        "DaemonSet": ["spec", "template", "spec"], "ReplicaSet": ["spec", "template", "spec"],
        "Job": ["spec", "template", "spec"], "CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
    ]

    public static func images(in render: EnvironmentRender) -> [String] {
        var found = Set<String>()
        var releaseValues: [Value] = render.releases.map(\.values.values)
        let nodes = render.documents.map(\.node)
        for doc in render.documents {
            if let path = podSpecPaths[doc.kind], let spec = doc.node.lookup(path) {
                for field in ["initContainers", "containers", "ephemeralContainers"] {
                    for container in spec[field]?.resolved.children ?? [] {
                        if let image = container["image"]?.resolved, image.isScalar, !image.value.isEmpty {
                            found.insert(image.value)
                        }
                    }
                }
            }
            // Package HelmReleases the render did not template still name their images.
            if doc.kind == "HelmRelease", let release = try? HelmRelease(node: doc.node),
               !render.releases.contains(where: { $0.name == release.name && $0.namespace == (release.namespace ?? "default") }),
               let composed = try? ValuesComposer.compose(release, resources: nodes) {
                releaseValues.append(composed.values)
            }
        }
        for values in releaseValues { collect(values, into: &found, depth: 0) }
        return found.sorted()
    }

    /// `image: repo:tag`, or `image: {registry, repository, tag}` / `{repository, tag}`.
    private static func collect(_ value: Value, into found: inout Set<String>, depth: Int) {
        guard depth < 64 else { return }
        switch value {
        case .map(let m):
            for (key, v) in m {
                if key == "image" {
                    if case .string(let s) = v, looksLikeImage(s) { found.insert(s) }
                    if case .map(let im) = v, let ref = reference(im) { found.insert(ref) }
                }
                collect(v, into: &found, depth: depth + 1)
            }
        case .list(let l):
            for v in l { collect(v, into: &found, depth: depth + 1) }
        default:
            break
        }
    }

    private static func reference(_ m: [String: Value]) -> String? {
        guard let repository = (m["repository"] ?? m["name"])?.stringValue, !repository.isEmpty else { return nil }
        var ref = repository
        if let registry = m["registry"]?.stringValue, !registry.isEmpty, !repository.hasPrefix(registry + "/") {
            ref = registry + "/" + repository
        }
        if let digest = m["digest"]?.stringValue, !digest.isEmpty { return ref + "@" + digest }
        if let tag = scalarText(m["tag"]), !tag.isEmpty { ref += ":" + tag }
        return looksLikeImage(ref) ? ref : nil
    }

    private static func scalarText(_ v: Value?) -> String? {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let f): return f == f.rounded() && abs(f) < 1e15 ? String(Int64(f)) : String(f)
        default: return nil
        }
    }

    /// Something with a path or a tag, without spaces or template braces.
    private static func looksLikeImage(_ s: String) -> Bool {
        !s.isEmpty && (s.contains("/") || s.contains(":")) && !s.contains(" ") && !s.contains("{")
    }
}
