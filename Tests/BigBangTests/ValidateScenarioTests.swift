@testable import BigBang
import FileSystem
import Foundation
import Testing

/// `Validator.validate` end to end on copies of the example customer repository: three
/// environments rendered in parallel with the example umbrella chart, findings located in
/// the repository's files, rules switched off by `.bbctl.yaml`, and `envs` output.
@Suite struct ValidateScenarioTests {
    /// examples/ copied to a temporary directory; the customer repo is its own git root.
    struct Repo {
        let root: String
        var customer: String { root + "/customer" }

        init() throws {
            root = NSTemporaryDirectory() + "bbctl-validate-\(UUID().uuidString)"
            let fm = FileManager.default
            try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
            for dir in ["customer", "bigbang-base", "umbrella"] {
                try fm.copyItem(atPath: CustomerRepoFixture.repoRoot + "/examples/" + dir, toPath: root + "/" + dir)
            }
            try fm.createDirectory(atPath: customer + "/.git", withIntermediateDirectories: true)
        }

        func write(_ path: String, _ text: String) throws {
            try text.write(toFile: customer + "/" + path, atomically: true, encoding: .utf8)
        }

        func validate(_ names: [String]? = nil) throws -> ValidationReport {
            let repo = try BigBangRepository.discover(from: customer)
            let envs = try names.map { try $0.map { try repo.environment(named: $0) } } ?? repo.environments
            return Validator(repository: repo).validate(envs, render: .init(offline: true, charts: ["bigbang": root + "/umbrella"]))
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func threeEnvironmentsReportOnlyTheUnencryptedSecrets() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let report = try repo.validate()
        #expect(report.environments == ["dev", "staging", "prod"])
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == ["sops-secrets", "sops-secrets", "sops-secrets"], "\(report.text(colored: false))")
        #expect(errors.map { $0.location?.description } == ["dev/secrets/environment-bb.yaml:3:7", "staging/secrets/environment-bb.yaml:3:7",
                                                          "prod/secrets/environment-bb.yaml:3:7"])
        #expect(report.hasErrors)
    }

    @Test func findingsPointIntoTheEnvironmentsFiles() throws {
        let repo = try Repo()
        defer { repo.remove() }
        try repo.write(".bbctl.yaml", """
            environments:
            - name: dev
            - name: prod
              production: true
            validate:
              disable: [sops-secrets]
              requiredPackages: [monitoring]

            """)
        let prodValues = try String(contentsOfFile: repo.customer + "/prod/configmap.yaml", encoding: .utf8)
        try repo.write("prod/configmap.yaml", prodValues.replacingOccurrences(of: "monitoring:\n  enabled: true", with: "monitoring:\n  enabled: false"))
        try repo.write("dev/extra.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: bigbang
            spec:
              replicas: "2"
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers: [{name: web, image: nginx}]

            """)
        let kustomization = try String(contentsOfFile: repo.customer + "/dev/kustomization.yaml", encoding: .utf8)
        try repo.write("dev/kustomization.yaml", kustomization.replacingOccurrences(of: "resources:\n- ../base", with: "resources:\n- ../base\n- extra.yaml"))
        let report = try repo.validate()
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule).sorted() == ["core-services", "image-registry", "k8s-schema"], "\(report.text(colored: false))")
        let core = try #require(errors.first { $0.rule == "core-services" })
        #expect(core.environment == "prod" && core.location?.description == "prod/configmap.yaml:4:3")
        let schema = try #require(errors.first { $0.rule == "k8s-schema" })
        #expect(schema.location?.description == "dev/extra.yaml:7:13" && schema.object == "Deployment/bigbang/web")
        let image = try #require(errors.first { $0.rule == "image-registry" })
        #expect(image.location?.description == "dev/extra.yaml:12:39")
    }

    @Test func aBrokenEnvironmentDoesNotStopTheOthers() throws {
        let repo = try Repo()
        defer { repo.remove() }
        try repo.write("staging/kustomization.yaml", "resources:\n- missing.yaml\n")
        let report = try repo.validate()
        let render = report.findings.filter { $0.rule == "render" && $0.severity == .error }
        #expect(render.map(\.environment) == ["staging"])
        #expect(report.findings.contains { $0.environment == "prod" && $0.rule == "sops-secrets" })
        #expect(report.findings.contains { $0.environment == "dev" && $0.rule == "sops-secrets" })
    }

    @Test func fleetRepoSourcesIncludeFollowedKustomizations() throws {
        let root = NSTemporaryDirectory() + "bbctl-fleet-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = [
            ".bbctl.yaml": "environments:\n- name: dev\n  path: clusters/dev\n",
            "clusters/dev/kustomization.yaml": "resources:\n- apps.yaml\n",
            "clusters/dev/apps.yaml": """
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: {name: apps, namespace: flux-system}
                spec: {interval: 10m, prune: true, path: ./apps, sourceRef: {kind: GitRepository, name: flux-system}}

                """,
            "apps/kustomization.yaml": "resources:\n- secret.yaml\n- web.yaml\n",
            "apps/secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: default}\nstringData: {password: x}\n",
            "apps/web.yaml": """
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: default}
                spec:
                  ports: [{port: "80"}]

                """,
        ]
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        let repo = try BigBangRepository.discover(from: root)
        let report = Validator(repository: repo).validate(repo.environments, render: .init(offline: true))
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule).sorted() == ["k8s-schema", "sops-secrets"], "\(report.text(colored: false))")
        #expect(errors.first { $0.rule == "sops-secrets" }?.location?.description == "apps/secret.yaml:2:7")
        #expect(errors.first { $0.rule == "k8s-schema" }?.location?.description == "apps/web.yaml:5:18")
    }

    @Test func environmentListAsJSON() throws {
        let repo = try Repo()
        defer { repo.remove() }
        let list = EnvironmentList(repository: try BigBangRepository.discover(from: repo.customer))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(list.json().utf8)) as? [[String: Any]])
        #expect(decoded.map { $0["name"] as? String } == ["dev", "staging", "prod"])
        #expect(decoded.map { $0["path"] as? String } == ["dev", "staging", "prod"])
        #expect(decoded.map { $0["production"] as? Bool } == [false, false, true])
        #expect(list.text() == "dev      dev\nstaging  staging\nprod     prod  production\n")
    }
}
