import FileSystem
@testable import Helm
import Testing
import YAML

/// Templates parsed while the chart loads (`ChartLoader.load(..., parsingTemplatesEarly:)`)
/// must render exactly as templates parsed by the renderer, however often the chart is rendered.
@Suite struct EarlyTemplateParseTests {
    static func files(_ extra: [String: String] = [:]) -> [String: String] {
        var files = [
            "/c/Chart.yaml": "apiVersion: v2\nname: demo\nversion: 0.1.0\n",
            "/c/values.yaml": "name: web\n",
            "/c/templates/_helpers.tpl": "{{- define \"demo.name\" -}}{{ .Release.Name }}-{{ .Values.name }}{{- end -}}",
            "/c/templates/rand.yaml": "kind: Secret\nmetadata:\n  name: {{ include \"demo.name\" . }}\ndata:\n  p: {{ randAlphaNum 12 }}\n",
            "/c/templates/NOTES.txt": "thanks {{ .Release.Name }}",
        ]
        for i in 0..<20 { files["/c/templates/cm\(i).yaml"] = "kind: ConfigMap\nmetadata:\n  name: {{ include \"demo.name\" . }}-\(i)\n" }
        return files.merging(extra) { _, new in new }
    }

    static func render(_ chart: Chart, seed: UInt64? = 7) throws -> String {
        var options = RenderOptions(releaseName: "rel")
        options.randomSeed = seed
        return try ChartRenderer().render(chart: chart, values: [:], options: options).output()
    }

    static func load(_ files: [String: String], early: Bool) throws -> Chart {
        try ChartLoader.load(at: "/c", in: InMemoryFileSystem(files: files), parsingTemplatesEarly: early)
    }

    @Test func rendersAsTheRendererParsedIt() throws {
        let late = try Self.render(Self.load(Self.files(), early: false))
        let early = try Self.load(Self.files(), early: true)
        #expect(early.earlyParse != nil)
        #expect(try Self.render(early) == late)
        #expect(late.contains("name: rel-web-19"))
    }

    @Test func everyRenderOfOneLoadedChartAgrees() throws {
        let chart = try Self.load(Self.files(), early: true)
        let first = try Self.render(chart)
        #expect(try Self.render(chart) == first)
        #expect(try Self.render(chart, seed: 9) != first)
    }

    @Test func parseErrorsReadAsWithoutEarlyParsing() throws {
        let broken = Self.files(["/c/templates/cm3.yaml": "{{ if }}"])
        var lateError: HelmError?
        do { _ = try Self.render(Self.load(broken, early: false)) } catch let e as HelmError { lateError = e }
        let expected = try #require(lateError)
        #expect(throws: expected) { try Self.render(Self.load(broken, early: true)) }
    }

    @Test func aChartWithoutANameStillFailsToLoad() throws {
        let unnamed = Self.files(["/c/Chart.yaml": "apiVersion: v2\nversion: 0.1.0\n"])
        #expect(throws: HelmError.self) { try Self.load(unnamed, early: true) }
    }
}
