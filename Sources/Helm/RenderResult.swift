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

    /// One file write of `helm template --output-dir` (Helm's `writeToFile`): the document
    /// `---\n# Source: NAME\nDATA\n` created or appended at `path`; Helm prints `wrote PATH`
    /// for each.
    public struct OutputWrite: Sendable, Equatable {
        public var path: String
        public var text: String
        /// False: the file is created (truncated) by this write.
        public var appends: Bool
    }

    /// The writes `--output-dir DIR` makes, in Helm's order: CRDs under DIR (never under the
    /// release name), then manifests and hooks under DIR or DIR/RELEASE (`--release-name`).
    /// A hook appends when its file already exists (`exists`: on disk before this run —
    /// Helm checks the disk, so it also appends to files an earlier run left).
    public func outputWrites(directory: String, useReleaseName: Bool, exists: (String) -> Bool) -> [OutputWrite] {
        var writes: [OutputWrite] = []
        var written: Set<String> = []
        func write(_ dir: String, _ name: String, _ data: String, appends: Bool) {
            let path = dir + "/" + name
            writes.append(OutputWrite(path: path, text: "---\n# Source: \(name)\n\(data)\n", appends: appends))
        }
        if options.includeCRDs {
            for crd in crds {
                write(directory, crd.path, crd.content, appends: written.contains(crd.path))
                written.insert(crd.path)
            }
        }
        let dir = useReleaseName ? Self.goJoin(directory, options.releaseName) : directory
        for m in manifests {
            write(dir, m.path, m.content, appends: written.contains(m.path))
            written.insert(m.path)
        }
        if !options.noHooks {
            var onDisk = Set(writes.map(\.path))
            for h in hooks where !(options.skipTests && h.isTestHook) {
                let path = dir + "/" + h.path
                write(dir, h.path, h.content, appends: onDisk.contains(path) || exists(Self.goJoin(dir, h.path)))
                onDisk.insert(path)
            }
        }
        return writes
    }

    /// Go's `filepath.Join` of two parts: joined with `/` and cleaned.
    static func goJoin(_ a: String, _ b: String) -> String {
        let joined = a.isEmpty ? b : (b.isEmpty ? a : a + "/" + b)
        let absolute = joined.hasPrefix("/")
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let body = parts.joined(separator: "/")
        if absolute { return "/" + body }
        return body.isEmpty ? "." : body
    }
}
