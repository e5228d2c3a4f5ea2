import Flux
import Testing

struct ReleaseNamingTests {
    /// helm-controller `internal/release/name_test.go` vectors plus the naming rule.
    @Test(arguments: [
        ("release-name", "release-name"),
        ("release-name-with-very-long-name-which-is-longer-than-53-characters",
         "release-name-with-very-long-name-which-i-788ca0d0d7b0"),
        ("another-release-name-with-very-long-name-which-is-longer-than-53-characters",
         "another-release-name-with-very-long-name-7e72150d5a36"),
        ("", ""),
        (String(repeating: "a", count: 53), String(repeating: "a", count: 53)),
    ])
    func shorten(name: String, expected: String) {
        #expect(ReleaseNaming.shorten(name) == expected)
        #expect(ReleaseNaming.shorten(name).utf8.count <= 53)
    }

    @Test(arguments: [
        ("name: podinfo\n  namespace: apps", "", "podinfo", "apps"),
        ("name: podinfo\n  namespace: apps", "targetNamespace: web\n  ", "web-podinfo", "web"),
        ("name: podinfo\n  namespace: apps", "releaseName: custom\n  targetNamespace: web\n  ", "custom", "web"),
        ("name: podinfo", "", "podinfo", nil),
        ("name: podinfo\n  namespace: apps", "storageNamespace: flux\n  ", "podinfo", "apps"),
        ("name: a-very-long-helmrelease-name-for-the-monitoring-stack\n  namespace: apps",
         "targetNamespace: observability\n  ", "observability-a-very-long-helmrelease-na-", "observability"),
    ] as [(String, String, String, String?)])
    func releaseNameAndNamespace(metadata: String, spec: String, name: String, namespace: String?) throws {
        let release = try helmRelease("""
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              \(metadata)
            spec:
              \(spec)chart:
                spec:
                  chart: podinfo
                  sourceRef: {kind: HelmRepository, name: podinfo}
            """)
        let got = ReleaseNaming.releaseName(for: release)
        if name.hasSuffix("-") {
            #expect(got.hasPrefix(name) && got.utf8.count == 53)
        } else {
            #expect(got == name)
        }
        #expect(ReleaseNaming.releaseNamespace(for: release) == namespace)
    }
}
