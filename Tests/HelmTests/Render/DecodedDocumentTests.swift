import Foundation
@testable import Helm
import Testing
import YAML

/// `fromYaml` maps are built from a shared decoded document only when first used, and
/// `toYaml` of one nothing has looked into reuses the document's text: none of that may
/// show. Every map must behave as a fresh Go map.
@Suite struct DecodedDocumentTests {
    static func render(_ template: String, values: Value = [:], threads: Int = 1) throws -> String {
        var options = RenderOptions(releaseName: "rel")
        options.executionThreads = threads
        return try ChartRendererTests.render([
            "/c/Chart.yaml": ChartRendererTests.chartYAML,
            "/c/templates/t.yaml": template,
        ], values: values, options: options)
    }

    static let document = "{{ define \"doc\" }}a:\n  b: 1\n  list: [{x: 1}]\nname: doc{{ end }}"

    @Test func writesThroughANestedAliasShowInTheWholeMap() throws {
        let out = try Self.render(Self.document + """
            {{- $m := include "doc" . | fromYaml -}}
            {{- $a := $m.a -}}
            {{- $_ := set $a "c" 2 -}}
            kind: K
            data: {{ toJson $m }}
            """)
        #expect(out.contains(#"data: {"a":{"b":1,"c":2,"list":[{"x":1}]},"name":"doc"}"#))
    }

    @Test func everyDecodeIsAFreshMapAndToYamlSeesChanges() throws {
        let out = try Self.render(Self.document + """
            {{- $first := include "doc" . | fromYaml -}}
            {{- $before := toYaml $first -}}
            {{- $_ := set $first "name" "changed" -}}
            {{- $second := include "doc" . | fromYaml -}}
            kind: K
            first: {{ toYaml $first | b64enc }}
            second: {{ toYaml $second | b64enc }}
            before: {{ $before | b64enc }}
            """)
        func decoded(_ key: String) -> String? {
            out.split(separator: "\n").first { $0.hasPrefix(key + ": ") }
                .flatMap { Data(base64Encoded: String($0.dropFirst(key.count + 2))) }
                .map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(decoded("first")?.contains("name: changed") == true)
        #expect(decoded("second")?.contains("name: doc") == true)
        #expect(decoded("before") == decoded("second"))
    }

    @Test func aDeepCopyIsIndependentOfItsSource() throws {
        let out = try Self.render(Self.document + """
            {{- $m := include "doc" . | fromYaml -}}
            {{- $c := deepCopy $m -}}
            {{- $_ := set $c.a "b" 9 -}}
            {{- $_ := set $m "name" "m" -}}
            kind: K
            m: {{ toJson $m }}
            c: {{ toJson $c }}
            """)
        #expect(out.contains(#"m: {"a":{"b":1,"list":[{"x":1}]},"name":"m"}"#))
        #expect(out.contains(#"c: {"a":{"b":9,"list":[{"x":1}]},"name":"doc"}"#))
    }

    /// A decoded map stored into `.Values` by the first template, then changed by later ones
    /// on other threads: the same result as one after another.
    @Test func aDecodedMapInTheSharedStateRendersAlikeOnEveryThreadCount() throws {
        let files = TemplateExecutionTests.chart(body: { i in
            switch i {
            case 39: return Self.document + #"{{- $_ := set .Values "doc" (include "doc" . | fromYaml) -}}"# + "\nkind: A\n"
            case 20: return #"{{- $_ := set .Values.doc.a "b" 2 -}}"# + "\nkind: B\n"
            default: return "kind: D\nmetadata:\n  name: {{ .Values.doc.a.b }}-\(i)\n"
            }
        })
        let out = try TemplateExecutionTests.expectSame(files)
        #expect(out.contains("name: 1-21\n"))
        #expect(out.contains("name: 2-19\n"))
    }
}
