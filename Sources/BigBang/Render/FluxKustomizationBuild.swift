import FileSystem
import Flux
import Kustomize
import YAML

/// kustomize-controller's build of one Flux `Kustomization`: the source directory's
/// `spec.path`, with the Kustomization's own settings written into the kustomization file
/// it builds (a generated one listing the manifests when the directory has none), then
/// `postBuild` variable substitution.
struct FluxKustomizationBuild {
    let fileSystem: FileSystem
    let fetcher: RemoteResourceFetcher?

    func build(_ kustomization: FluxKustomization, sourceRoot: String, clusterObjects: [Node]) throws -> [Node] {
        let path = Path.join(sourceRoot, kustomization.path ?? "./")
        guard Path.isWithin(path, sourceRoot) else {
            throw BigBangError.render("Kustomization \(kustomization.metadata.name): spec.path \(kustomization.path ?? "") leaves its source", at: nil)
        }
        guard fileSystem.isDirectory(path) else {
            throw BigBangError.render("Kustomization \(kustomization.metadata.name): spec.path \(kustomization.path ?? "./") is not a directory of its source (\(path))", at: nil)
        }
        let (file, document) = try kustomizationDocument(at: path)
        let edited = applySettings(of: kustomization, to: document)
        let overlay = OverlayFileSystem(base: fileSystem, overrides: [file: KYAMLEmitter.emitBytes(edited)])
        let kustomizer = Kustomizer(fileSystem: overlay, options: KustomizeOptions(remoteFetcher: fetcher))
        var resources = try kustomizer.build(at: path).resources
        if kustomization.postBuild != nil {
            let variables = try PostBuildSubstitution.variables(for: kustomization, resources: clusterObjects)
            resources = try PostBuildSubstitution.apply(to: resources, variables: variables)
        }
        return resources
    }

    /// A directory built as a Kustomization with no settings would build it.
    func buildDirectory(_ path: String) throws -> [Node] {
        let (file, document) = try kustomizationDocument(at: path)
        let overlay = OverlayFileSystem(base: fileSystem, overrides: [file: KYAMLEmitter.emitBytes(document)])
        return try Kustomizer(fileSystem: overlay, options: KustomizeOptions(remoteFetcher: fetcher)).build(at: path).resources
    }

    /// The directory's kustomization file, or the one kustomize-controller generates.
    private func kustomizationDocument(at dir: String) throws -> (path: String, node: Node) {
        for name in BigBangRepository.kustomizationNames {
            let file = Path.join(dir, name)
            if fileSystem.exists(file) {
                // The parser returns document nodes: the mapping is the document's root.
                let node = try YAMLParser.parse(try fileSystem.sourceFile(file)).first?.resolved ?? .mapping()
                return (file, node.isMapping ? node : .mapping())
            }
        }
        let resources = try generatedResources(in: dir, relativeTo: dir)
        return (Path.join(dir, "kustomization.yaml"), .mapping([
            ("apiVersion", .scalar("kustomize.config.k8s.io/v1beta1")),
            ("kind", .scalar("Kustomization")),
            ("resources", .sequence(resources.map { .scalar($0) })),
        ]))
    }

    /// Manifests below `dir`: subdirectories with their own kustomization are added whole;
    /// elsewhere every YAML file that holds Kubernetes objects.
    private func generatedResources(in dir: String, relativeTo root: String, depth: Int = 0) throws -> [String] {
        guard depth < 32 else { return [] }
        var out: [String] = []
        for name in try fileSystem.listDirectory(dir) where !name.hasPrefix(".") {
            let path = Path.join(dir, name)
            if fileSystem.isDirectory(path) {
                if BigBangRepository.hasKustomization(path, fileSystem) {
                    out.append(Path.relative(path, to: root))
                } else {
                    out += try generatedResources(in: path, relativeTo: root, depth: depth + 1)
                }
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let docs = (try? YAMLParser.parse(try fileSystem.sourceFile(path))) ?? []
                if docs.contains(where: { $0.resolved["apiVersion"] != nil && $0.resolved["kind"] != nil }) {
                    out.append(Path.relative(path, to: root))
                }
            }
        }
        return out
    }

    private func applySettings(of k: FluxKustomization, to document: Node) -> Node {
        var node = document.resolved
        func set(_ key: String, _ value: Node) {
            if let i = node.valueIndex(forKey: key) { node.children[i] = value } else {
                node.children.append(.scalar(key))
                node.children.append(value)
            }
        }
        func append(_ key: String, _ items: [Node]) {
            guard !items.isEmpty else { return }
            let existing = node[key]?.resolved.children ?? []
            set(key, .sequence(existing + items))
        }
        if let ns = k.targetNamespace, !ns.isEmpty { set("namespace", .scalar(ns)) }
        if let prefix = k.namePrefix, !prefix.isEmpty { set("namePrefix", .scalar(prefix)) }
        if let suffix = k.nameSuffix, !suffix.isEmpty { set("nameSuffix", .scalar(suffix)) }
        append("patches", k.patches)
        append("images", k.images)
        append("components", k.components.map { .scalar($0) })
        return node
    }
}
