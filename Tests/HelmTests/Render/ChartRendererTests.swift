import FileSystem
@testable import Helm
import Testing
import YAML

/// Whole-pipeline tests on charts written into an in-memory file system.
@Suite struct ChartRendererTests {
    static func render(_ files: [String: String], values: Value = [:], options: RenderOptions = RenderOptions(releaseName: "rel"))
        throws -> String
    {
        let fs = InMemoryFileSystem(files: files)
        let chart = try ChartLoader.load(at: "/c", in: fs)
        return try ChartRenderer().render(chart: chart, values: values, options: options).output()
    }

    static let chartYAML = "apiVersion: v2\nname: demo\nversion: 0.1.0\n"

    @Test func rendersSortsAndLabelsSources() throws {
        let out = try Self.render([
            "/c/Chart.yaml": Self.chartYAML,
            "/c/values.yaml": "name: web\n",
            "/c/templates/_helpers.tpl": "{{- define \"demo.name\" -}}{{ .Release.Name }}-{{ .Values.name }}{{- end -}}",
            "/c/templates/svc.yaml": "kind: Service\nmetadata:\n  name: {{ include \"demo.name\" . }}\n",
            "/c/templates/ns.yaml": "kind: Namespace\nmetadata:\n  name: {{ .Release.Namespace }}\n",
            "/c/templates/NOTES.txt": "thanks",
        ])
        #expect(out == """
            ---
            # Source: demo/templates/ns.yaml
            kind: Namespace
            metadata:
              name: default
            ---
            # Source: demo/templates/svc.yaml
            kind: Service
            metadata:
              name: rel-web

            """)
    }

    @Test func missingValuesPrintNothing() throws {
        let out = try Self.render([
            "/c/Chart.yaml": Self.chartYAML,
            "/c/templates/a.yaml": "a: '{{ .Values.nope }}/{{ .Chart.Name }}/{{ .Template.Name }}'\n",
        ])
        #expect(out == "---\n# Source: demo/templates/a.yaml\na: '/demo/demo/templates/a.yaml'\n")
    }

    @Test func subchartsSeeTheirScopeAndGlobals() throws {
        let out = try Self.render([
            "/c/Chart.yaml": Self.chartYAML + "dependencies:\n  - name: sub\n    version: 1.0.0\n    alias: renamed\n",
            "/c/values.yaml": "global:\n  env: prod\nrenamed:\n  port: 8080\n",
            "/c/charts/sub/Chart.yaml": "apiVersion: v2\nname: sub\nversion: 1.0.0\n",
            "/c/charts/sub/values.yaml": "port: 80\nhost: h\n",
            "/c/charts/sub/templates/cm.yaml": "port: {{ .Values.port }}\nhost: {{ .Values.host }}\nenv: {{ .Values.global.env }}\nchart: {{ .Chart.Name }}\n",
        ])
        #expect(out == "---\n# Source: demo/charts/renamed/templates/cm.yaml\nport: 8080\nhost: h\nenv: prod\nchart: renamed\n")
    }

    @Test func hooksComeLastAndCanBeDropped() throws {
        let files = [
            "/c/Chart.yaml": Self.chartYAML,
            "/c/templates/t.yaml": "kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: test\n",
            "/c/templates/cm.yaml": "kind: ConfigMap\n",
        ]
        #expect(try Self.render(files) == "---\n# Source: demo/templates/cm.yaml\nkind: ConfigMap\n---\n# Source: demo/templates/t.yaml\nkind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: test\n")
        var opts = RenderOptions(releaseName: "rel")
        opts.skipTests = true
        #expect(try Self.render(files, options: opts) == "---\n# Source: demo/templates/cm.yaml\nkind: ConfigMap\n")
    }

    @Test func kubeVersionConstraintIsChecked() {
        #expect(throws: HelmError.incompatibleKubeVersion(constraint: ">=1.40.0-0", kubeVersion: "v1.35.0")) {
            try Self.render(["/c/Chart.yaml": Self.chartYAML + "kubeVersion: \">=1.40.0-0\"\n"])
        }
    }

    @Test func requiredFailsWithHelmWording() {
        #expect(throws: HelmError.template(message: "execution error at (demo/templates/a.yaml:1:6): need x", location: nil)) {
            try Self.render(["/c/Chart.yaml": Self.chartYAML, "/c/templates/a.yaml": "a: {{ required \"need x\" .Values.x }}"])
        }
    }

    @Test func showOnlyFiltersAndReportsMissing() throws {
        var opts = RenderOptions(releaseName: "rel")
        opts.showOnly = ["templates/b.yaml"]
        let files = [
            "/c/Chart.yaml": Self.chartYAML,
            "/c/templates/a.yaml": "a: 1\n", "/c/templates/b.yaml": "b: 2\n",
        ]
        #expect(try Self.render(files, options: opts) == "---\n# Source: demo/templates/b.yaml\nb: 2\n")
        opts.showOnly = ["templates/zzz.yaml"]
        #expect(throws: HelmError.showOnlyNotFound("templates/zzz.yaml")) { try Self.render(files, options: opts) }
    }

    @Test func missingChartYAMLIsALocatedError() {
        #expect(throws: HelmError.self) { try Self.render(["/c/values.yaml": "a: 1\n"]) }
    }
}
