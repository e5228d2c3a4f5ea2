import Testing
import BigBang
import Diagnostics
import FileSystem
import Foundation

/// Bounded fuzz smoke test of the whole render: mutated copies of the fleet repo (manifests,
/// Flux objects, chart templates, `.bbctl.yaml`) either render or fail with a diagnostic —
/// never crash, hang or trap. Deterministic seed, fixed budget.
struct RenderFuzzTests {
    @Test func mutatedFleetReposNeverCrash() throws {
        let base = FleetRenderTests.fleet()
        base.add("/fleet/.bbctl.yaml", "environments:\n  - name: staging\n    path: clusters/staging\n    production: true\n")
        let paths = base.allFiles.sorted()
        var originals: [String: [UInt8]] = [:]
        for p in paths { originals[p] = try base.readFile(p) }
        var rng = BuildFuzzTests.Rng(state: 0x5EED_2026)
        var rendered = 0, failed = 0
        let deadline = Date().addingTimeInterval(15)
        for _ in 0..<200 where Date() < deadline {
            let fs = InMemoryFileSystem()
            for (p, bytes) in originals { fs.add(p, bytes: bytes) }
            for _ in 0..<(1 + rng.below(2)) {
                let victim = paths[rng.below(paths.count)]
                fs.add(victim, bytes: BuildFuzzTests.mutate(originals[victim] ?? [], &rng))
            }
            do {
                let repository = try BigBangRepository.open(root: "/fleet", fileSystem: fs)
                let options = EnvironmentRenderer.Options(
                    depth: .packages, offline: true, cacheRoot: "/cache",
                    repoMap: ["https://git.example.com/team-a/apps.git": "/team-a"], charts: ["podinfo": "/charts/podinfo"])
                let result = try EnvironmentRenderer(repository: repository, options: options, fileSystem: fs)
                    .render(try repository.environment(named: "/fleet/clusters/staging", fileSystem: fs))
                _ = result.yaml(showSecrets: false)
                _ = ImageList.images(in: result)
                rendered += 1
            } catch {
                #expect(!error.asDiagnostic.message.isEmpty)
                failed += 1
            }
        }
        #expect(rendered + failed > 30)
        #expect(rendered > 0)
    }
}
