import ArgumentParser
import BigBang
import Flux
import Foundation

/// Flags of every command that renders environments (render, values, images, diff, validate).
struct RenderFlags: ParsableArguments {
    @Flag(help: "Never fetch git sources; a missing one is reported with its URL and ref.")
    var offline = false

    @Option(help: "umbrella: template the environment's HelmReleases; packages: also the package HelmReleases they produce.")
    var depth: EnvironmentRenderer.Options.Depth = .umbrella

    @Option(name: .customLong("repo-map"), help: ArgumentHelp("Use a local directory for a git URL (repeatable).", valueName: "url=dir"))
    var repoMap: [String] = []

    @Option(name: .customLong("chart"), help: ArgumentHelp("Use a local chart directory for a chart or HelmRelease name (repeatable).", valueName: "name=dir"))
    var charts: [String] = []

    @Option(name: .customLong("age-key"), help: ArgumentHelp("age identity file for SOPS (besides SOPS_AGE_KEY_FILE / SOPS_AGE_KEY).", valueName: "file"), completion: .file())
    var ageKeys: [String] = []

    @Option(name: .customLong("kube-version"), help: "Kubernetes version for Capabilities (default: the Helm engine's current release).")
    var kubeVersion: String?

    @Option(name: .customLong("lookup"), help: ArgumentHelp("Objects Helm's lookup returns (default: .bbctl/lookup/ENV.yaml when present).", valueName: "file"), completion: .file())
    var lookupFile: String?

    func options() throws -> EnvironmentRenderer.Options {
        var identities = AgeIdentity.fromEnvironment()
        for file in ageKeys { identities += try AgeIdentity.load(file: file) }
        return EnvironmentRenderer.Options(
            depth: depth, offline: offline, repoMap: try pairs(repoMap, "--repo-map"), charts: try pairs(charts, "--chart"),
            ageIdentities: identities, kubeVersion: kubeVersion, lookupFile: lookupFile,
            progress: ProgressReporter.shared.report)
    }

    private func pairs(_ list: [String], _ flag: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for item in list {
            guard let eq = item.lastIndex(of: "="), eq != item.startIndex else {
                throw ValidationError("\(flag) expects KEY=DIR, got \"\(item)\"")
            }
            out[String(item[..<eq])] = String(item[item.index(after: eq)...])
        }
        return out
    }
}

extension EnvironmentRenderer.Options.Depth: ExpressibleByArgument {}

/// Progress on stderr for slow work only: messages appear once a second has passed.
final class ProgressReporter: @unchecked Sendable {
    static let shared = ProgressReporter()
    private let start = Date()
    private let lock = NSLock()

    let report: @Sendable (String) -> Void = { message in ProgressReporter.shared.show(message) }

    private func show(_ message: String) {
        guard Date().timeIntervalSince(start) > 1 else { return }
        lock.withLock { StandardError.write("bbctl: \(message)\n") }
    }
}
