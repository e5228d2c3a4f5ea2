import Testing
import BigBang
import FileSystem

/// Two-way promotion on repositories held in memory (no git): TO's files come out byte for
/// byte as written by hand below — only the promoted lines differ.
@Suite struct PromoteTwoWayTests {
    static let dev = BigBangRepository.Environment(name: "dev", path: "/repo/dev")
    static let staging = BigBangRepository.Environment(name: "staging", path: "/repo/staging")

    static func promoter(_ files: [String: String], keep: [String] = RepoConfig.defaultKeep) -> (Promoter, InMemoryFileSystem) {
        let fs = InMemoryFileSystem(files: files)
        var config = RepoConfig()
        config.keep = keep
        let repo = BigBangRepository(root: "/repo", config: config, environments: [dev, staging])
        return (Promoter(repository: repo, options: .init(gitEnvironment: .init([:])), fileSystem: fs), fs)
    }

    static let devValues = """
        # dev values: small footprint
        domain: dev.bigbang.example.mil

        istio:
          enabled: true
          gateways:
            public:
              tls:
                credentialName: dev-cert
        monitoring:
          enabled: true
          version: "1.3"   # pinned
          values: {retention: 7d, scrape: '30s'}
          replicas: 1
        kiali:
          enabled: true
        newPackage:
          enabled: true
          resources:
            limits: {cpu: 1}
        """

    static let stagingValues = """
        # staging values — like prod, smaller
        domain: staging.bigbang.example.mil   # keep me


        istio:
          enabled: true
          gateways:
            public:
              tls:
                credentialName: staging-cert    # per-environment
        monitoring:
          # the stack
          enabled:   false
          version: '1.2'   # pinned
          values: {retention: 30d, scrape: "15s"}
          replicas: 3
        kiali:
          enabled: false # off for now
        oldPackage:
          enabled: true

        # end of file comment
        """

    @Test func valuesFileKeepsFormattingAndKeptPaths() throws {
        let (promoter, fs) = Self.promoter([
            "/repo/dev/configmap.yaml": Self.devValues,
            "/repo/staging/configmap.yaml": Self.stagingValues,
        ])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.conflicts.isEmpty)
        #expect(plan.mode == .twoWay)
        let update = try #require(plan.updates.first)
        #expect(String(decoding: update.updated, as: UTF8.self) == """
            # staging values — like prod, smaller
            domain: staging.bigbang.example.mil   # keep me


            istio:
              enabled: true
              gateways:
                public:
                  tls:
                    credentialName: staging-cert    # per-environment
            monitoring:
              # the stack
              enabled:   true
              version: '1.3'   # pinned
              values: {retention: 7d, scrape: "30s"}
              replicas: 3
            kiali:
              enabled: true # off for now
            newPackage:
              enabled: true

