import FileSystem
import Foundation
import Git
import Testing

@Suite struct GitRepositoryTests {
    @Test(arguments: [
        ("main", \SourceRepo.c2),
        ("HEAD", \SourceRepo.c2),
        ("v1.0.0", \SourceRepo.c1),   // annotated tag, peeled to its commit
        ("light", \SourceRepo.c1),    // lightweight tag
        ("v1.1.0", \SourceRepo.c2),
        ("feature", \SourceRepo.c3),
        ("HEAD~1", \SourceRepo.c1),
        ("main^", \SourceRepo.c1),
        ("feature~1", \SourceRepo.c1),
        ("v1.0.0^{commit}", \SourceRepo.c1),
    ])
    func resolvesRevisions(revision: String, expected: KeyPath<SourceRepo, String>) throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.resolve(revision).hex == source[keyPath: expected])
    }

    @Test func resolvesFullAndShortIDs() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.resolve(source.c1).hex == source.c1)
        #expect(try repo.resolve(String(source.c1.prefix(8))).hex == source.c1)
        #expect(try repo.resolve(source.c2).short == String(source.c2.prefix(7)))
    }

    @Test(arguments: ["nope", "HEAD~5", "v9.9.9", "0000000000000000000000000000000000000000", "main..", "::"])
    func unknownRevisionIsAnError(revision: String) throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(throws: GitError.self) { try repo.resolve(revision) }
        do {
            _ = try repo.resolve(revision)
        } catch let error as GitError {
            #expect(error.diagnostic.message.contains(revision))
        }
    }

    @Test func headCommitCarriesMessageAndAuthor() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        let head = try #require(try repo.headCommit)
        #expect(head.id.hex == source.c2)
        #expect(head.summary == "second")
        #expect(head.parents.map(\.hex) == [source.c1])
        #expect(head.author.name == "Test User")
        #expect(head.author.email == "test@example.com")
    }

    @Test func discoverSearchesUpward() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository.discover(from: source.path + "/base", environment: source.gitEnvironment)
        #expect(repo.workingDirectory == source.path)
        #expect(repo.gitDirectory == source.path + "/.git")
        #expect(!repo.isBare)
    }

    @Test func openAtIsExact() throws {
        let source = try SourceRepo.shared()
        #expect(throws: GitError.notARepository(path: source.path + "/base")) {
            try GitRepository(at: source.path + "/base", environment: source.gitEnvironment)
        }
        let temp = TemporaryDirectory()
        #expect(throws: GitError.notARepository(path: temp.path)) {
            try GitRepository.discover(from: temp.path, environment: source.gitEnvironment)
        }
    }

    @Test func readTreeAtRevisions() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        let first = try repo.readTree(at: "v1.0.0")
        #expect(first.allFiles == ["/README.md", "/base/kustomization.yaml", "/run.sh"])
        #expect(try first.readText("/README.md") == "one\n")
        #expect(first.isDirectory("/base"))
        let second = try repo.readTree(at: "main")
        #expect(second.allFiles == ["/README.md", "/app/deploy.yaml", "/base/kustomization.yaml"])
        #expect(try second.readText("/README.md") == "two\n")
    }

    @Test func readBlobAtRevision() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.readText(path: "README.md", at: "HEAD~1") == "one\n")
        #expect(try repo.readText(path: "/base/kustomization.yaml", at: "light") == "resources:\n- cm.yaml\n")
        #expect(throws: GitError.pathNotFound(path: "app/deploy.yaml", revision: "v1.0.0")) {
            try repo.readBlob(path: "app/deploy.yaml", at: "v1.0.0")
        }
        #expect(throws: GitError.notAFile(path: "base", revision: "main")) {
            try repo.readBlob(path: "base", at: "main")
        }
    }

    @Test func changedPathsBetweenRevisions() throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.changedPaths(from: "v1.0.0", to: "v1.1.0") == ["README.md", "app/deploy.yaml", "run.sh"])
        #expect(try repo.changedPaths(from: "main", to: "feature") == ["README.md", "app/deploy.yaml", "feature.txt", "run.sh"])
        #expect(try repo.changedPaths(from: "HEAD", to: "HEAD").isEmpty)
    }

    @Test func configValuesAndRemoteURL() throws {
        let source = try SourceRepo()
        try source.git("remote", "add", "origin", "https://example.com/org/repo.git")
        try source.git("config", "bbctl.flavour", "local")
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.value(for: "user.name") == "Test User")   // from the temp HOME
        #expect(try repo.value(for: "bbctl.flavour") == "local")
        #expect(try repo.value(for: "bbctl.missing") == nil)
        #expect(try repo.remoteURL() == "https://example.com/org/repo.git")
        #expect(try repo.remoteURL(name: "upstream") == nil)
    }

    @Test func remoteURLHonoursInsteadOf() throws {
        let source = try SourceRepo()
        try source.git("remote", "add", "origin", "https://github.com/org/repo.git")
        try source.temp.write("home/.gitconfig", """
            [url "https://mirror.local/github/"]
            \tinsteadOf = https://github.com/
            """)
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.remoteURL() == "https://mirror.local/github/org/repo.git")
    }
}
