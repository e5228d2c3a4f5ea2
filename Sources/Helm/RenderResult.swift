/// What `helm template` produced: CRDs (when included), sorted manifests, hooks, notes.
public struct RenderResult: Sendable {
    /// `crds/` files with their chart path (`chart/crds/x.yaml`) and raw text.
    public var crds: [(path: String, content: String)]
    public var manifests: [Manifest]
    public var hooks: [Manifest]
    /// The root chart's rendered NOTES.txt.
    public var notes: String
    public var options: RenderOptions

    /// Exactly what `helm template` prints on stdout.
    public func output() throws -> String {
        var release = ""
        for crd in crds { release += "---\n# Source: \(crd.path)\n\(crd.content)\n" }
        for m in manifests { release += "---\n# Source: \(m.path)\n\(m.content)\n" }
        var out = ManifestSplitter.trim(release) + "\n"
        if !options.noHooks {
            for h in hooks where !(options.skipTests && h.isTestHook) {
                out += "---\n# Source: \(h.path)\n\(h.content)\n"
            }
        }
        guard !options.showOnly.isEmpty else { return out }
        return try showOnly(out)
    }

    /// `--show-only`: re-splits the output and keeps documents whose source matches a glob.
    private func showOnly(_ full: String) throws -> String {
        let docs = ManifestSplitter.split(full)
        var selected: [String] = []
        for pattern in options.showOnly {
            var missing = true
            for doc in docs {
                guard let path = RenderResult.sourcePath(doc) else { continue }
                guard GlobPattern.match(pattern, path) == true else { continue }
                selected.append(doc)
                missing = false
            }
            if missing { throw HelmError.showOnlyNotFound(pattern) }
        }
        return selected.map { "---\n\($0)\n" }.joined()
    }

    /// The part after the chart name in a `# Source: chart/...` line (`# Source: [^/]+/(.+)`).
    static func sourcePath(_ doc: String) -> String? {
        guard let r = doc.range(of: "# Source: ") else { return nil }
        let rest = doc[r.upperBound...]
        let line = rest.prefix { $0 != "\n" }
        guard let slash = line.firstIndex(of: "/"), slash != line.startIndex else { return nil }
        let after = line[line.index(after: slash)...]
        return after.isEmpty ? nil : String(after)
    }

    /// Files `--output-dir` writes: relative path → content (documents of one template appended).
    public func outputFiles(useReleaseName: Bool = false) -> [(path: String, content: String)] {
        var order: [String] = []
        var contents: [String: String] = [:]
        func add(_ path: String, _ body: String) {
            let p = useReleaseName ? options.releaseName + "/" + path : path
            if contents[p] == nil { order.append(p) }
            contents[p, default: ""] += "---\n# Source: \(path)\n\(body)\n"
        }
        for crd in crds { add(crd.path, crd.content) }
        for m in manifests { add(m.path, m.content) }
        if !options.noHooks {
            for h in hooks where !(options.skipTests && h.isTestHook) { add(h.path, h.content) }
        }
        return order.map { ($0, contents[$0] ?? "") }
    }
}
