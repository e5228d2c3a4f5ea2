import FileSystem
@testable import Helm
import Testing
import YAML

/// The values-schema check runs beside template execution (see `DeferredSchemaCheck`), yet
/// its error must come first whatever else fails, as in Helm, which validates before it renders.
@Suite struct SchemaPrecedenceTests {
    static let schema = #"{"type": "object", "properties": {"replicas": {"type": "integer"}}}"#
    static let violation = HelmError.schemaViolation(report: "demo:\n- at '/replicas': got string, want integer\n")

    /// A chart of `count` plain templates (enough to take the parallel path), a schema and
    /// whatever `extra` adds.
    static func chart(templates count: Int = 20, kubeVersion: String? = nil, _ extra: [String: String] = [:]) -> [String: String] {
        var files = [
            "/c/Chart.yaml": "apiVersion: v2\nname: demo\nversion: 0.1.0\n" + (kubeVersion.map { "kubeVersion: \"\($0)\"\n" } ?? ""),
            "/c/values.yaml": "replicas: 1\n",
            "/c/values.schema.json": schema,
        ]
        for i in 0..<count { files["/c/templates/t\(i).yaml"] = "kind: ConfigMap\nmetadata:\n  name: t\(i)\n" }
        return files.merging(extra) { _, new in new }
    }

    static func render(_ files: [String: String], values: Value = [:], skipSchema: Bool = false) throws -> String {
        let chart = try ChartLoader.load(at: "/c", in: InMemoryFileSystem(files: files))
        var options = RenderOptions(releaseName: "rel")
        options.skipSchemaValidation = skipSchema
        options.executionThreads = 2
        return try ChartRenderer().render(chart: chart, values: values, options: options).output()
    }

    static let badValues: Value = ["replicas": "three"]

    @Test func violationAloneIsReported() {
        #expect(throws: Self.violation) { try Self.render(Self.chart(["/c/templates/NOTES.txt": "hi"]), values: Self.badValues) }
        #expect(throws: Self.violation) { try Self.render(Self.chart(templates: 2), values: Self.badValues) }
    }

    @Test func violationWinsOverAFailingTemplate() {
        let files = Self.chart(["/c/templates/t7.yaml": "{{ fail \"boom\" }}", "/c/templates/NOTES.txt": "hi"])
        #expect(throws: Self.violation) { try Self.render(files, values: Self.badValues) }
        // With valid values the template's own error is the one reported.
        #expect(throws: HelmError.template(message: "execution error at (demo/templates/t7.yaml:1:3): boom", location: nil)) {
            try Self.render(files)
        }
    }

    @Test func violationWinsOverAFailingNotes() {
        let files = Self.chart(["/c/templates/NOTES.txt": "{{ fail \"notes\" }}"])
        #expect(throws: Self.violation) { try Self.render(files, values: Self.badValues) }
        #expect(throws: HelmError.self) { try Self.render(files) }
    }

    @Test func violationWinsOverAParseError() {
        let files = Self.chart(["/c/templates/broken.yaml": "{{ if }}"])
        #expect(throws: Self.violation) { try Self.render(files, values: Self.badValues) }
    }

    @Test func violationWinsOverAnIncompatibleKubeVersion() {
        let files = Self.chart(kubeVersion: ">=9.0.0-0")
        #expect(throws: Self.violation) { try Self.render(files, values: Self.badValues) }
        #expect(throws: HelmError.incompatibleKubeVersion(constraint: ">=9.0.0-0", kubeVersion: "v1.35.0")) {
            try Self.render(files)
        }
    }

    @Test func skippedValidationRendersInvalidValues() throws {
        let out = try Self.render(Self.chart(["/c/templates/NOTES.txt": "hi"]), values: Self.badValues, skipSchema: true)
        #expect(out.contains("name: t19"))
    }
}
