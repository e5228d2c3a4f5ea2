import Foundation
import Git
import Testing

@Suite struct GitSourceCacheTests {
    /// A source repository plus an empty cache, sharing the isolated HOME.
    struct Fixture {
        let source: SourceRepo
        let cacheDir = TemporaryDirectory("bbctl-cache")
        /// `shared` reuses one source repository; tests that change the source pass false.
        init(shared: Bool = true) throws { source = shared ? try SourceRepo.shared() : try SourceRepo() }

        func cache(offline: Bool = false) -> GitSourceCache {
            GitSourceCache(root: cacheDir.path, offline: offline, environment: source.gitEnvironment)
        }

        func read(_ src: GitSource, _ file: String) throws -> String {
            try String(contentsOfFile: src.directory + "/" + file, encoding: .utf8)
        }
    }

    @Test(arguments: [
        (GitReference.defaultBranch, \SourceRepo.c2),
        (.name("v1.0.0"), \SourceRepo.c1),
        (.name("light"), \SourceRepo.c1),
        (.name("feature"), \SourceRepo.c3),
        (.name("main"), \SourceRepo.c2),
        (.branch("feature"), \SourceRepo.c3),
        (.tag("v1.1.0"), \SourceRepo.c2),
        (.semver("~1.0"), \SourceRepo.c1),
        (.semver(">=1.0.0"), \SourceRepo.c2),
        (.semver("1.0.0 - 1.0.9 || 0.x"), \SourceRepo.c1),
    ])
    func materialisesFileURL(ref: GitReference, expected: KeyPath<SourceRepo, String>) throws {
        let f = try Fixture()
        let src = try f.cache().source(url: "file://" + f.source.path, ref: ref)
        #expect(src.commit.hex == f.source[keyPath: expected])
        #expect(src.directory.hasSuffix("/" + src.commit.hex))
        #expect(try f.read(src, "README.md") == (src.commit.hex == f.source.c2 ? "two\n" : "one\n"))
    }

    @Test func commitIDsFullAndAbbreviated() throws {
        let f = try Fixture()
        let cache = f.cache()
        #expect(try cache.source(url: f.source.path, ref: .commit(f.source.c1)).commit.hex == f.source.c1)
        #expect(try cache.source(url: f.source.path, ref: .name(String(f.source.c3.prefix(10)))).commit.hex == f.source.c3)
    }

    @Test func checkoutKeepsModesAndContent() throws {
        let f = try Fixture()
        let src = try f.cache().source(url: f.source.path, ref: .name("v1.0.0"))
        #expect(try f.read(src, "base/kustomization.yaml") == "resources:\n- cm.yaml\n")
        #expect(FileManager.default.isExecutableFile(atPath: src.directory + "/run.sh"))
        #expect(!FileManager.default.fileExists(atPath: src.directory + "/app"))
        #expect(!FileManager.default.fileExists(atPath: src.directory + "/.git"))
    }

    @Test func cacheFirstNeedsNoRemoteAfterwards() throws {
        let f = try Fixture(shared: false)
        let url = "file://" + f.source.path
        let first = try f.cache().source(url: url, ref: .name("v1.0.0"))
        try FileManager.default.moveItem(atPath: f.source.path, toPath: f.source.path + "-gone")
        // Fixed refs, default branch and even other refs fetched earlier come from the cache.
        #expect(try f.cache().source(url: url, ref: .name("v1.0.0")) == first)
        #expect(try f.cache(offline: true).source(url: url, ref: .name("v1.1.0")).commit.hex == f.source.c2)
        #expect(try f.cache(offline: true).source(url: url, ref: .defaultBranch).commit.hex == f.source.c2)
        // A ref the cache never saw needs the (now missing) remote.
        #expect(throws: GitError.self) { try f.cache().source(url: url, ref: .name("v9")) }
    }

    @Test func fetchesAgainForARefTheCacheLacks() throws {
        let f = try Fixture(shared: false)
        let cache = f.cache()
        _ = try cache.source(url: f.source.path, ref: .name("v1.0.0"))
        try f.source.git("tag", "v2.0.0", f.source.c3)
        #expect(try cache.source(url: f.source.path, ref: .name("v2.0.0")).commit.hex == f.source.c3)
        #expect(try cache.source(url: f.source.path, ref: .semver("^2")).commit.hex == f.source.c3)
    }

