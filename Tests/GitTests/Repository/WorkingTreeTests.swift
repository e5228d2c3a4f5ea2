import FileSystem
import Foundation
import Git
import Testing

@Suite struct WorkingTreeTests {
    @Test func statusReportsNewModifiedDeletedAndSkipsIgnored() throws {
        let source = try SourceRepo()
        try source.temp.write("repo/.gitignore", "*.log\n")
        try source.git("add", ".gitignore")
        try source.git("commit", "-q", "-m", "ignore logs")
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.status.isClean)

        try source.temp.write("repo/README.md", "changed\n")
        try source.temp.write("repo/new/dir/file.yaml", "a: 1\n")
        try source.temp.write("repo/debug.log", "noise\n")
        try FileManager.default.removeItem(atPath: source.path + "/app/deploy.yaml")
        try source.temp.write("repo/staged.txt", "s\n")
        try source.git("add", "staged.txt")

        let status = try repo.status
        #expect(status.modifiedPaths == ["README.md"])
        #expect(status.newPaths == ["new/dir/file.yaml", "staged.txt"])
        #expect(status.deletedPaths == ["app/deploy.yaml"])
        #expect(!status.entries.contains { $0.path == "debug.log" })
        #expect(status.entries.first { $0.path == "staged.txt" }?.staged == true)
        #expect(status.entries.first { $0.path == "README.md" }?.unstaged == true)
    }

    @Test func changedPathsSinceARevisionIncludeTheWorkingTree() throws {
        let source = try SourceRepo()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(try repo.changedPaths(since: "HEAD").isEmpty)
        try source.temp.write("repo/.gitignore", "*.log\n")
        try source.temp.write("repo/dev/values.yaml", "a: 1\n")
        try source.temp.write("repo/x.log", "noise\n")
        try source.temp.write("repo/base/kustomization.yaml", "resources: []\n")
        try source.git("add", "base/kustomization.yaml")
        #expect(try repo.changedPaths(since: "HEAD") == [".gitignore", "base/kustomization.yaml", "dev/values.yaml"])
        #expect(try repo.changedPaths(since: "v1.0.0") == [".gitignore", "README.md", "app/deploy.yaml", "base/kustomization.yaml", "dev/values.yaml", "run.sh"])
    }

    @Test func commitAllWithTrailers() throws {
        let source = try SourceRepo()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        try source.temp.write("repo/README.md", "three\n")
        try source.temp.write("repo/extra.txt", "x\n")
        try FileManager.default.removeItem(atPath: source.path + "/app/deploy.yaml")
        let id = try repo.commit(message: "Promote dev to staging\n\n", trailers: [GitTrailer("Promoted-By", "bbctl")])
        #expect(try repo.status.isClean)
        #expect(try source.git("rev-parse", "HEAD") == id.hex)
        #expect(try source.git("log", "-1", "--format=%B") == "Promote dev to staging\n\nPromoted-By: bbctl")
        #expect(try source.git("log", "-1", "--format=%an <%ae>") == "Test User <test@example.com>")
        #expect(try repo.changedPaths(from: "HEAD~1") == ["README.md", "app/deploy.yaml", "extra.txt"])
        #expect(try source.git("status", "--porcelain").isEmpty)
    }

    @Test func trailersJoinAnExistingTrailerBlock() throws {
        let source = try SourceRepo()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        try source.temp.write("repo/README.md", "three\n")
        try repo.commit(message: "Bump\n\nBody text.\n\nSigned-off-by: A <a@b>", trailers: [GitTrailer("Env", "dev")])
        #expect(try source.git("log", "-1", "--format=%B") == "Bump\n\nBody text.\n\nSigned-off-by: A <a@b>\nEnv: dev")
        #expect(try source.git("log", "-1", "--format=%(trailers:key=Env,valueonly)") == "dev")
    }

    @Test func commitOnlySelectedPaths() throws {
        let source = try SourceRepo()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        try source.temp.write("repo/README.md", "three\n")
        try source.temp.write("repo/base/values.yaml", "a: 1\n")
        try repo.commit(.paths(["base", source.path + "/app/deploy.yaml"]), message: "only base")
        #expect(try repo.changedPaths(from: "HEAD~1") == ["base/values.yaml"])
        #expect(try repo.status.modifiedPaths == ["README.md"])
        try FileManager.default.removeItem(atPath: source.path + "/app/deploy.yaml")
        try repo.commit(.paths(["app/deploy.yaml"]), message: "drop deploy")
        #expect(try repo.changedPaths(from: "HEAD~1") == ["app/deploy.yaml"])
    }

    @Test func commitWithNothingStagedFails() throws {
        let source = try SourceRepo()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        #expect(throws: GitError.nothingToCommit) { try repo.commit(message: "empty") }
    }

    @Test func commitNeedsAnIdentity() throws {
        let temp = TemporaryDirectory()
        let env = GitEnvironment(isolatedEnvironment(home: temp.path + "/home"))
        let repo = try GitRepository.create(at: temp.path + "/fresh", initialBranch: "main", environment: env)
        try temp.write("fresh/a.txt", "a\n")
        #expect(throws: GitError.missingIdentity(missing: "user.name")) { try repo.commit(message: "first") }
        try temp.write("home/.gitconfig", "[user]\n\tname = Only Name\n")
        #expect(throws: GitError.missingIdentity(missing: "user.email")) { try repo.commit(message: "first") }
        try temp.write("home/.gitconfig", "[user]\n\tname = Only Name\n\temail = n@example.com\n")
        try FileManager.default.removeItem(atPath: temp.path + "/fresh/a.txt")
        #expect(throws: GitError.nothingToCommit) { try repo.commit(message: "first") }
    }

    @Test func createThenFirstCommit() throws {
        let temp = TemporaryDirectory()
        try temp.write("home/.gitconfig", "[user]\n\tname = New\n\temail = new@example.com\n")
        let env = GitEnvironment(isolatedEnvironment(home: temp.path + "/home"))
        let repo = try GitRepository.create(at: temp.path + "/a/b/fresh", initialBranch: "trunk", environment: env)
        #expect(try repo.headCommit == nil)
        try temp.write("a/b/fresh/kustomization.yaml", "resources: []\n")
        let id = try repo.commit(message: "init")
        #expect(try repo.headCommit?.id == id)
        #expect(try repo.headCommit?.parents == [])
        #expect(try repo.resolve("trunk") == id)
        let bare = try GitRepository.create(at: temp.path + "/bare.git", bare: true, environment: env)
        #expect(bare.isBare)
        #expect(bare.workingDirectory == nil)
    }

    @Test func concurrentReadsOnOneRepository() async throws {
        let source = try SourceRepo.shared()
        let repo = try GitRepository(at: source.path, environment: source.gitEnvironment)
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<16 {
                group.addTask { try repo.resolve(i % 2 == 0 ? "v1.0.0" : "main").hex }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(results) == [source.c1, source.c2])
    }
}
