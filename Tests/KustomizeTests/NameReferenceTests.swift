import Testing
@testable import Kustomize

/// Name references after renames, as kustomize's `nameref` filter resolves them.
struct NameReferenceTests {
    @Test func serviceAccountSubjectGetsNameAndNamespace() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- rbac.yaml\nnamePrefix: p-\nnamespace: ns\n")
        h.write("/app/rbac.yaml", """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: sa
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: crb
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: cr
            subjects:
            - kind: ServiceAccount
              name: sa
              namespace: default
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: cr
            """)
        let out = try h.build()
        #expect(out.contains("{apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRoleBinding, metadata: {name: p-crb}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: p-cr}, subjects: [{kind: ServiceAccount, name: p-sa, namespace: ns}]}"))
    }

    @Test func unrelatedNamesAreLeftAlone() throws {
        let h = Harness()
        h.write("/app/kustomization.yaml", "resources:\n- pod.yaml\nnameSuffix: -v2\n")
        h.write("/app/pod.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              volumes:
              - name: v
                configMap:
                  name: external-config
            """)
        #expect(try h.build() == ["{apiVersion: v1, kind: Pod, metadata: {name: p-v2}, spec: {volumes: [{name: v, configMap: {name: external-config}}]}}"])
    }
}
