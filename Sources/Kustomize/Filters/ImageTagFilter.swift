import YAML

/// Rewrites container image references (kustomize `api/filters/imagetag` and
/// `api/internal/image`).
struct ImageTagFilter {
    var image: Kustomization.ImageArgs
    private let pattern: Regex<AnyRegexOutput>?

    init(image: Kustomization.ImageArgs) {
        self.image = image
        // kustomize builds this regexp from the unescaped name, so '.' matches any character.
        pattern = try? Regex("^" + image.name + "(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$")
    }

    func matches(_ s: String) -> Bool {
        guard let pattern else { return false }
        return (try? pattern.wholeMatch(in: s)) != nil
    }

    /// kustomize `imageTagUpdater.SetImageValue`.
    func update(_ node: inout Node) throws {
        guard node.kind == .scalar else {
            throw KustomizeError.message("wrong node kind: expected ScalarNode but got \(node.kind == .mapping ? "MappingNode" : "SequenceNode")")
        }
        guard matches(node.value) else { return }
        var (name, tag, digest) = ImageTagFilter.split(node.value)
        if let n = image.newName, !n.isEmpty { name = n }
        let newTag = image.newTag ?? "", newDigest = image.digest ?? "", suffix = image.tagSuffix ?? ""
        if !newTag.isEmpty && !newDigest.isEmpty {
            tag = newTag
            digest = newDigest
        } else if !newTag.isEmpty {
            tag = newTag
            digest = ""
        } else if !newDigest.isEmpty {
            tag = ""
            digest = newDigest
        } else if !suffix.isEmpty {
            tag += suffix
            digest = ""
        }
        if !tag.isEmpty { name += ":" + tag }
        if !digest.isEmpty { name += "@" + digest }
        try setScalar(&node, name, tag: "")
    }

    /// kustomize `image.Split`: name, tag and digest of an image reference.
    static func split(_ ref: String) -> (String, String, String) {
        let b = Array(ref.utf8)
        var slash = b.firstIndex(of: UInt8(ascii: "/")) ?? 0
        if slash <= 0 { slash = 0 }
        let search = b[slash...]
        let at = search.firstIndex(of: UInt8(ascii: "@"))
        let colon = search.firstIndex(of: UInt8(ascii: ":"))
        func s(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        if at == nil && colon == nil { return (ref, "", "") }
        if let at {
            if let colon, colon < at {
                return (s(0..<colon), s((colon + 1)..<at), s((at + 1)..<b.count))
            }
            return (s(0..<at), "", s((at + 1)..<b.count))
        }
        let c = colon ?? b.count
        return (s(0..<c), s(min(c + 1, b.count)..<b.count), "")
    }

    /// kustomize `LegacyFilter`: every `containers`/`initContainers` list anywhere.
    func applyLegacy(_ node: inout Node) throws {
        switch node.kind {
        case .mapping:
            var i = 1
            while i < node.children.count {
                try applyLegacy(&node.children[i])
                let key = node.children[i - 1].value
                if key == "containers" || key == "initContainers", node.children[i].kind == .sequence {
                    for j in node.children[i].children.indices {
                        try node.children[i].children[j].modify("image") { try update(&$0) }
                    }
                }
                i += 2
            }
        case .sequence:
            for i in node.children.indices { try applyLegacy(&node.children[i]) }
        default:
            break
        }
    }
}

/// kustomize `ImageTagTransformer`: the legacy walk, then the configured field specs.
struct ImageTagTransformer: ResourceTransformer {
    var image: Kustomization.ImageArgs
    var fieldSpecs: [FieldSpec]

    func transform(_ ra: ResourceAccumulator) throws {
        let filter = ImageTagFilter(image: image)
        for r in ra.resources where r.kind != "CustomResourceDefinition" {
            try filter.applyLegacy(&r.node)
        }
        for r in ra.resources where r.kind != "CustomResourceDefinition" {
            let gvk = r.gvk
            for fs in fieldSpecs where gvk.isSelected(by: fs.gvk) {
                try FieldSpecFilter(spec: fs, createKind: nil, setValue: filter.update).apply(to: &r.node, gvk: gvk)
            }
        }
    }
}
