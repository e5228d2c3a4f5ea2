import Foundation
import Testing
@testable import BigBang
import YAML

/// The four formats on small renders: unified against a hand-written expectation, markdown
/// against a golden, and Secret values absent from every format unless asked for.
@Suite struct DiffFormatTests {
    static func docs(_ text: String) throws -> [Node] { try YAMLParser.parse(text, path: "<test>") }

    static func report(_ a: String, _ b: String, options: DiffOptions = .init()) throws -> DiffReport {
        DiffReport(environments: [RenderDiffer(options: options).diff(try docs(a), try docs(b), name: "dev → prod", labelA: "dev", labelB: "prod")])
    }

    @Test func unifiedIsDiffDashUOfTheTwoRenders() throws {
        let a = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: \"1\"\n  b: \"2\"\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: gone\n"
        let b = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: \"1\"\n  b: \"3\"\n"
        let text = DiffFormatter(format: .unified).render(try Self.report(a, b))
        #expect(text == """
            --- a/dev
            +++ b/prod
            @@ -1,12 +1,7 @@
             apiVersion: v1
             data:
               a: "1"
            -  b: "2"
            +  b: "3"
             kind: ConfigMap
             metadata:
               name: c
            ----
            -apiVersion: v1
            -kind: Namespace
            -metadata:
            -  name: gone

            """)
        #expect(DiffFormatter(format: .unified).render(try Self.report(a, a)) == "")
    }

    @Test func unifiedHunksSplitAndMergeLikeDiff() {
        let a = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var linesB = (1...20).map { "line \($0)" }
        linesB[1] = "changed 2"
        linesB[17] = "changed 18"
        let b = linesB.joined(separator: "\n")   // and no newline at the end
        #expect(UnifiedDiff.render(a, b, labelA: "a/x", labelB: "b/x") == """
            --- a/x
            +++ b/x
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +changed 2
             line 3
             line 4
             line 5
            @@ -15,6 +15,6 @@
             line 15
             line 16
             line 17
            -line 18
            +changed 18
             line 19
            -line 20
            +line 20
            \\ No newline at end of file

            """)
        #expect(UnifiedDiff.hunks("", "x\n") == "@@ -0,0 +1 @@\n+x\n")
    }

    /// The edit script is valid (turns A into B) and minimal (as many edits as an LCS table
    /// says) on random small inputs.
    @Test func lineDiffIsAShortestEditScript() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...12, using: &rng)).map { _ in Int.random(in: 0...3, using: &rng) }
            let b = (0..<Int.random(in: 0...12, using: &rng)).map { _ in Int.random(in: 0...3, using: &rng) }
            let edits = LineDiff.edits(a, b)
            var rebuilt: [Int] = []
            var fromA: [Int] = []
            for edit in edits {
                switch edit.operation {
                case .equal: rebuilt.append(a[edit.lineA]); fromA.append(a[edit.lineA]); #expect(a[edit.lineA] == b[edit.lineB])
                case .delete: fromA.append(a[edit.lineA])
                case .insert: rebuilt.append(b[edit.lineB])
                }
            }
            #expect(rebuilt == b && fromA == a, "\(a) → \(b)")
            let changes = edits.filter { $0.operation != .equal }.count
            #expect(changes == a.count + b.count - 2 * Self.lcsLength(a, b), "\(a) → \(b)")
        }
    }

    static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    static let secretA = """
        apiVersion: v1
        kind: Secret
        metadata: {name: creds, namespace: bigbang}
        data:
          password: aHVudGVyMg==
          values.yaml: c3NvOgogIHNlY3JldDogb3BlbnNlc2FtZQo=
        stringData:
          token: plain-token-one
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: removed-secret}
        stringData: {key: removed-value}