            # end of file comment
            """)
        let paths = plan.changes.map { "\($0.action.rawValue) \($0.path)" }
        #expect(paths == ["set monitoring.enabled", "set monitoring.version", "set monitoring.values.retention",
                          "set monitoring.values.scrape", "set kiali.enabled", "delete oldPackage", "add newPackage"])
        // Planning wrote nothing.
        #expect(try fs.readText("/repo/staging/configmap.yaml") == Self.stagingValues)
        try promoter.apply(plan, to: Self.staging)
        #expect(try fs.readFile("/repo/staging/configmap.yaml") == update.updated)
    }

    @Test func customKeepListReplacesTheDefaults() throws {
        let (promoter, _) = Self.promoter([
            "/repo/dev/configmap.yaml": "domain: dev.example.mil\nmonitoring:\n  replicas: 1\n  enabled: true\n",
            "/repo/staging/configmap.yaml": "domain: stage.example.mil\nmonitoring:\n  replicas: 3\n  enabled: false\n",
        ], keep: ["monitoring.enabled"])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.changes.map(\.path) == ["domain", "monitoring.replicas"])
        #expect(String(decoding: try #require(plan.updates.first).updated, as: UTF8.self)
                == "domain: dev.example.mil\nmonitoring:\n  replicas: 1\n  enabled: false\n")
    }

    @Test func embeddedValuesBlocksUseValuesPathsForTheKeepList() throws {
        let devSecret = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: environment-bb
              namespace: bigbang
            stringData:
              values.yaml: |-
                istio:
                  gateways:
                    public:
                      tls:
                        key: dev-key
                sso:
                  client_secret: "dev-secret"
                logging:
                  enabled: true
            """
        let stagingSecret = """
            # Secret values for staging.
            apiVersion: v1
            kind: Secret
            metadata:
              name: environment-bb
              namespace: bigbang
            stringData:
              values.yaml: |-
                istio:
                  gateways:
                    public:
                      tls:
                        key: staging-key   # never promoted
                sso:
                  client_secret: "staging-secret"
            """
        let (promoter, _) = Self.promoter([
            "/repo/dev/secrets/environment-bb.yaml": devSecret,
            "/repo/staging/secrets/environment-bb.yaml": stagingSecret,
        ])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.changes.map(\.path) == ["logging"])
        #expect(plan.changes.first?.block == "stringData.values.yaml")
        #expect(plan.changes.first?.new == "(secret)")
        #expect(String(decoding: try #require(plan.updates.first).updated, as: UTF8.self) == """
            # Secret values for staging.
            apiVersion: v1
            kind: Secret
            metadata:
              name: environment-bb
              namespace: bigbang
            stringData:
              values.yaml: |-
                istio:
                  gateways:
                    public:
                      tls:
                        key: staging-key   # never promoted
                sso:
                  client_secret: "staging-secret"
                logging:
                  enabled: true
            """)
    }

    @Test func kustomizationIdentityAndEnvironmentPathsStay() throws {
        let devK = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: dev
            resources:
            - ../base
            - ./dev-extras.yaml
            configMapGenerator:
            - name: environment
              behavior: merge
              files:
              - values.yaml=configmap.yaml
            """
        let stagingK = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: staging   # ours
            resources:
            - ../base
            - ./staging-extras.yaml
            configMapGenerator:
            - name: environment
              behavior: merge
              files:
              - values.yaml=configmap.yaml
            """
        let (promoter, _) = Self.promoter([
            "/repo/dev/kustomization.yaml": devK, "/repo/staging/kustomization.yaml": stagingK,
        ])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.changes.isEmpty)
        #expect(plan.updates.isEmpty)
    }

    @Test func encryptedAndNewFilesAreListedNotPromoted() throws {
        let sops = """
            apiVersion: v1
            kind: Secret
            stringData:
              values.yaml: ENC[AES256_GCM,data:abc,type:str]
            sops:
              mac: ENC[AES256_GCM,data:xyz,type:str]
              version: 3.9.0
            """
        let (promoter, _) = Self.promoter([
            "/repo/dev/secrets/bb.enc.yaml": sops, "/repo/staging/secrets/bb.enc.yaml": sops,
            "/repo/dev/extra.yaml": "a: 1\n", "/repo/staging/configmap.yaml": "a: 1\n",
        ])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.notPromoted == [
            NotPromotedFile(file: "staging/secrets/bb.enc.yaml", reason: "encrypted; use --include-secrets"),
            NotPromotedFile(file: "dev/extra.yaml", reason: "only in dev; copy it to staging by hand"),
        ])
    }

    @Test func dryRunDiffShowsOnlyChangedLines() throws {
        let (promoter, fs) = Self.promoter([
            "/repo/dev/configmap.yaml": "# c\na: 1\nb: 2\n",
            "/repo/staging/configmap.yaml": "# c\na: 1\nb: 3 # note\n",
        ])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.unifiedDiff() == """
            --- a/staging/configmap.yaml
            +++ b/staging/configmap.yaml
            @@ -1,3 +1,3 @@
             # c
             a: 1
            -b: 3 # note
            +b: 2 # note

            """)
        #expect(try fs.readText("/repo/staging/configmap.yaml") == "# c\na: 1\nb: 3 # note\n")
    }

    @Test func filesNamedAfterTheEnvironmentPairUp() throws {
        let secret = { (env: String, enabled: String) in
            """
            apiVersion: v1
            kind: Secret
            metadata:
                name: \(env)-bb-secret
                namespace: bigbang
            stringData:
                values.yaml:  |
                  networkPolicies:
                    enabled: \(enabled)
            """
        }
        let (promoter, _) = Self.promoter([
            "/repo/dev/secrets/dev-bb-secret.yaml": secret("dev", "true"),
            "/repo/staging/secrets/staging-bb-secret.yaml": secret("staging", "false"),
        ])
        let plan = try promoter.plan(from: Self.dev, to: Self.staging)
        #expect(plan.notPromoted.isEmpty)
        #expect(plan.changes.map(\.path) == ["networkPolicies.enabled"])
        #expect(String(decoding: try #require(plan.updates.first).updated, as: UTF8.self) == secret("staging", "true"))
    }
}
