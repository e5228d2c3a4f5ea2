import Diagnostics
import YAML

/// The places an environment names its Big Bang version: the `?ref=` of the Big Bang base
/// in a kustomization's resources, the Big Bang GitRepository's `spec.ref.tag`, and the Big
/// Bang HelmRelease's `spec.chart.spec.version` — in documents or in kustomization patches.
struct VersionSite {
    enum Kind: String { case baseRef = "base ?ref=", gitTag = "GitRepository spec.ref.tag", chartVersion = "HelmRelease spec.chart.spec.version" }

    var kind: Kind
    var document: Int
    /// The literal block (a kustomization patch) the site is in.
    var block: [String]?
    /// The document inside `block`.
    var innerDocument = 0
    var path: [String]
    /// The version text (for a base, just the ref).
    var version: String
    /// The whole scalar (for a base, the URL).
    var text: String
    var node: Node

    /// The scalar's new text for `version`.
    func text(for version: String) -> String {
        guard kind == .baseRef, let range = text.firstRange(of: "ref=") else { return version }
        let rest = text[range.upperBound...]
        let end = rest.firstIndex(of: "&") ?? rest.endIndex
        return String(text[..<range.upperBound]) + version + String(rest[end...])
    }

    static func find(in editor: YAMLTextEditor, fileName: String) -> [VersionSite] {
        var sites: [VersionSite] = []
        for d in editor.documents.indices {
            guard let root = editor.root(d), root.isMapping else { continue }
            sites += objectSites(root, document: d, block: nil)
            let isKustomization = PromotionScopes.kustomizationNames.contains(fileName) || root["kind"]?.value == "Kustomization"
                && root["apiVersion"]?.value.hasPrefix("kustomize.config") == true
            guard isKustomization else { continue }
            for field in ["resources", "bases", "components"] {
                guard let list = root[field], list.isSequence else { continue }
                for (i, item) in list.children.enumerated() where item.isScalar {
                    guard isBigBang(item.value), let ref = refValue(item.value) else { continue }
                    sites.append(VersionSite(kind: .baseRef, document: d, block: nil, path: [field, String(i)],
                                             version: ref, text: item.value, node: item))
                }
            }
            if let patches = root["patches"], patches.isSequence {
                for (i, patch) in patches.children.enumerated() {
                    let block = ["patches", String(i), "patch"]
                    guard patch.resolved["patch"]?.style.contains(.literal) == true,
                          let inner = try? editor.embedded(at: block, in: d) else { continue }
                    for id in inner.documents.indices {
                        guard let innerRoot = inner.root(id) else { continue }
                        sites += objectSites(innerRoot, document: d, block: block).map { site in
                            var s = site
                            s.innerDocument = site.document
                            s.document = d
                            return s
                        }
                    }
                }
            }
        }
        return sites
    }

    private static func objectSites(_ root: Node, document: Int, block: [String]?) -> [VersionSite] {
        let kind = root["kind"]?.value, name = root.lookup(["metadata", "name"])?.value ?? ""
        if kind == "GitRepository", name == "bigbang" || isBigBang(root.lookup(["spec", "url"])?.value ?? ""),
           let tag = root.lookup(["spec", "ref", "tag"]), tag.isScalar {
            return [VersionSite(kind: .gitTag, document: document, block: block, path: ["spec", "ref", "tag"],
                                version: tag.value, text: tag.value, node: tag)]
        }
        if kind == "HelmRelease", name == "bigbang" || isBigBang(root.lookup(["spec", "chart", "spec", "chart"])?.value ?? ""),
           let version = root.lookup(["spec", "chart", "spec", "version"]), version.isScalar {
            return [VersionSite(kind: .chartVersion, document: document, block: block, path: ["spec", "chart", "spec", "version"],
                                version: version.value, text: version.value, node: version)]
        }
        return []
    }

    static func isBigBang(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.contains("big-bang/bigbang") || lower.contains("/bigbang.git") || lower.hasSuffix("/bigbang")
    }

    static func refValue(_ url: String) -> String? {
        guard let range = url.firstRange(of: "ref=") else { return nil }
        let rest = url[range.upperBound...]
        let value = rest.prefix { $0 != "&" }
        return value.isEmpty ? nil : String(value)
    }
}
