import Diagnostics
import FileSystem
import YAML

/// One rendered document with the head fields Helm reads (`releaseutil.SimpleHead`).
public struct Manifest: Hashable, Sendable {
    /// Template path, e.g. `mychart/templates/deployment.yaml`.
    public var path: String
    public var content: String
    public var kind: String
    /// Hook events from `helm.sh/hook` (empty for ordinary manifests).
    public var hookEvents: [String]

    public var isHook: Bool { !hookEvents.isEmpty }
    public var isTestHook: Bool { hookEvents.contains("test") }
}

/// Helm's `releaseutil.SortManifests`: files in path order, documents in file order, split
/// into ordinary manifests and hooks, each list stably sorted by install order of kind.
enum ManifestSorter {
    static let hookEvents: [String: String] = [
        "pre-install": "pre-install", "post-install": "post-install",
        "pre-delete": "pre-delete", "post-delete": "post-delete",
        "pre-upgrade": "pre-upgrade", "post-upgrade": "post-upgrade",
        "pre-rollback": "pre-rollback", "post-rollback": "post-rollback",
        "test": "test", "test-success": "test",
    ]

    static func sort(_ files: [(path: String, content: String)]) throws -> (manifests: [Manifest], hooks: [Manifest]) {
        var generic: [Manifest] = []
        var hooks: [Manifest] = []
        let ordered = files.filter { file in
            let base = Path.basename(file.path)
            return !base.hasPrefix("_") && !ManifestSplitter.trim(file.content).isEmpty
        }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for (file, documents) in zip(ordered, splitAll(ordered)) {
            for (doc, head) in try documents.get() {
                guard let hookValue = head.annotations["helm.sh/hook"] else {
                    generic.append(Manifest(path: file.path, content: doc, kind: head.kind, hookEvents: []))
                    continue
                }
                var events: [String] = []
                var unknown = false
                for raw in hookValue.split(separator: ",", omittingEmptySubsequences: false) {
                    guard let e = hookEvents[String(raw).trimmingSpaces.lowercased()] else { unknown = true; break }
                    events.append(e)
                }
                if unknown { continue }
                if events.isEmpty { continue }
                hooks.append(Manifest(path: file.path, content: doc, kind: head.kind, hookEvents: events))
            }
        }
        return (stableSortByKind(generic), stableSortByKind(hooks))
    }

    /// Every file split into documents with their heads, on all cores (reading the heads
    /// parses every document); a file's error stays with it, so the first one in path order
    /// is the one reported, as when done one by one.
    private static func splitAll(_ files: [(path: String, content: String)]) -> [Result<[(String, Head)], Error>] {
        Concurrently.map(files) { file in
            try ManifestSplitter.split(file.content).map { ($0, try readHead($0, path: file.path)) }
        }
    }

    static func stableSortByKind(_ list: [Manifest]) -> [Manifest] {
        list.enumerated().sorted { a, b in
            if a.element.kind == b.element.kind { return a.offset < b.offset }
            if InstallOrder.less(a.element.kind, b.element.kind) { return true }
            if InstallOrder.less(b.element.kind, a.element.kind) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }

    struct Head {
        var kind = ""
        var annotations: [String: String] = [:]
    }

    /// Reads `kind` and `metadata.annotations`; an unparsable document is Helm's
    /// "YAML parse error on FILE" failure.
    static func readHead(_ doc: String, path: String) throws -> Head {
        let file = SourceFile(path: path, text: doc)
        let nodes: [Node]
        do {
            nodes = try YAMLBridge.parseNodes(file)
        } catch {
            throw HelmError.invalidManifest(template: path, reason: "error converting YAML to JSON: " + error.asDiagnostic.message)
        }
        var head = Head()
        guard var root = nodes.first else { return head }
        if root.kind == .document, let r = root.children.first { root = r }
        guard root.kind == .mapping else { return head }
        for (key, value) in ChartMetadataDecoder.pairs(root) {
            if key == "kind" { head.kind = ChartMetadataDecoder.scalar(value) }
            if key == "metadata" {
                for (mk, mv) in ChartMetadataDecoder.pairs(value) where mk == "annotations" {
                    for (ak, av) in ChartMetadataDecoder.pairs(mv) { head.annotations[ak] = ChartMetadataDecoder.scalar(av) }
                }
            }
        }
        return head
    }
}
