import Testing
import BigBang
import FileSystem
import YAML

/// Repository shapes other than the customer template: a fleet repo (clusters/staging →
/// infrastructure + tenants, ServiceAccount-scoped tenant Kustomizations, postBuild
/// substitution, dependsOn) and an environment repo (`qa/fluxcd` Kustomizations and image
/// automation objects, `qa/apps/*` plain kustomize apps). In memory: the render walks Flux
/// objects, not a folder convention.
struct FleetRenderTests {
    static let chart = [
        "/charts/podinfo/Chart.yaml": "apiVersion: v2\nname: podinfo\nversion: 6.5.0\n",
        "/charts/podinfo/values.yaml": "replicaCount: 1\nimage: ghcr.io/stefanprodan/podinfo:6.5.0\n",
        "/charts/podinfo/templates/deployment.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ .Release.Name }}
              namespace: {{ .Release.Namespace }}
            spec:
              replicas: {{ .Values.replicaCount }}
              template:
                spec:
                  containers:
                  - name: podinfo
                    image: {{ .Values.image }}

            """,
    ]

    static func fleet() -> InMemoryFileSystem {
        var files = chart
        files["/fleet/clusters/staging/flux-system/gotk-sync.yaml"] = """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: flux-system
              namespace: flux-system
            spec:
              interval: 10m
              path: ./clusters/staging
              sourceRef:
                kind: GitRepository
                name: flux-system
            """
        files["/fleet/clusters/staging/cluster-vars.yaml"] = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cluster-vars
              namespace: flux-system
            data:
              DOMAIN: staging.example.com
            """
        // Listed before what it depends on: dependsOn decides the order.
        files["/fleet/clusters/staging/infrastructure.yaml"] = """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: infra-configs
              namespace: flux-system
            spec:
              dependsOn:
              - name: infra-controllers
              path: ./infrastructure/configs
              sourceRef:
                kind: GitRepository
                name: flux-system
              postBuild:
                substituteFrom:
                - kind: ConfigMap
                  name: cluster-vars
            ---
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: infra-controllers
              namespace: flux-system
            spec:
              path: ./infrastructure/controllers
              sourceRef:
                kind: GitRepository
                name: flux-system
            """
        files["/fleet/clusters/staging/tenants.yaml"] = """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: tenants
              namespace: flux-system
            spec:
              dependsOn:
              - name: infra-configs
              path: ./tenants/staging
              sourceRef:
                kind: GitRepository
                name: flux-system
              postBuild:
                substitute:
                  CLUSTER: staging
            """
        files["/fleet/infrastructure/controllers/kustomization.yaml"] = "resources:\n- podinfo.yaml\n"
        files["/fleet/infrastructure/controllers/podinfo.yaml"] = """
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: HelmRepository
            metadata:
              name: podinfo
              namespace: flux-system
            spec:
              url: https://stefanprodan.github.io/podinfo
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: podinfo
              namespace: flux-system
            spec:
              targetNamespace: apps
              chart:
                spec:
                  chart: podinfo
                  version: 6.5.0
                  sourceRef:
                    kind: HelmRepository
                    name: podinfo
              values:
                replicaCount: 2
            """
        files["/fleet/infrastructure/configs/ingress.yaml"] = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: podinfo
              namespace: apps
            spec:
              rules:
              - host: podinfo.${DOMAIN}
            """
        files["/fleet/tenants/base/team-a/kustomization.yaml"] = "resources:\n- rbac.yaml\n- sync.yaml\n"
        files["/fleet/tenants/base/team-a/rbac.yaml"] = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: team-a
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: team-a
              namespace: team-a
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: team-a-reconciler
              namespace: team-a
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: admin
            subjects:
            - kind: ServiceAccount
              name: team-a
              namespace: team-a
            """
        files["/fleet/tenants/base/team-a/sync.yaml"] = """
            apiVersion: source.toolkit.fluxcd.io/v1
            kind: GitRepository
            metadata:
              name: team-a
              namespace: team-a
            spec:
              url: https://git.example.com/team-a/apps
              ref:
                branch: main
            ---
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: team-a
              namespace: team-a
            spec:
              serviceAccountName: team-a
              path: ./deploy/${CLUSTER}
              sourceRef:
                kind: GitRepository
                name: team-a
              targetNamespace: team-a
              namePrefix: a-
            """
        files["/fleet/tenants/staging/kustomization.yaml"] = "resources:\n- ../base/team-a\n"
        files["/team-a/deploy/staging/app.yaml"] = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-settings
            data:
              cluster: staging
            """
        return InMemoryFileSystem(files: files)
    }

    func render(_ fs: InMemoryFileSystem, root: String, env: String) throws -> EnvironmentRender {
        let repository = try BigBangRepository.open(root: root, fileSystem: fs)
        let options = EnvironmentRenderer.Options(
            offline: true, cacheRoot: "/cache", repoMap: ["https://git.example.com/team-a/apps.git": "/team-a"],
            charts: ["podinfo": "/charts/podinfo"])
        return try EnvironmentRenderer(repository: repository, options: options, fileSystem: fs)
            .render(try repository.environment(named: root + "/" + env, fileSystem: fs))
    }

    @Test func fleetRepoRendersFully() throws {
        let result = try render(Self.fleet(), root: "/fleet", env: "clusters/staging")
        let origins = result.documents.map(\.origin)
        // dependsOn order: controllers, then configs, then tenants, then the tenant's own.
        let order = ["Kustomization flux-system/infra-controllers", "Kustomization flux-system/infra-configs",
                     "Kustomization flux-system/tenants", "Kustomization team-a/team-a"]
        let firstIndex = order.map { o in origins.firstIndex(of: o) ?? -1 }
        #expect(firstIndex.allSatisfy { $0 >= 0 })
        #expect(firstIndex == firstIndex.sorted())
        // flux-system syncs clusters/staging itself: not rendered twice.
        #expect(!origins.contains("Kustomization flux-system/flux-system"))
        #expect(result.documents.filter { $0.name == "cluster-vars" }.count == 1)
        // postBuild substituteFrom a ConfigMap of the render.
        let ingress = try #require(result.documents.first { $0.kind == "Ingress" })
        #expect(ingress.text.contains("host: podinfo.staging.example.com"))
        // The tenant Kustomization: path substituted by the tenants postBuild, source mapped,
        // targetNamespace and namePrefix applied.
        let app = try #require(result.documents.first { $0.kind == "ConfigMap" && $0.name == "a-app-settings" })
        #expect(app.namespace == "team-a")
        // The HelmRelease from a HelmRepository chart (supplied locally), release name
        // targetNamespace-name, namespace targetNamespace, spec.values over chart defaults.
        let release = try #require(result.releases.first)
        #expect(release.releaseName == "apps-podinfo")
        #expect(release.releaseNamespace == "apps")
        let deployment = try #require(result.documents.first { $0.kind == "Deployment" })
        #expect(deployment.name == "apps-podinfo")
        #expect(deployment.node.lookup(["spec", "replicas"])?.value == "2")
        #expect(ImageList.images(in: result) == ["ghcr.io/stefanprodan/podinfo:6.5.0"])
    }

    @Test func environmentRepoRendersFully() throws {
        var files = Self.chart
        files["/envs/qa/fluxcd/kustomization.yaml"] = "resources:\n- apps.yaml\n- images.yaml\n"
        files["/envs/qa/fluxcd/apps.yaml"] = """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: web
              namespace: flux-system
            spec:
              path: ./qa/apps/web
              sourceRef:
                kind: GitRepository
                name: flux-system
              targetNamespace: web-qa
              images:
              - name: nginx
                newTag: 1.27.1
              patches:
              - patch: |
                  - op: replace
                    path: /spec/replicas
                    value: 3
                target:
                  kind: Deployment
            """
        files["/envs/qa/fluxcd/images.yaml"] = """
            apiVersion: image.toolkit.fluxcd.io/v1beta2
            kind: ImageRepository
            metadata:
              name: web
              namespace: flux-system
            spec:
              image: docker.io/library/nginx
              interval: 5m
            ---
            apiVersion: image.toolkit.fluxcd.io/v1beta2
            kind: ImagePolicy
            metadata:
              name: web
              namespace: flux-system
            spec:
              imageRepositoryRef:
                name: web
              policy:
                semver:
                  range: 1.27.x
            ---
            apiVersion: image.toolkit.fluxcd.io/v1beta2
            kind: ImageUpdateAutomation
            metadata:
              name: qa
              namespace: flux-system
            spec:
              sourceRef:
                kind: GitRepository
                name: flux-system
              update:
                path: ./qa
                strategy: Setters
            """
        files["/envs/qa/apps/web/kustomization.yaml"] = "resources:\n- deployment.yaml\n"
        files["/envs/qa/apps/web/deployment.yaml"] = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27.0 # {"$imagepolicy": "flux-system:web"}
            """
        let result = try render(InMemoryFileSystem(files: files), root: "/envs", env: "qa/fluxcd")
        #expect(result.documents.filter { $0.kind.hasPrefix("Image") }.count == 3)
        let web = try #require(result.documents.first { $0.kind == "Deployment" })
        #expect(web.namespace == "web-qa")
        #expect(web.node.lookup(["spec", "replicas"])?.value == "3")
        #expect(ImageList.images(in: result) == ["nginx:1.27.1"])
    }
}
