@testable import Helm
import FileSystem
import Testing
import YAML

/// Templates executed on several threads must give exactly what Go's one-after-another
/// execution gives, however they write to the maps they share.
@Suite struct TemplateExecutionTests {
    /// A chart of `count` templates t00...; Helm executes them in reverse order (t39 first).
    static func chart(count: Int = 40, body: (Int) -> String, extra: [String: String] = [:]) -> [String: String] {
        var files = ["/c/Chart.yaml": ChartRendererTests.chartYAML,
                     "/c/values.yaml": "flux:\n  interval: 5m\n  install: {remediation: 3}\n"]
        for i in 0..<count {
            var pkg = "\(i)"
            if pkg.count < 2 { pkg = "0" + pkg }
            files["/c/templates/t\(pkg).yaml"] = body(i)
        }
        return files.merging(extra) { $1 }
    }

    static func renderBoth(_ files: [String: String], values: Value = [:]) -> (sequential: Result<String, Error>, parallel: [Result<String, Error>]) {
        func run(_ threads: Int) -> Result<String, Error> {
            var options = RenderOptions(releaseName: "rel")
            options.executionThreads = threads
            return Result { try ChartRendererTests.render(files, values: values, options: options) }
        }
        return (run(1), [run(2), run(3), run(8)])
    }

    static func expectSame(_ files: [String: String], values: Value = [:]) throws -> String {
        let (sequential, parallel) = renderBoth(files, values: values)
        for p in parallel {
            switch (sequential, p) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)")
            default: Issue.record("sequential \(sequential) but parallel \(p)")
            }
        }
        return try sequential.get()
    }

    @Test func aCounterEveryTemplateBumpsCountsInGoOrder() throws {
        let out = try Self.expectSame(Self.chart { i in
            "{{- $_ := set .Values \"n\" (add1 (.Values.n | default 0)) -}}\nkind: ConfigMap\nmetadata:\n  name: c{{ .Values.n }}-\(i)\n"
        })
        #expect(out.contains("name: c1-39\n"))
        #expect(out.contains("name: c40-0\n"))
    }

    @Test func idempotentNormalisationAndPerPackageMerges() throws {
        // The Big Bang shape: every template re-derives the same map into .Values, each
        // package merges the global flux settings into its own, and NOTES reads them all.
        let values: Value = .map(Dictionary(uniqueKeysWithValues: (0..<40).map { ("p\($0)", Value.map(["flux": .map(["timeout": "1m"])])) }))
        let notes = "{{ range $k, $v := .Values }}{{ if kindIs \"map\" $v }}{{ $k }}={{ toJson $v.flux }} {{ end }}{{ end }}"
        let out = try Self.expectSame(Self.chart(body: { i in
            """
            {{- $_ := set .Values "_custom" (dict "derived" (len .Values)) -}}
            {{- $f := merge .Values.p\(i).flux .Values.flux -}}
            kind: ConfigMap
            metadata:
              name: p\(i)
            data:
              flux: {{ toJson $f | quote }}
            """
        }, extra: ["/c/templates/NOTES.txt": notes, "/c/templates/zz-reads-all.yaml": "kind: Secret\nmetadata:\n  name: all\ndata:\n  x: {{ toJson .Values | b64enc }}\n"]), values: values)
        #expect(out.contains("name: p7\n"))
    }

    @Test func writesThroughAnAliasReachTheOtherPath() throws {
        // The first template makes .Values.alias and .Values.shared one map; a later one writes
        // through the alias; a template after it reads through the other path.
        let out = try Self.expectSame(Self.chart { i in
            switch i {
            case 39: return "{{- $_ := set .Values \"alias\" .Values.shared -}}\nkind: A\n"
            case 20: return "{{- $_ := set .Values.alias \"x\" \"written\" -}}\nkind: B\n"
            case 3: return "kind: C\nmetadata:\n  name: {{ .Values.shared.x | default \"unset\" }}\n"
            default: return "kind: D\nmetadata:\n  name: d\(i)\n"
            }
        }, values: ["shared": ["y": "1"]])
        #expect(out.contains("name: written\n"))
    }

    @Test func aStaleViewDoesNotInventAnError() throws {
        let out = try Self.expectSame(Self.chart { i in
            switch i {
            case 30: return "{{- $_ := set .Values \"ok\" true -}}\nkind: A\n"
            case 2: return "{{- if not .Values.ok }}{{ fail \"stale\" }}{{ end -}}\nkind: B\nmetadata:\n  name: fine\n"
            default: return "kind: D\nmetadata:\n  name: d\(i)\n"
            }
        })
        #expect(out.contains("name: fine\n"))
    }

    @Test func theFirstFailingTemplateInGoOrderIsReported() {
        let (sequential, parallel) = Self.renderBoth(Self.chart { i in
            switch i {
            case 25: return "{{ fail \"first\" }}"
            case 5: return "{{ fail \"second\" }}"
            default: return "kind: D\n"
            }
        })
        guard case .failure(let error) = sequential else { Issue.record("expected an error"); return }
        #expect("\(error)".contains("first"))
        for p in parallel {
            guard case .failure(let e) = p else { Issue.record("expected an error"); continue }
            #expect("\(e)" == "\(error)")
        }
    }

    /// NOTES.txt runs last, beside the manifest sort: its error must still win over a sort
    /// error (Go fails in rendering before it sorts), and a failing sort alone must still fail.
    @Test func notesErrorsWinOverSortErrorsAndBothStillFail() {
        let badManifest = ["/c/templates/bad.yaml": "kind: [unclosed\n"]
        for threads in [1, 2] {
            var options = RenderOptions(releaseName: "rel")
            options.executionThreads = threads
            let both = Result { try ChartRendererTests.render(Self.chart(body: { _ in "kind: D\n" }, extra: badManifest.merging(
                ["/c/templates/NOTES.txt": "{{ fail \"from notes\" }}"]) { $1 }), options: options) }
            guard case .failure(let e1) = both else { Issue.record("expected the NOTES error"); continue }
            #expect("\(e1)".contains("from notes"))
            let sortOnly = Result { try ChartRendererTests.render(Self.chart(body: { _ in "kind: D\n" }, extra: badManifest.merging(
                ["/c/templates/NOTES.txt": "notes"]) { $1 }), options: options) }
            guard case .failure(let e2) = sortOnly else { Issue.record("expected the sort error"); continue }
            #expect(!"\(e2)".contains("from notes"))
        }
    }

    @Test func notesTextIsKeptAndNotInTheManifest() throws {
        var options = RenderOptions(releaseName: "rel")
        options.executionThreads = 2
        let files = Self.chart(body: { i in "kind: D\nmetadata:\n  name: d\(i)\n" },
                               extra: ["/c/templates/NOTES.txt": "{{ .Release.Name }} notes"])
        let result = try ChartRenderer().render(chart: try ChartLoader.load(at: "/c", in: InMemoryFileSystem(files: files)),
                                                values: [:], options: options)
        #expect(result.notes == "rel notes")
        #expect(!(try result.output()).contains("notes"))
        #expect(try result.output().contains("name: d0\n"))
    }

    @Test func chunksCoverTheRangeInOrder() {
        let chunks = TemplateExecution.chunks(of: 1..<39, count: 8)
        #expect(chunks.count == 8)
        #expect(chunks.first?.lowerBound == 1)
        #expect(chunks.last?.upperBound == 39)
        #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
        #expect(TemplateExecution.chunks(of: 1..<3, count: 8) == [1..<2, 2..<3])
        #expect(TemplateExecution.chunks(of: 1..<1, count: 8).isEmpty)
    }
}
