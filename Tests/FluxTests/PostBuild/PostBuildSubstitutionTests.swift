import Flux
import Testing
import YAML

private let vars: [String: String] = ["name": "podinfo", "empty": "", "Tag": "v1.2.3", "path": "a/b/c.tar.gz"]

struct PostBuildSubstitutionTests {
    /// envsubst forms (fluxcd/pkg envsubst), non-strict: unset is empty.
    @Test(arguments: [
        ("${name}", "podinfo"),
        ("x-${name}-y", "x-podinfo-y"),
        ("$name", "$name"),
        ("$${name}", "${name}"),
        ("$$", "$"),
        ("$$${name}", "$podinfo"),
        ("cost: 5$", "cost: 5$"),
        ("${missing}", ""),
        ("${missing:=fallback}", "fallback"),
        ("${missing:-fallback}", "fallback"),
        ("${empty:-fallback}", "fallback"),
        ("${missing=fallback}", "fallback"),
        ("${name:-fallback}", "podinfo"),
        ("${missing:-a-${name}-b}", "a-podinfo-b"),
        ("${missing:=}", ""),
        ("${#name}", "7"),
        ("${name:3}", "info"),
        ("${name:0:3}", "pod"),
        ("${name:1:-1}", "odinf"),
        ("${name:-3}", "podinfo"),
        ("${name: -3}", "podinfo"),
        ("${name:9223372036854775807:9223372036854775807}", ""),
        ("${name:2:9223372036854775807}", "dinfo"),
        ("${name:-9223372036854775808:-9223372036854775808}", "podinfo"),
        ("${name:0:-9223372036854775808}", ""),
        ("${name:-9223372036854775807}", "podinfo"),
        ("${name:x}", "podinfo"),
        ("${name^}", "Podinfo"),
        ("${name^^}", "PODINFO"),
        ("${Tag,}", "v1.2.3"),
        ("${Tag,,}", "v1.2.3"),
        ("${path#*/}", "b/c.tar.gz"),
        ("${path##*/}", "c.tar.gz"),
        ("${path%.*}", "a/b/c.tar"),
        ("${path%%.*}", "a/b/c"),
        ("${Tag/./-}", "v1-2.3"),
        ("${Tag//./-}", "v1-2-3"),
        ("${Tag/#v/V}", "V1.2.3"),
        ("${Tag/%3/4}", "v1.2.4"),
    ])
    func envsubst(text: String, expected: String) throws {
        #expect(try PostBuildSubstitution.substitute(text, variables: vars) == expected)
    }

    @Test(arguments: [
        ("${name", "variable substitution failed: missing closing brace"),
        ("${}", "variable substitution failed: unable to parse variable name"),
        ("${name:-x", "variable substitution failed: unable to parse substitution within function"),
        ("${name?}", "variable substitution failed: missing closing brace"),
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(throws: FluxError.substitution(message: message, location: nil)) {
            try PostBuildSubstitution.substitute(text, variables: vars)
        }
    }

    @Test func strictModeRejectsUnsetWithoutDefault() throws {
        #expect(try PostBuildSubstitution.substitute("${missing:-d}", variables: vars, strict: true) == "d")
        #expect(throws: FluxError.substitution(message: "variable substitution failed: variable not set (strict mode): \"missing\"", location: nil)) {
            try PostBuildSubstitution.substitute("${missing}", variables: vars, strict: true)
        }
    }

    @Test(arguments: ["1abc", "a-b", "", "é"])
    func invalidVariableNames(name: String) {
        #expect(throws: FluxError.self) { try PostBuildSubstitution.substitute("x", variables: [name: "v"]) }
    }

    @Test func appliesToResourcesAndHonoursOptOut() throws {
        let input = try resources("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: ${name}
              labels: {cluster: "${cluster:=dev}"}
            spec:
              replicas: ${replicas}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: script
              annotations: {kustomize.toolkit.fluxcd.io/substitute: disabled}
            data: {run.sh: "echo ${HOME}"}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: labelled
              labels: {kustomize.toolkit.fluxcd.io/substitute: disabled}
            data: {x: "${name}"}
            """)
        let out = try PostBuildSubstitution.apply(to: input, variables: ["name": "web", "replicas": "3"])
        #expect(out[0].decodedValue == (try resources("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, labels: {cluster: dev}}
            spec: {replicas: 3}
            """))[0].decodedValue)
        #expect(out[1] == input[1])
        #expect(out[2] == input[2])
        // No variables: nothing is substituted (Flux skips the pass entirely).
        #expect(try PostBuildSubstitution.apply(to: input[0], variables: [:]) == input[0])
    }

    @Test func resultThatIsNotYAMLIsAnError() throws {
        let input = try resources("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: \"${v}\"}\n")
        #expect(throws: FluxError.self) {
            try PostBuildSubstitution.apply(to: input[0], variables: ["v": "x\"\n  : ["])
        }
    }

    @Test func variablesComeFromSubstituteFromThenSubstitute() throws {
        let all = try resources("""
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata: {name: apps, namespace: flux-system}
            spec:
              sourceRef: {kind: GitRepository, name: repo}
              postBuild:
                substitute: {region: "eu-\\nwest", shared: inline}
                substituteFrom:
                  - {kind: ConfigMap, name: vars}
                  - {kind: Secret, name: secret-vars}
                  - {kind: Secret, name: absent, optional: true}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: vars, namespace: flux-system}
            data: {shared: from-configmap, cm: "one\\ntwo"}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: secret-vars, namespace: flux-system}
            data: {token: c2VjcmV0}
            """)
        let ks = try #require(try FluxObjects.decode(all).kustomizations.first)
        let variables = try PostBuildSubstitution.variables(for: ks, resources: all)
        #expect(variables == ["region": "eu-west", "shared": "inline", "cm": "onetwo", "token": "secret"])

        var missing = ks
        missing.postBuild?.substituteFrom.append(.init(kind: "ConfigMap", name: "nope"))
        #expect(throws: FluxError.substitution(message: "substitute from 'ConfigMap/nope' error: configmaps \"nope\" not found", location: nil)) {
            try PostBuildSubstitution.variables(for: missing, resources: all)
        }
    }
}
