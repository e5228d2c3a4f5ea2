import FileSystem
import Git
import Testing

@Suite struct GitTreeFileSystemTests {
    @Test func readsLazilyLikeTheEagerTree() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        let lazy = try GitTreeFileSystem(repository: repo, revision: "v1.0.0")
        let eager = try repo.readTree(at: "v1.0.0")
        #expect(lazy.commit.hex == source.c1)
        for dir in ["/", "/base"] {
            #expect(try lazy.listDirectory(dir) == eager.listDirectory(dir))
        }
        #expect(try lazy.listDirectory("/") == ["README.md", "base", "run.sh"])
        #expect(try lazy.readText("/base/kustomization.yaml") == "resources:\n- cm.yaml\n")
        #expect(try lazy.readText("base/../README.md") == "one\n")
        #expect(lazy.isDirectory("/base") && lazy.isDirectory("/"))
        #expect(!lazy.isDirectory("/README.md") && lazy.exists("/README.md"))
        #expect(!lazy.exists("/app/deploy.yaml"))
        #expect(throws: FileSystemError.notFound("/nope")) { try lazy.readFile("/nope") }
        #expect(throws: FileSystemError.notADirectory("/README.md")) { try lazy.listDirectory("/README.md") }
        #expect(throws: FileSystemError.self) { try lazy.readFile("/base") }
        #expect(throws: FileSystemError.self) { try lazy.writeText("/x", "y") }
    }

    @Test(arguments: [
        (GitReference.flux(), GitReference.branch("master")),
        (.flux(branch: "main"), .branch("main")),
        (.flux(branch: "main", tag: "1.0.0"), .tag("1.0.0")),
        (.flux(tag: "1.0.0", semver: ">=1"), .semver(">=1")),
        (.flux(semver: ">=1", name: "refs/pull/1/head"), .name("refs/pull/1/head")),
        (.flux(branch: "main", name: "x", commit: "abc1234"), .commit("abc1234")),
        (.flux(branch: "", tag: ""), .branch("master")),
        (GitReference(kustomizeRef: ""), .defaultBranch),
        (GitReference(kustomizeRef: "v2"), .name("v2")),
    ])
    func referencePrecedence(actual: GitReference, expected: GitReference) {
        #expect(actual == expected)
    }
}
