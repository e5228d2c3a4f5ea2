import Diagnostics
import Foundation
import FileSystem
import Flux
import Git

/// Finds the chart directory of a HelmRelease the way source-controller would fetch it, but
/// from local places only: `--chart` overrides, `--repo-map` directories, the git cache
/// (fetched through `insteadOf` mirrors unless offline) and a local chart cache.
struct ChartSourceResolver: Sendable {
    /// A chart that cannot be reached, with the source named so the user can supply it.
    struct Unreachable: Error {
        var source: String
        var reason: String
    }

    let cache: GitSourceCache
    /// Git URL (normalised) → local directory standing in for the repository.
    let repoMap: [String: String]
    /// Chart name or HelmRelease name → chart directory.
    let charts: [String: String]
    /// `$BBCTL_CACHE/charts`: `NAME/VERSION/` or `NAME-VERSION/` directories.
    let chartCacheRoot: String
    let fileSystem: FileSystem

    func chartDirectory(for release: HelmRelease, sources: FluxObjects) throws -> String {
        if let dir = charts[release.name] { return dir }
        if let ref = release.chartRef {
            if let dir = charts[ref.name] { return dir }
            throw Unreachable(source: "\(ref.kind ?? "OCIRepository")/\(ref.name)",
                              reason: "chartRef sources are not fetched; supply the chart with --chart \(ref.name)=DIR")
        }
        guard let spec = release.chart else {
            throw Unreachable(source: "HelmRelease/\(release.name)", reason: "neither spec.chart nor spec.chartRef is set")
        }
        let sourceNamespace = spec.sourceRef.namespace ?? release.namespace
        switch spec.sourceRef.kind ?? "HelmRepository" {
        case "GitRepository":
            guard let repo = sources.gitRepositories.first(where: {
                $0.metadata.name == spec.sourceRef.name && ($0.metadata.namespace ?? sourceNamespace) == sourceNamespace
            }) else {
                throw Unreachable(source: "GitRepository/\(spec.sourceRef.name)", reason: "the GitRepository is not part of the render")
            }
            let root = try checkout(repo)
            let dir = Path.join(root, spec.chart)
            guard Path.isWithin(dir, root) else {
                throw Unreachable(source: repo.url, reason: "chart path \(spec.chart) leaves the repository")
            }
            guard fileSystem.isDirectory(dir) else {
                throw Unreachable(source: "\(repo.url)//\(spec.chart)", reason: "no chart directory at \(spec.chart)")
            }
            return dir
        default:
            if let dir = charts[spec.chart] { return dir }
            let version = spec.version ?? ""
            for candidate in [Path.join(chartCacheRoot, "\(spec.chart)/\(version)"),
                              Path.join(chartCacheRoot, "\(spec.chart)-\(version)")]
                where !version.isEmpty && fileSystem.isDirectory(candidate) {
                return candidate
            }
            let kind = spec.sourceRef.kind ?? "HelmRepository"
            let url = kind == "OCIRepository"
                ? sources.ociRepositories.first { $0.metadata.name == spec.sourceRef.name }?.url
                : sources.helmRepositories.first { $0.metadata.name == spec.sourceRef.name }?.url
            throw Unreachable(source: "\(url ?? "\(kind)/\(spec.sourceRef.name)") chart \(spec.chart)\(version.isEmpty ? "" : " \(version)")",
                              reason: "not in the chart cache; supply it with --chart \(spec.chart)=DIR")
        }
    }

    /// The repository's files at the GitRepository's ref.
    func checkout(_ repo: Flux.GitRepository) throws -> String {
        if let dir = Self.lookup(repo.url, in: repoMap) { return dir }
        let ref = GitReference.flux(branch: repo.ref?.branch, tag: repo.ref?.tag, semver: repo.ref?.semver,
                                    name: repo.ref?.name, commit: repo.ref?.commit)
        do {
            return try cache.source(url: repo.url, ref: ref).directory
        } catch let error as DiagnosticConvertible {
            throw Unreachable(source: "\(repo.url)@\(ref)", reason: error.diagnostic.message)
        }
    }

    /// `repoMap` keyed by normalised URL: scheme, `.git` and a trailing slash do not matter.
    static func lookup(_ url: String, in map: [String: String]) -> String? {
        let key = normalise(url)
        return map.first { normalise($0.key) == key }?.value
    }

    static func normalise(_ url: String) -> String {
        var s = url.lowercased()
        for scheme in ["https://", "http://", "ssh://", "git://"] where s.hasPrefix(scheme) {
            s.removeFirst(scheme.count)
        }
        if let at = s.firstIndex(of: "@"), !s[..<at].contains("/") { s = String(s[s.index(after: at)...]) }
        s = s.replacingOccurrences(of: ":", with: "/")
        while s.hasSuffix("/") { s.removeLast() }
        if s.hasSuffix(".git") { s.removeLast(4) }
        return s
    }
}