    @Test func otherFullRefNamesAreFetchedOneByOne() throws {
        let f = try Fixture(shared: false)
        try f.source.git("update-ref", "refs/pull/7/head", f.source.c3)
        #expect(try f.cache().source(url: f.source.path, ref: .name("refs/pull/7/head")).commit.hex == f.source.c3)
        #expect(try f.cache(offline: true).source(url: f.source.path, ref: .name("refs/pull/7/head")).commit.hex == f.source.c3)
    }

    @Test func refreshMovesBranches() throws {
        let f = try Fixture(shared: false)
        let cache = f.cache()
        #expect(try cache.source(url: f.source.path, ref: .branch("feature")).commit.hex == f.source.c3)
        try f.source.git("checkout", "-q", "feature")
        try f.source.temp.write("repo/more.txt", "more\n")
        try f.source.git("add", "-A")
        try f.source.git("commit", "-q", "-m", "more")
        let tip = try f.source.git("rev-parse", "HEAD")
        #expect(try cache.source(url: f.source.path, ref: .branch("feature")).commit.hex == f.source.c3)
        #expect(try cache.source(url: f.source.path, ref: .name("feature")).commit.hex == f.source.c3)
        #expect(try cache.source(url: f.source.path, ref: .name("feature"), refresh: true).commit.hex == tip)
        #expect(try cache.source(url: f.source.path, ref: .branch("feature")).commit.hex == tip)
        // Offline never fetches, refresh or not.
        #expect(try f.cache(offline: true).source(url: f.source.path, ref: .branch("feature"), refresh: true).commit.hex == tip)
    }