        """
    static let secretB = """
        apiVersion: v1
        kind: Secret
        metadata: {name: creds, namespace: bigbang}
        data:
          password: c3dvcmRmaXNo
          values.yaml: c3NvOgogIHNlY3JldDogY2xvc2VzZXNhbWUK
        stringData:
          token: plain-token-one
          added: plain-added
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: added-secret}
        stringData: {key: added-value}

        """
    /// Every secret in both renders, plain and base64.
    static let secretTexts = ["aHVudGVyMg==", "hunter2", "c3dvcmRmaXNo", "swordfish", "opensesame", "closesesame",
                              "c3NvOgogIHNlY3JldDogb3BlbnNlc2FtZQo=", "plain-token-one", "plain-added", "removed-value", "added-value"]

    @Test(arguments: DiffFormat.allCases)
    func secretValuesNeverAppearWithoutShowSecrets(format: DiffFormat) throws {
        let report = try Self.report(Self.secretA, Self.secretB)
        let text = DiffFormatter(format: format).render(report)
        for secret in Self.secretTexts { #expect(!text.contains(secret), "\(format) shows \(secret)") }
        let fields = report.environments[0].resources.first { $0.id.name == "creds" }?.fields ?? []
        #expect(fields.map(\.path.description) == ["data.password", "data.values.yaml", "stringData.added"])
        #expect(fields.allSatisfy { $0.masked && $0.old == nil && $0.new == nil })
    }

    @Test func showSecretsDiffsTheDecodedValues() throws {
        let report = try Self.report(Self.secretA, Self.secretB, options: DiffOptions(showSecrets: true))
        let fields = report.environments[0].resources.first { $0.id.name == "creds" }?.fields ?? []
        #expect(fields.map(\.path.description) == ["data.password", "data.values.yaml › sso.secret", "stringData.added"])
        #expect(fields.map(\.new) == ["swordfish", "closesesame", "plain-added"])
        let human = DiffFormatter(format: .human).render(report)
        #expect(human.contains("data.password: hunter2 → swordfish"))
    }

    /// A merge-request comment for a small environment pair. Re-record with
    /// RECORD_SNAPSHOTS=1 after an intended change, and read the diff of the golden.
    @Test func markdownGolden() throws {
        let a = DiffEngineTests.valuesA + "---\n" + Self.secretA
        let b = DiffEngineTests.valuesA.replacingOccurrences(of: "enabled: true", with: "enabled: false")
            .replacingOccurrences(of: "5m7b9dt2kh", with: "8bc4cmh9f6") + "---\n" + Self.secretB
            + "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: monitoring\n"
        var report = try Self.report(a, b)
        report.environments.append(RenderDiffer().diff(try Self.docs(a), try Self.docs(a), name: "staging", labelA: "staging", labelB: "staging"))
        let text = DiffFormatter(format: .markdown).render(report)
        let golden = CustomerRepoFixture.repoRoot + "/Tests/BigBangTests/Goldens/diff-markdown.md"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOfFile: golden, encoding: .utf8)))
    }

    @Test func colourOnlyWhenAsked() throws {
        let b = DiffEngineTests.valuesA.replacingOccurrences(of: "enabled: true", with: "enabled: false")
        let report = try Self.report(DiffEngineTests.valuesA, b)
        for format in [DiffFormat.human, .unified] {
            #expect(!DiffFormatter(format: format).render(report).contains("\u{1B}["))
            #expect(DiffFormatter(format: format, colored: true).render(report).contains("\u{1B}[32m"))
        }
    }

    @Test func jsonListsEachFieldChange() throws {
        let b = DiffEngineTests.valuesA.replacingOccurrences(of: "enabled: true", with: "enabled: false")
        let text = DiffFormatter(format: .json).render(try Self.report(DiffEngineTests.valuesA, b))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let envs = object?["environments"] as? [[String: Any]]
        let changes = envs?.first?["changes"] as? [[String: Any]]
        #expect(object?["differences"] as? Bool == true)
        #expect(changes?.count == 1)
        #expect(changes?.first?["path"] as? String == "data.values.yaml › istio.enabled")
        #expect(changes?.first?["old"] as? Bool == true)
        #expect(changes?.first?["new"] as? Bool == false)
        #expect(changes?.first?["kind"] as? String == "ConfigMap")
        #expect(changes?.first?["change"] as? String == "changed")
        #expect((envs?.first?["summary"] as? [String: Any])?["changed"] as? Int == 1)
    }
}
