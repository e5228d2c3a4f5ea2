import Testing
import BigBang
import FileSystem

/// `--only version`: every place TO names the Big Bang version follows FROM's, and nothing
/// else changes.
@Suite struct PromoteVersionTests {
    static func kustomization(_ ref: String, _ tag: String, _ chart: String, extra: String) -> String {
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
        - https://repo1.dso.mil/big-bang/bigbang.git//base?ref=\(ref)
        - ../common
        patches:
        - patch: |-
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: GitRepository
            metadata:
              name: bigbang
            spec:
              interval: \(extra)
              ref:
                tag: "\(tag)"   # Big Bang release
        - patch: |
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: bigbang
            spec:
              chart:
                spec:
                  version: \(chart)
        """
    }

    @Test func versionSitesStayConsistent() throws {
        let fs = InMemoryFileSystem(files: [
            "/repo/dev/kustomization.yaml": Self.kustomization("3.31.0", "3.31.0", "3.31.0", extra: "1m"),
            "/repo/dev/configmap.yaml": "monitoring:\n  enabled: true\n",
            "/repo/prod/kustomization.yaml": Self.kustomization("3.29.0", "3.29.0", "3.28.9", extra: "10m"),
            "/repo/prod/configmap.yaml": "monitoring:\n  enabled: false\n",
            "/repo/prod/bigbang.yaml": """
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: GitRepository
                metadata:
                  name: environment-repo
                spec:
                  url: https://git.example.mil/customer.git
                  ref:
                    branch: main
                ---
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: GitRepository
                metadata:
                  name: bigbang
                spec:
                  url: https://repo1.dso.mil/big-bang/bigbang.git
                  ref:
                    tag: 3.29.0
                """,
        ])
        let dev = BigBangRepository.Environment(name: "dev", path: "/repo/dev")
        let prod = BigBangRepository.Environment(name: "prod", path: "/repo/prod")
        let repo = BigBangRepository(root: "/repo", config: RepoConfig(), environments: [dev, prod])
        let promoter = Promoter(repository: repo, options: .init(onlyVersion: true, gitEnvironment: .init([:])), fileSystem: fs)
        let plan = try promoter.plan(from: dev, to: prod)
        #expect(plan.mode == .version("3.31.0"))
        #expect(plan.changes.map { "\($0.file) \($0.path) \($0.old ?? "") -> \($0.new ?? "")" } == [
            "prod/bigbang.yaml spec.ref.tag 3.29.0 -> 3.31.0",
            "prod/kustomization.yaml resources.0 3.29.0 -> 3.31.0",
            "prod/kustomization.yaml spec.ref.tag 3.29.0 -> 3.31.0",
            "prod/kustomization.yaml spec.chart.spec.version 3.28.9 -> 3.31.0",
        ])
        try promoter.apply(plan, to: prod)
        #expect(try fs.readText("/repo/prod/kustomization.yaml") == Self.kustomization("3.31.0", "3.31.0", "3.31.0", extra: "10m"))
        #expect(try fs.readText("/repo/prod/configmap.yaml") == "monitoring:\n  enabled: false\n")
        #expect(try fs.readText("/repo/prod/bigbang.yaml").contains("    branch: main\n"))
        #expect(try fs.readText("/repo/prod/bigbang.yaml").hasSuffix("  ref:\n    tag: 3.31.0"))
    }
}
