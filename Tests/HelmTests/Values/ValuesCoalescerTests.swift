@testable import Helm
import Testing
import YAML

@Suite struct ValuesCoalescerTests {
    static func chart(_ name: String, values: [String: Value], deps: [Chart] = []) -> Chart {
        var m = ChartMetadata()
        m.name = name
        m.version = "0.1.0"
        m.apiVersion = "v2"
        return Chart(metadata: m, values: values, dependencies: deps)
    }

    @Test func userValuesWinAndMapsMerge() throws {
        let c = Self.chart("root", values: ["a": ["x": 1.0, "y": 2.0], "b": "default", "l": [1.0, 2.0]])
        let out = try ValuesCoalescer.coalesce(c, ["a": ["y": 3.0], "l": [9.0]])
        #expect(out == ["a": ["x": 1.0, "y": 3.0], "b": "default", "l": [9.0]])
    }

    @Test func nullDeletesADefault() throws {
        let c = Self.chart("root", values: ["a": ["x": 1.0, "y": 2.0], "b": "default"])
        let out = try ValuesCoalescer.coalesce(c, ["a": ["x": nil], "b": nil])
        #expect(out == ["a": ["y": 2.0]])
    }

    @Test func mergeKeepsNulls() throws {
        let c = Self.chart("root", values: ["a": ["x": 1.0]])
        let out = try ValuesCoalescer.coalesce(c, ["a": ["x": nil]], nulls: .keep)
        #expect(out == ["a": ["x": nil]])
    }

    @Test func subchartDefaultsNestAndGlobalsFlowDown() throws {
        let sub = Self.chart("sub", values: ["port": 80.0, "global": ["region": "sub-default"]])
        let root = Self.chart("root", values: ["global": ["region": "eu", "env": "dev"]], deps: [sub])
        let out = try ValuesCoalescer.coalesce(root, ["sub": ["port": 8080.0]])
        #expect(out["sub"] == ["port": 8080.0, "global": ["region": "eu", "env": "dev"]])
        #expect(out["global"] == ["region": "eu", "env": "dev"])
    }

    @Test func scalarWhereSubchartMapExpectedIsAnError() {
        let root = Self.chart("root", values: [:], deps: [Self.chart("sub", values: [:])])
        #expect(throws: HelmError.self) { try ValuesCoalescer.coalesce(root, ["sub": "oops"]) }
    }

    @Test func mergeMapsIsDeep() {
        let out = ValuesCoalescer.mergeMaps(["a": ["b": 1.0, "c": 2.0]], ["a": ["c": 3.0], "d": true])
        #expect(out == ["a": ["b": 1.0, "c": 3.0], "d": true])
    }
}
