import _TestSupport
import FileSystem
import Foundation
import Helm
import Testing
import YAML

/// Runs the shared Helm conformance corpus through the library and reports the pass count
/// (not asserted: the CI ratchet owns the number). Skipped when the corpus is absent.
/// `HELM_CORPUS_FILTER=substring` narrows the run (Big Bang takes seconds per case in debug
/// builds); outputs of failing cases go to `$HELM_CORPUS_OUT` (default /tmp/helm-corpus-actual).
@Suite struct HelmCorpusTests {
    static let root = SharedCorpus.path + "/helm"

    @Test func corpusParity() throws {
        let fs = DiskFileSystem()
        guard SharedCorpus.fullRunsEnabled, fs.isDirectory(Self.root + "/cases") else { return }
        let filter = ProcessInfo.processInfo.environment["HELM_CORPUS_FILTER"] ?? ""
        let outDir = ProcessInfo.processInfo.environment["HELM_CORPUS_OUT"] ?? "/tmp/helm-corpus-actual"
        try? FileManager.default.removeItem(atPath: outDir)
        try? FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        var passed = 0, failed = 0, bigbangPassed = 0, bigbangTotal = 0
        var failures: [String] = []
        var charts: [String: Chart] = [:]
        let started = Date()
        for name in try fs.listDirectory(Self.root + "/cases") where filter.isEmpty || name.contains(filter) {
            let dir = Self.root + "/cases/" + name
            let caseJSON = try JSONSerialization.jsonObject(with: Data(try fs.readFile(dir + "/case.json"))) as? [String: Any] ?? [:]
            let ok = run(case: caseJSON, dir: dir, name: name, fs: fs, charts: &charts, outDir: outDir)
            if name.hasPrefix("bigbang__") { bigbangTotal += 1; if ok { bigbangPassed += 1 } }
            if ok { passed += 1 } else { failed += 1; failures.append(name) }
        }
        let summary = "helm corpus: \(passed) passed, \(failed) failed (bigbang \(bigbangPassed)/\(bigbangTotal)) in \(String(format: "%.1f", Date().timeIntervalSince(started)))s\n"
            + failures.map { "  FAIL \($0)" }.joined(separator: "\n")
        try? summary.write(toFile: outDir + "/SUMMARY.txt", atomically: true, encoding: .utf8)
        print(summary)
    }

    private func run(case c: [String: Any], dir: String, name: String, fs: DiskFileSystem,
                     charts: inout [String: Chart], outDir: String) -> Bool {
        let chartPath = Self.root + "/" + (c["chart"] as? String ?? "")
        let args = c["args"] as? [String] ?? []
        var options = RenderOptions(releaseName: c["release"] as? String ?? "release-name",
                                    namespace: c["namespace"] as? String ?? "default")
        let expectError = fs.exists(dir + "/expected-error.txt")
        let actual: String
        do {
            var i = 0
            while i < args.count {
                let a = args[i]
                let next = i + 1 < args.count ? args[i + 1] : ""
                switch a {
                case "--kube-version": options.kubeVersion = try KubeVersion.parse(next); i += 1
                case "--api-versions": options.apiVersions.append(next); i += 1
                case "--show-only": options.showOnly.append(next); i += 1
                case "--include-crds": options.includeCRDs = true
                case "--no-hooks": options.noHooks = true
                case "--skip-tests": options.skipTests = true
                case "--is-upgrade": options.isUpgrade = true
                default: break
                }
                i += 1
            }
            let chart: Chart
            if let cached = charts[chartPath] { chart = cached } else {
                chart = try ChartLoader.load(at: chartPath, in: fs)
                charts[chartPath] = chart
            }
            let values = try ValuesOptions(valueFiles: [dir + "/values.yaml"]).merged(in: fs)
            let result = try ChartRenderer().render(chart: chart, values: .map(values), options: options)
            actual = try result.output()
        } catch {
            let message = (error as? HelmError)?.helmStderr ?? "Error: \(error)\n"
            try? message.write(toFile: outDir + "/\(name).err", atomically: true, encoding: .utf8)
            return expectError
        }
        if expectError {
            try? actual.write(toFile: outDir + "/\(name).yaml", atomically: true, encoding: .utf8)
            return false
        }
        let expected = (try? fs.readText(dir + "/expected.yaml")) ?? ""
        if actual == expected { return true }
        if masked(actual, expected, c) { return true }
        try? actual.write(toFile: outDir + "/\(name).yaml", atomically: true, encoding: .utf8)
        return false
    }

    /// Lines listed in `nondeterministic.masks` must match their regex instead of the text.
    private func masked(_ actual: String, _ expected: String, _ c: [String: Any]) -> Bool {
        guard let nd = c["nondeterministic"] as? [String: Any], let masks = nd["masks"] as? [[String: Any]] else { return false }
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        guard a.count == e.count else { return false }
        var maskByLine: [Int: String] = [:]
        for m in masks { if let l = m["line"] as? Int, let r = m["regex"] as? String { maskByLine[l] = r } }
        for i in a.indices where a[i] != e[i] {
            guard let r = maskByLine[i + 1], a[i].range(of: r, options: .regularExpression) != nil else { return false }
        }
        return true
    }
}
