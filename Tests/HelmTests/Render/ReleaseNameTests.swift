@testable import Helm
import Testing

/// Release names as `helm template` checks and makes them.
@Suite struct ReleaseNameTests {
    @Test(arguments: ["a", "rel", "a.b-c.d", "x1-2", String(repeating: "a", count: 53)])
    func validNames(name: String) throws {
        try ReleaseNameRule.validate(name)
    }

    @Test(arguments: ["", "Bad_Name", "-a", "a-", "a..b", ".a", "a.", "UPPER", String(repeating: "a", count: 54)])
    func invalidNamesFailWithHelmsMessage(name: String) {
        #expect(throws: HelmError.invalidReleaseName(name)) { try ReleaseNameRule.validate(name) }
        let message = HelmError.invalidReleaseName(name).helmMessage
        #expect(message.hasPrefix("release name check failed: "))
    }

    @Test func theMessageQuotesTheNameAndPattern() {
        #expect(HelmError.invalidReleaseName("Bad_Name").helmMessage == #"release name check failed: release name "Bad_Name": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"#)
    }

    @Test func renderingChecksTheNameFirst() {
        let files = ["/c/Chart.yaml": ChartRendererTests.chartYAML, "/c/templates/a.yaml": "{{ fail \"later\" }}"]
        #expect(throws: HelmError.invalidReleaseName("No")) {
            try ChartRendererTests.render(files, options: RenderOptions(releaseName: "No"))
        }
    }

    @Test func nameTemplatesRunWithSprig() throws {
        #expect(try ReleaseNameTemplate.render(#"{{ "ABC" | lower }}-{{ add 1 2 }}"#) == "abc-3")
        #expect(try ReleaseNameTemplate.render("{{ .Missing }}") == "<no value>")
        #expect(throws: HelmError.self) { try ReleaseNameTemplate.render(#"{{ fail "boom" }}"#) }
    }

    @Test func includeOfAMissingValueSeesNoData() throws {
        // Go executes a template given nil as if it had no data: fields are missing, not errors.
        let out = try ChartRendererTests.render([
            "/c/Chart.yaml": ChartRendererTests.chartYAML,
            "/c/templates/a.yaml": "{{- define \"x\" -}}[{{ .Foo }}|{{ . }}]{{- end -}}\na: {{ include \"x\" .Values.missing | quote }}\n",
        ])
        #expect(out.hasSuffix("a: \"[|]\"\n"))
    }
}
