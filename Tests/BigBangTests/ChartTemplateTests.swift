import Testing
import BigBang
import Helm

/// The Big Bang-shaped example umbrella chart, templated with the example customer's base and
/// dev values, prints what `helm template` v4.1.4 prints (golden recorded from the oracle by
/// scripts/record-goldens.sh).
@Suite struct ChartTemplateTests {
    static let root = CustomerRepoFixture.repoRoot

    @Test func umbrellaWithDevValuesMatchesHelm() throws {
        let values = ValuesOptions(valueFiles: [Self.root + "/examples/customer/base/configmap.yaml",
                                                Self.root + "/examples/customer/dev/configmap.yaml"])
        let output = try ChartTemplate(values: values, render: RenderOptions(releaseName: "bigbang", namespace: "bigbang"))
            .run(chart: Self.root + "/examples/umbrella")
        #expect(output.text == (try CustomerRepoFixture.golden("umbrella-dev.helm.yaml")))
    }

    @Test func kubeVersionBelowTheChartsConstraintIsHelmsError() throws {
        var options = RenderOptions(releaseName: "bigbang", namespace: "bigbang")
        options.kubeVersion = try KubeVersion.parse("1.29.0")
        do {
            _ = try ChartTemplate(values: ValuesOptions(), render: options).run(chart: Self.root + "/examples/umbrella")
            Issue.record("expected the kubeVersion constraint to fail")
        } catch let error as HelmError {
            #expect(error.helmMessage.contains("chart requires kubeVersion: >=1.30.0-0 which is incompatible with Kubernetes v1.29.0"))
        }
    }
}
