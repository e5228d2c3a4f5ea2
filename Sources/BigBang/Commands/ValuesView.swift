import Diagnostics
import FileSystem
import Flux
import YAML

/// `bbctl values ENV`: the values each HelmRelease gets, as YAML (sigs.k8s.io/yaml, like
/// `helm get values`), optionally with each leaf annotated with the file:line that set it.
public struct ValuesView: Sendable {
    public var release: String?
    public var showOrigin: Bool
    public var format: RenderFormat

    public init(release: String? = nil, showOrigin: Bool = false, format: RenderFormat = .yaml) {
        self.release = release
        self.showOrigin = showOrigin
        self.format = format
    }

    /// The releases `release` selects: a name or `namespace/name`; all level-0 releases by default.
    public func selected(in render: EnvironmentRender) throws -> [RenderedRelease] {
        guard let wanted = release else { return render.releases.filter { $0.level == 0 } }
        let found = render.releases.filter { $0.name == wanted || $0.id == wanted || $0.releaseName == wanted }
        guard !found.isEmpty else {
            let known = render.releases.map(\.id).joined(separator: ", ")
            throw BigBangError.render("no HelmRelease \"\(wanted)\" in \(render.environment.name) (HelmReleases: \(known.isEmpty ? "none" : known))", at: nil)
        }
        return found
    }

    public func text(for render: EnvironmentRender, root: String, fileSystem: FileSystem = DiskFileSystem()) throws -> String {
        let releases = try selected(in: render)
        if format == .json {
            if releases.count == 1, let only = releases.first {
                return try GoJSONEncoder.encode(only.values.values, escapeHTML: false, indent: "    ") + "\n"
            }
            var map: [String: Value] = [:]
            for r in releases { map[r.id] = r.values.values }
            return try GoJSONEncoder.encode(.map(map), escapeHTML: false, indent: "    ") + "\n"
        }
        let locator = showOrigin ? OriginLocator(root: root, fileSystem: fileSystem) : nil
        var out = ""
        for (i, r) in releases.enumerated() {
            if releases.count > 1 { out += (i > 0 ? "---\n" : "") + "# HelmRelease \(r.id)\n" }
            let yaml = try SigsYAMLEncoder.encode(r.values.values)
            out += locator.map { annotate(yaml, release: r, render: render, locator: $0) } ?? yaml
        }
        return out
    }

    /// Appends `# file:line` (or the object and key) to the line of every leaf.
    private func annotate(_ yaml: String, release: RenderedRelease, render: EnvironmentRender, locator: OriginLocator) -> String {
        let leafLines = ValuesPaths.lines(ofYAML: yaml)
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (path, line) in leafLines where line >= 1 && line <= lines.count {
            guard let origin = release.values.origins[path] else { continue }
            var label = origin.description
            if case .valuesFrom = origin.via,
               let text = OriginText.text(source: origin.source, key: origin.key, in: render.documents),
               let where_ = locator.locate(text: text, line: origin.line) {
                label = where_
            }
            lines[line - 1] += "  # " + label
        }
        return lines.joined(separator: "\n")
    }
}