    @Test func offlineWithEmptyCacheNamesURLAndRef() throws {
        let f = try Fixture()
        let url = "https://git.example.invalid/org/bigbang.git"
        #expect(throws: GitError.offlineSourceMissing(url: url, ref: "2.3.0")) {
            try f.cache(offline: true).source(url: url, ref: .name("2.3.0"))
        }
        do {
            _ = try f.cache(offline: true).source(url: url, ref: .name("2.3.0"))
        } catch let error as GitError {
            let message = error.diagnostic.message
            #expect(message.contains(url) && message.contains("2.3.0") && message.contains("offline"))
        }
        // Nothing was created for it.
        #expect(!FileManager.default.fileExists(atPath: f.cacheDir.path + "/checkouts"))
    }

    @Test func offlineWithCachedRepoButMissingRef() throws {
        let f = try Fixture()
        _ = try f.cache().source(url: f.source.path, ref: .defaultBranch)
        #expect(throws: GitError.offlineSourceMissing(url: f.source.path, ref: "v7")) {
            try f.cache(offline: true).source(url: f.source.path, ref: .name("v7"))
        }
    }

    @Test func unknownRefOnlineIsReferenceNotFound() throws {
        let f = try Fixture()
        #expect(throws: GitError.referenceNotFound(url: f.source.path, ref: "nope")) {
            try f.cache().source(url: f.source.path, ref: .name("nope"))
        }
        #expect(throws: GitError.referenceNotFound(url: f.source.path, ref: "semver:>=5")) {
            try f.cache().source(url: f.source.path, ref: .semver(">=5"))
        }
    }

    @Test func unreachableRemoteIsFetchFailed() throws {
        let f = try Fixture()
        let missing = f.cacheDir.path + "/no-such-repo"
        do {
            _ = try f.cache().source(url: missing, ref: .defaultBranch)
            Issue.record("fetched a missing repository")
        } catch let error as GitError {
            guard case .fetchFailed(let url, let message) = error else { Issue.record("\(error)"); return }
            #expect(url == missing)
            // libgit2's own message, and the libgit2 function that failed.
            #expect(message.contains("(git_remote_"))
            #expect(error.diagnostic.message.hasPrefix("git fetch \(missing): "))
        }
    }

    @Test func insteadOfFromGlobalConfigPointsAtAMirror() throws {
        let f = try Fixture(shared: false)
        try f.source.temp.write("home/.gitconfig", """
            [url "file://\(f.source.temp.path)/"]
            \tinsteadOf = https://git.example.invalid/
            [url "file:///nowhere/"]
            \tinsteadOf = https://git.example.invalid/other/
            """)
        let url = "https://git.example.invalid/repo"
        let src = try f.cache().source(url: url, ref: .name("v1.1.0"))
        #expect(src.fetchURL == "file://\(f.source.temp.path)/repo")
        #expect(src.url == url)
        #expect(src.commit.hex == f.source.c2)
    }

    @Test func insteadOfFromXDGConfig() throws {
        let f = try Fixture(shared: false)
        let xdg = f.source.temp.path + "/xdg"
        try f.source.temp.write("xdg/git/config", "[url \"\(f.source.path)\"]\n\tinsteadOf = https://mirror.invalid/bb\n")
        var env = f.source.env
        env["XDG_CONFIG_HOME"] = xdg
        let cache = GitSourceCache(root: f.cacheDir.path, offline: false, environment: GitEnvironment(env))
        #expect(try cache.source(url: "https://mirror.invalid/bb", ref: .name("light")).commit.hex == f.source.c1)
    }

    @Test func repoSpecEndToEnd() throws {
        let f = try Fixture()
        let spec = try RepoSpec("file://\(f.source.path)//base?ref=v1.0.0")
        let src = try f.cache().source(for: spec)
        #expect(src.commit.hex == f.source.c1)
        #expect(try f.read(src, spec.path + "/kustomization.yaml") == "resources:\n- cm.yaml\n")
    }

    @Test func kustomizationRootForRemoteResources() throws {
        let f = try Fixture()
        let cache = f.cache()
        let root = try cache.kustomizationRoot(for: "file://\(f.source.path)//base?ref=v1.0.0")
        #expect(root.hasSuffix("/\(f.source.c1)/base"))
        #expect(try String(contentsOfFile: root + "/kustomization.yaml", encoding: .utf8) == "resources:\n- cm.yaml\n")
        #expect(try cache.kustomizationRoot(for: "file://\(f.source.path)?ref=feature").hasSuffix("/\(f.source.c3)"))
        #expect(throws: GitError.pathNotFound(path: "app", revision: "file://\(f.source.path)@v1.0.0")) {
            try cache.kustomizationRoot(for: "file://\(f.source.path)//app?ref=v1.0.0")
        }
        #expect(throws: GitError.self) { try cache.kustomizationRoot(for: "base/overlay") }
    }

    @Test func concurrentRequestsShareOneCheckout() async throws {
        let f = try Fixture()
        let url = "file://" + f.source.path
        let root = f.cacheDir.path, env = f.source.gitEnvironment
        let refs: [GitReference] = [.name("v1.0.0"), .name("v1.0.0"), .name("main"), .name("v1.0.0"), .branch("feature"), .name("main")]
        let results = try await withThrowingTaskGroup(of: GitSource.self) { group in
            for ref in refs {
                // A cache object per task, as separate renders would have.
                group.addTask { try GitSourceCache(root: root, offline: false, environment: env).source(url: url, ref: ref) }
            }
            return try await group.reduce(into: [GitSource]()) { $0.append($1) }
        }
        #expect(Set(results.map(\.directory)).count == 3)
        for src in results {
            let expected = src.commit.hex == f.source.c2 ? "two\n" : "one\n"
            #expect(try f.read(src, "README.md") == expected)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: Set(results.map { ($0.directory as NSString).deletingLastPathComponent }).first ?? "")
        #expect(leftovers.allSatisfy { !$0.hasPrefix(".tmp-") })
    }

    @Test func twoThreadsResolvingAtOnce() throws {
        let f = try Fixture()
        let cache = f.cache()
        let url = f.source.path
        let box = ResultBox()
        let threads = (0..<2).map { i in
            Thread {
                box.append(Result { try cache.source(url: url, ref: .name(i == 0 ? "v1.0.0" : "v1.1.0")).commit.hex })
            }
        }
        threads.forEach { $0.start() }
        while box.count < 2 { usleep(10_000) }
        #expect(Set(try box.values.map { try $0.get() }) == [f.source.c1, f.source.c2])
    }

    @Test func submodulesComeFromTheCacheToo() throws {
        let f = try Fixture(shared: false)
        let temp = f.source.temp
        let subPath = temp.path + "/subrepo"
        try temp.write("subrepo/values.yaml", "sub: true\n")
        try runGit(["init", "-q", "-b", "main"], in: subPath, environment: f.source.env)
        try runGit(["add", "-A"], in: subPath, environment: f.source.env)
        try runGit(["commit", "-q", "-m", "sub"], in: subPath, environment: f.source.env)
        try f.source.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", subPath, "vendor/sub")
        // Relative URLs resolve against the superproject's URL, as git does.
        try f.source.git("config", "-f", ".gitmodules", "submodule.vendor/sub.url", "../subrepo")
        try f.source.git("add", "-A")
        try f.source.git("commit", "-q", "-m", "add submodule")
        let tip = try f.source.git("rev-parse", "HEAD")

        let url = "file://" + f.source.path
        let with = try f.cache().source(url: url, ref: .name("main"))
        #expect(with.commit.hex == tip)
        #expect(try f.read(with, "vendor/sub/values.yaml") == "sub: true\n")
        let without = try f.cache().source(url: url, ref: .name("main"), submodules: false)
        #expect(without.directory != with.directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: without.directory + "/vendor/sub").isEmpty)
        let spec = try RepoSpec("file://\(f.source.path)//vendor?ref=main&submodules=false")
        #expect(try f.cache().source(for: spec).directory == without.directory)
        #expect(try f.cache(offline: true).source(url: url, ref: .name("main")).directory == with.directory)
    }

    @Test func remoteRepositoryMayNotPullLocalSubmodules() throws {
        let f = try Fixture(shared: false)
        let temp = f.source.temp
        let subPath = temp.path + "/secret"
        try temp.write("secret/key.txt", "secret\n")
        try runGit(["init", "-q", "-b", "main"], in: subPath, environment: f.source.env)
        try runGit(["add", "-A"], in: subPath, environment: f.source.env)
        try runGit(["commit", "-q", "-m", "secret"], in: subPath, environment: f.source.env)
        try f.source.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", subPath, "vendor/secret")
        try f.source.git("commit", "-q", "-m", "absolute local submodule")
        // The superproject looks remote (an https URL served from a mirror via insteadOf).
        try temp.write("home/.gitconfig", "[url \"\(temp.path)/\"]\n\tinsteadOf = https://git.example.invalid/\n")
        do {
            _ = try f.cache().source(url: "https://git.example.invalid/repo", ref: .name("main"))
            Issue.record("a remote repository pulled in a local submodule")
        } catch let error as GitError {
            #expect(error.diagnostic.message.contains("refusing local submodule URL '\(subPath)'"))
        }
        #expect(try f.cache().source(url: "https://git.example.invalid/repo", ref: .name("main"), submodules: false).commit.hex
                == f.source.git("rev-parse", "HEAD"))
    }

    @Test(arguments: [
        (["BBCTL_CACHE": "/var/cache/bb"], "/var/cache/bb/git"),
        (["BBCTL_CACHE": "/var/cache/bb/", "HOME": "/home/u"], "/var/cache/bb/git"),
        (["XDG_CACHE_HOME": "/x", "HOME": "/home/u"], "/x/bbctl/git"),
        (["HOME": "/home/u"], "/home/u/.cache/bbctl/git"),
    ])
    func defaultRoot(env: [String: String], expected: String) {
        #expect(GitSourceCache.defaultRoot(environment: GitEnvironment(env)) == expected)
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<String, Error>] = []
    func append(_ r: Result<String, Error>) { lock.lock(); storage.append(r); lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return storage.count }
    var values: [Result<String, Error>] { lock.lock(); defer { lock.unlock() }; return storage }
}
