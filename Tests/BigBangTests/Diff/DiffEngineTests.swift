import Testing
@testable import BigBang
import YAML

/// The engine on renders written inline: pairing, field paths, named lists, embedded YAML,
/// order, generated names.
@Suite struct DiffEngineTests {
    static func docs(_ text: String) throws -> [Node] { try YAMLParser.parse(text, path: "<test>") }

    static func diff(_ a: String, _ b: String, options: DiffOptions = .init()) throws -> EnvironmentDiff {
        RenderDiffer(options: options).diff(try docs(a), try docs(b), name: "dev", labelA: "dev", labelB: "dev")
    }

    static let valuesA = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: environment-values-5m7b9dt2kh
          namespace: bigbang
        data:
          values.yaml: |
            domain: dev.bigbang.mil
            istio:
              enabled: true
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: bigbang
          namespace: bigbang
        spec:
          valuesFrom:
          - kind: ConfigMap
            name: environment-values-5m7b9dt2kh

        """

    @Test func oneValuesKeyInAGeneratedConfigMapIsOneFieldChange() throws {
        let b = Self.valuesA.replacingOccurrences(of: "enabled: true", with: "enabled: false")
            .replacingOccurrences(of: "5m7b9dt2kh", with: "8bc4cmh9f6")
        let env = try Self.diff(Self.valuesA, b)
        #expect(env.resources.count == 1)
        let change = try #require(env.resources.first)
        #expect(change.kind == .changed)
        #expect(change.id.name == "environment-values-8bc4cmh9f6")
        #expect(change.previousName == "environment-values-5m7b9dt2kh")
        #expect(change.notes == ["generated name environment-values-5m7b9dt2kh → environment-values-8bc4cmh9f6"])
        #expect(change.fields == [FieldChange(path: FieldPath([.key("data"), .key("values.yaml"), .embedded, .key("istio"), .key("enabled")]),
                                              kind: .changed, old: .bool(true), new: .bool(false))])
        #expect(change.fields[0].path.description == "data.values.yaml › istio.enabled")
    }

    @Test func generatedNamesPairOnlyWithTheSameBaseKindAndNamespace() throws {
        let a = "kind: ConfigMap\nmetadata: {name: a-5m7b9dt2kh}\n---\nkind: Secret\nmetadata: {name: b-5m7b9dt2kh}\n"
        let b = "kind: ConfigMap\nmetadata: {name: a-8bc4cmh9f6}\n---\nkind: ConfigMap\nmetadata: {name: b-8bc4cmh9f6}\n"
        let env = try Self.diff(a, b)
        #expect(env.resources.map(\.kind) == [.added, .removed])
        #expect(env.resources.map(\.id.name) == ["b-8bc4cmh9f6", "b-5m7b9dt2kh"])
        #expect(env.resources.allSatisfy { $0.previousName == nil })
    }

    @Test(arguments: [
        ("app-5m7b9dt2kh", "app"), ("x-ghkmt24567", "x"), ("app-5m7b9dt2ka", nil), ("app5m7b9dt2kh", nil),
        ("-5m7b9dt2kh", nil), ("app-5m7b9dt2k", nil),
    ] as [(String, String?)])
    func hashSuffixUsesKustomizesAlphabet(name: String, base: String?) {
        #expect(GeneratedName.baseName(of: name) == base)
    }

    @Test func namedListItemsMatchByName() throws {
        let a = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: app}
            spec:
              template:
                spec:
                  containers:
                  - {name: app, image: "app:1", env: [{name: A, value: "1"}, {name: B, value: "2"}]}
                  - {name: sidecar, image: "proxy:1"}
            """
        let b = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: app}
            spec:
              template:
                spec:
                  containers:
                  - {name: sidecar, image: "proxy:2"}
                  - {name: app, image: "app:1", env: [{name: B, value: "2"}, {name: C, value: "3"}]}
            """
        let env = try Self.diff(a, b)
        let fields = try #require(env.resources.first).fields
        // Side B's order: removed items first, then B's items.
        #expect(fields.map(\.path.description) == [
            "spec.template.spec.containers[name=sidecar].image",
            "spec.template.spec.containers[name=app].env[name=A]",
            "spec.template.spec.containers[name=app].env[name=C]",
        ])
        #expect(fields.map(\.kind) == [.changed, .removed, .added])
        #expect(fields[0].old == "proxy:1" && fields[0].new == "proxy:2")
        #expect(ResourceID(try Self.docs(a)[0]).description == "Deployment.apps app/web")
    }

    @Test func unnamedListsCompareByIndex() throws {
        let env = try Self.diff("kind: Pod\nmetadata: {name: p}\nspec: {args: [a, b]}\n", "kind: Pod\nmetadata: {name: p}\nspec: {args: [a, c, d]}\n")
        let fields = try #require(env.resources.first).fields
        #expect(fields.map(\.path.description) == ["spec.args[1]", "spec.args[2]"])
        #expect(fields.map(\.kind) == [.changed, .added])
    }

    @Test func orderOnlyChangesAreIgnoredUnlessAsked() throws {
        let a = "kind: Pod\nmetadata: {name: p}\nspec:\n  args: [a, b]\n  containers: [{name: x}, {name: y}]\n"
        let b = "kind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: y}, {name: x}]\n  args: [b, a]\n"
        #expect(try Self.diff(a, b).hasChanges == false)
        let ordered = try Self.diff(a, b, options: DiffOptions(order: true))
        let fields = try #require(ordered.resources.first).fields
        #expect(fields.map(\.path.description) == ["spec.args", "spec.containers"])
        #expect(fields.allSatisfy { $0.kind == .reordered })
        // A named list with a real change still reports its order when asked.
        let c = "kind: Pod\nmetadata: {name: p}\nspec:\n  args: [a, b]\n  containers: [{name: y, image: i}, {name: x}]\n"
        let mixed = try #require(try Self.diff(a, c, options: DiffOptions(order: true)).resources.first).fields
        #expect(mixed.map(\.kind) == [.added, .reordered])
    }

    @Test func multiLineStringsThatAreNotMappingsAreLineDiffed() throws {
        let a = "kind: ConfigMap\nmetadata: {name: c}\ndata:\n  script: |\n    echo one\n    echo two\n"
        let b = "kind: ConfigMap\nmetadata: {name: c}\ndata:\n  script: |\n    echo one\n    echo three\n"
        let env = try Self.diff(a, b)
        let field = try #require(env.resources.first?.fields.first)
        #expect(field.path.description == "data.script")
        let human = DiffFormatter(format: .human).render(DiffReport(environments: [env]))
        #expect(human.contains("  data.script: text changed\n      @@ -1,2 +1,2 @@\n       echo one\n      -echo two\n      +echo three\n"))
    }

    @Test func addedRemovedAndUnchangedObjects() throws {
        let a = "kind: Namespace\nmetadata: {name: a}\n---\nkind: Namespace\nmetadata: {name: same}\n"
        let b = "kind: Namespace\nmetadata: {name: same}\n---\nkind: Namespace\nmetadata: {name: b}\n"
        let env = try Self.diff(a, b)
        #expect(env.resources.map { "\($0.kind) \($0.id)" } == ["added Namespace b", "removed Namespace a"])
        #expect(try Self.diff(a, a).hasChanges == false)
    }

    @Test func sopsDocumentsCompareByCiphertext() throws {
        let a = """
            apiVersion: v1
            kind: Secret
            metadata: {name: s}
            stringData:
              token: ENC[AES256_GCM,data:AAAA,iv:x,tag:y,type:str]
              other: ENC[AES256_GCM,data:BBBB,iv:x,tag:y,type:str]
            sops:
              mac: ENC[AES256_GCM,data:m1,iv:x,tag:y,type:str]
              lastmodified: "2024-01-01T00:00:00Z"
            """
        let b = a.replacingOccurrences(of: "data:AAAA", with: "data:CCCC").replacingOccurrences(of: "m1", with: "m2")
        let change = try #require(try Self.diff(a, b).resources.first)
        #expect(change.fields == [FieldChange(path: FieldPath([.key("stringData"), .key("token")]), kind: .changed, masked: true)])
        #expect(change.notes == ["SOPS-encrypted: compared by ciphertext (no key to decrypt)"])
        let onlyMetadata = a.replacingOccurrences(of: "m1", with: "m2")
        #expect(try Self.diff(a, onlyMetadata).hasChanges == false)
    }

    @Test func valuesLevelReportsOneKeyAndMasksSecretLeaves() throws {
        let a: [String: Value] = ["bigbang/bigbang": ["istio": ["enabled": true], "sso": ["secret": "hunter2"]]]
        let b: [String: Value] = ["bigbang/bigbang": ["istio": ["enabled": false], "sso": ["secret": "swordfish"]]]
        let secret: [String: Set<String>] = ["bigbang/bigbang": ["sso.secret"]]
        let env = RenderDiffer().diffValues(a, b, secretPathsA: secret, secretPathsB: secret, name: "dev", labelA: "dev", labelB: "dev")
        let change = try #require(env.resources.first)
        #expect(change.id.description == "HelmRelease.helm.toolkit.fluxcd.io bigbang/bigbang")
        #expect(change.fields == [
            FieldChange(path: FieldPath([.key("istio"), .key("enabled")]), kind: .changed, old: true, new: false),
            FieldChange(path: FieldPath([.key("sso"), .key("secret")]), kind: .changed, masked: true),
        ])
        for format in DiffFormat.allCases {
            let text = DiffFormatter(format: format).render(DiffReport(environments: [env]))
            #expect(!text.contains("hunter2") && !text.contains("swordfish"), "\(format)")
        }
    }
}
