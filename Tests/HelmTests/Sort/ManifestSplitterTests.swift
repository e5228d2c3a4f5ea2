@testable import Helm
import Testing

@Suite struct ManifestSplitterTests {
    static let cases: [(String, [String])] = [
        ("a: 1\n---\nb: 2\n", ["a: 1", "b: 2"]),
        ("---\na: 1\n", ["a: 1"]),
        // The first separator swallows the blank lines, so the second "---" stays in the document.
        ("a: 1\n---   \n\n---\nb: 2", ["a: 1", "---\nb: 2"]),
        ("a: 1\n---x: 2\n", ["a: 1", "x: 2"]),
        ("a: 1\n  ---\nb: 2", ["a: 1\n  ---\nb: 2"]),
        ("  \n\t\n", []),
        ("# only a comment\n", ["# only a comment"]),
        ("a: 1\r\n---\r\nb: 2\r\n", ["a: 1", "b: 2"]),
    ]

    @Test(arguments: cases)
    func splitsLikeHelm(_ input: String, _ expected: [String]) {
        #expect(ManifestSplitter.split(input) == expected)
    }

    @Test func sortsByInstallOrderThenHooks() throws {
        let files = [
            (path: "c/templates/b.yaml", content: "kind: Deployment\n---\nkind: Zed\n---\nkind: Alpha"),
            (path: "c/templates/a.yaml", content: "kind: Service\n---\nkind: Namespace\n---\nkind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: post-install\n---\nkind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: nonsense"),
            (path: "c/templates/_p.tpl", content: "kind: Secret"),
        ]
        let sorted = try ManifestSorter.sort(files)
        #expect(sorted.manifests.map(\.kind) == ["Namespace", "Service", "Deployment", "Alpha", "Zed"])
        #expect(sorted.hooks.map(\.kind) == ["Job"])
        #expect(sorted.hooks.first?.hookEvents == ["post-install"])
    }
}
