import Foundation
import GoTemplate
import Testing

/// Deterministic mutation fuzzing of parser and executor: every outcome is output or a
/// structured `TemplateError`; nothing traps. Bounded by iterations and wall time.
@Test func fuzzParserAndExecutor() {
    var rng = SplitMix(seed: 0x5EED)
    let seeds = execOracleTestsRows.map(\.template) + parseErrorRows.map(\.template) + [
        "{{- define \"x\" -}}{{ . }}{{- end -}}{{ template \"x\" .Values }}{{ block \"b\" . }}B{{ end }}",
        "{{ range $i, $v := .Values.list }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ $v }}{{ else }}none{{ end }}",
        "{{ with .Values.nested }}{{ .x.y | upper | quote }}{{ else with .Values.name }}{{ . }}{{ end }}",
    ]
    let pieces = ["{{", "}}", "{{-", "-}}", "(", ")", "|", "$", "$x", ":=", "=", ".", ".Values", " ", "\"", "`", "'",
                  "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue", "nil",
                  "and", "or", "not", "index", "printf", "%v", "/*", "*/", "dict", "list", "default", "include"]
    let deadline = Date().addingTimeInterval(8)
    var runs = 0
    while runs < 3000 && Date() < deadline {
        var text = Array(seeds[rng.next(seeds.count)].unicodeScalars)
        for _ in 0..<(1 + rng.next(4)) {
            let at = text.isEmpty ? 0 : rng.next(text.count + 1)
            switch rng.next(3) {
            case 0 where !text.isEmpty:
                text.remove(at: min(at, text.count - 1))
            case 1:
                text.insert(contentsOf: pieces[rng.next(pieces.count)].unicodeScalars, at: at)
            default:
                if !text.isEmpty { text.swapAt(min(at, text.count - 1), rng.next(text.count)) }
            }
        }
        let source = String(String.UnicodeScalarView(text))
        let set = TemplateSet(name: "gotpl", options: TemplateOptions(missingKey: rng.next(2) == 0 ? .zero : .error))
        do {
            try set.parse(source, name: "fuzz.yaml")
            _ = try set.execute("fuzz.yaml", data: testData)
        } catch let error as TemplateError {
            #expect(!error.description.isEmpty)
            if case .exec(let failure) = error { #expect(failure.line >= 1) }
        } catch {
            Issue.record("unstructured error \(error) for \(source)")
        }
        runs += 1
    }
    #expect(runs > 100)
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        z ^= z >> 31
        return bound <= 0 ? 0 : Int(z % UInt64(bound))
    }
}
