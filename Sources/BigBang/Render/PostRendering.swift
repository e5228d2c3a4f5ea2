import FileSystem
import Kustomize
import YAML

/// helm-controller's `spec.postRenderers[].kustomize`: the rendered manifests become the
/// resources of a kustomization whose `patches` and `images` (and the older
/// `patchesStrategicMerge` / `patchesJson6902`) are the post-renderer's, built in memory.
enum PostRendering {
    static func apply(_ renderers: [Node], to documents: [RenderedDocument], origin: String) throws -> [RenderedDocument] {
        var nodes = documents.map(\.node).filter { $0.isMapping && !$0.children.isEmpty }
        for renderer in renderers {
            guard let kustomize = renderer.resolved["kustomize"]?.resolved, kustomize.isMapping else { continue }
            let fs = InMemoryFileSystem()
            fs.add("/post-render/resources.yaml", KYAMLEmitter.emitStream(nodes))
            var pairs: [(String, Node)] = [
                ("apiVersion", .scalar("kustomize.config.k8s.io/v1beta1")),
                ("kind", .scalar("Kustomization")),
                ("resources", .sequence([.scalar("resources.yaml")])),
            ]
            for field in ["patches", "images", "patchesStrategicMerge", "patchesJson6902"] {
                if let value = kustomize[field], !value.resolved.isNullScalar { pairs.append((field, value)) }
            }
            fs.add("/post-render/kustomization.yaml", KYAMLEmitter.emit(.mapping(pairs)))
            nodes = try Kustomizer(fileSystem: fs).build(at: "/post-render").resources
        }
        return nodes.enumerated().map { i, node in
            RenderedDocument(node: node, origin: "\(origin): post-rendered", text: "---\n" + KYAMLEmitter.emit(node))
        }
    }
}
