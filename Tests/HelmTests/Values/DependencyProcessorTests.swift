@testable import Helm
import Testing
import YAML

@Suite struct DependencyProcessorTests {
    static func parent(_ deps: [ChartDependency], values: [String: Value] = [:]) -> Chart {
        var m = ChartMetadata()
        m.name = "parent"
        m.version = "1.0.0"
        m.apiVersion = "v2"
        m.dependencies = deps
        m.hasDependencyList = true
        let alpha = ValuesCoalescerTests.chart("alpha", values: ["enabled": true, "exports": ["shared": ["k": "v"]]])
        let beta = ValuesCoalescerTests.chart("beta", values: [:])
        return Chart(metadata: m, values: values, dependencies: [alpha, beta])
    }

    @Test func conditionsAndTagsDecide() throws {
        var c = Self.parent([
            ChartDependency(name: "alpha", version: "0.1.0", condition: "alpha.enabled"),
            ChartDependency(name: "beta", version: "0.1.0", tags: ["backend"]),
        ])
        try DependencyProcessor.process(&c, values: ["alpha": ["enabled": false], "tags": ["backend": false]])
        #expect(c.dependencies.isEmpty)
        #expect(c.metadata.dependencies.isEmpty)
    }

    @Test func conditionBeatsTag() throws {
        var c = Self.parent([ChartDependency(name: "beta", version: "0.1.0", condition: "beta.on", tags: ["t"])])
        try DependencyProcessor.process(&c, values: ["beta": ["on": true], "tags": ["t": false]])
        #expect(c.dependencies.map(\.name).sorted() == ["alpha", "beta"])
    }

    @Test func aliasRenamesTheSubchart() throws {
        var c = Self.parent([ChartDependency(name: "beta", version: "0.1.0", alias: "gamma")])
        try DependencyProcessor.process(&c, values: [:])
        #expect(c.dependencies.map(\.name).sorted() == ["alpha", "gamma"])
        #expect(c.metadata.dependencies.first?.enabled == true)
    }

    @Test func importValuesFromExports() throws {
        var c = Self.parent([ChartDependency(name: "alpha", version: "0.1.0", importValues: ["shared"])])
        try DependencyProcessor.process(&c, values: [:])
        #expect(c.values["k"] == "v")
        #expect(c.metadata.dependencies.first?.importValues == [["child": "exports.shared", "parent": "."]])
    }
}
