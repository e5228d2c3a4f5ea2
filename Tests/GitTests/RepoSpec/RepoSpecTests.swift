import Git
import Testing

/// One parse expectation: input → host, repository path, kustomization path, ref.
struct RepoSpecRow: CustomTestStringConvertible, Sendable {
    var input: String
    var host: String
    var repoPath: String
    var path: String = ""
    var ref: String = ""
    var clone: String? = nil
    var testDescription: String { input }
}

@Suite struct RepoSpecTests {
    static let rows: [RepoSpecRow] = [
        // GitHub in its many spellings collapses to https:// or git@github.com:.
        .init(input: "https://github.com/org/repo.git//path?ref=v1", host: "https://github.com/", repoPath: "org/repo.git", path: "path", ref: "v1"),
        .init(input: "github.com/org/repo/deploy/base?ref=main", host: "https://github.com/", repoPath: "org/repo", path: "deploy/base", ref: "main"),
        .init(input: "GitHub.com/org/repo", host: "https://github.com/", repoPath: "org/repo"),
        .init(input: "github.com:org/repo/dir", host: "https://github.com/", repoPath: "org/repo", path: "dir"),
        .init(input: "http://github.com/org/repo/dir", host: "https://github.com/", repoPath: "org/repo", path: "dir", clone: "https://github.com/org/repo"),
        .init(input: "hTTps://github.com/org/repo", host: "https://github.com/", repoPath: "org/repo"),
        .init(input: "git::https://github.com/org/repo//a/b?ref=v2", host: "https://github.com/", repoPath: "org/repo", path: "a/b", ref: "v2"),
        .init(input: "git@github.com:org/repo.git/dir", host: "git@github.com:", repoPath: "org/repo.git", path: "dir"),
        .init(input: "git@github.com/org/repo/dir", host: "git@github.com:", repoPath: "org/repo", path: "dir", clone: "git@github.com:org/repo"),
        .init(input: "git::git@github.com:org/repo", host: "git@github.com:", repoPath: "org/repo"),
        .init(input: "ssh://git@github.com/org/repo//x/y?ref=v1.0.6", host: "git@github.com:", repoPath: "org/repo", path: "x/y", ref: "v1.0.6"),
        .init(input: "ssh://team-42@github.com/org/repo", host: "team-42@github.com:", repoPath: "org/repo"),
        .init(input: "team-42@github.com/org/repo", host: "team-42@github.com:", repoPath: "org/repo"),
        .init(input: "https://github.com/org/repo//dir/sub/?ref=v1", host: "https://github.com/", repoPath: "org/repo", path: "dir/sub/", ref: "v1"),
        // Other hosts keep scheme, user and port.
        .init(input: "https://gitlab.example.com/group/sub/project.git//deploy?ref=release/1.2",
              host: "https://gitlab.example.com/", repoPath: "group/sub/project.git", path: "deploy", ref: "release/1.2"),
        .init(input: "ssh://git.example.com:7999/team/repo/dir", host: "ssh://git.example.com:7999/", repoPath: "team/repo", path: "dir"),
        .init(input: "ssh://git@bitbucket.org/team/project.git//base?ref=b", host: "ssh://git@bitbucket.org/", repoPath: "team/project.git", path: "base", ref: "b"),
        .init(input: "ssh://deploy@ssh.github.com:443/me/thing.git", host: "ssh://deploy@ssh.github.com:443/", repoPath: "me/thing.git"),
        .init(input: "git@gitlab.com:group/project", host: "git@gitlab.com:", repoPath: "group/project"),
        .init(input: "git@gitlab.internal:infra/k8s/base.git?ref=v0.1.0", host: "git@gitlab.internal:", repoPath: "infra/k8s/base.git", ref: "v0.1.0"),
        .init(input: "git@bitbucket.org/team/project.git//path?ref=b", host: "git@bitbucket.org/", repoPath: "team/project.git", path: "path", ref: "b"),
        .init(input: "git@gitlab.com/user:name/repo.git/dir", host: "git@gitlab.com/", repoPath: "user:name/repo.git", path: "dir"),
        .init(input: "git@gist.github.com:abc123.git", host: "git@gist.github.com:", repoPath: "abc123.git"),
        .init(input: "https://gist.github.com/abc123.git", host: "https://gist.github.com/", repoPath: "abc123.git"),
        .init(input: "http://me@example.com/a/b.git//c?ref=d", host: "http://me@example.com/", repoPath: "a/b.git", path: "c", ref: "d"),
        .init(input: "https://example.org/deep/path/to/repo//overlays/dev", host: "https://example.org/", repoPath: "deep/path/to/repo", path: "overlays/dev"),
        .init(input: "https://example.org/deep/path/repo.git/overlays/dev", host: "https://example.org/", repoPath: "deep/path/repo.git", path: "overlays/dev"),
        .init(input: "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/dir?ref=x", host: "https://git-codecommit.us-east-1.amazonaws.com/", repoPath: "v1/repos", path: "dir", ref: "x"),
        // Azure DevOps `_git/`: the repository is the segment after the marker.
        .init(input: "https://dev.azure.com/org/project/_git/repo", host: "https://dev.azure.com/", repoPath: "org/project/_git/repo"),
        .init(input: "https://me@dev.azure.com/org/project/_git/repo//k/root", host: "https://me@dev.azure.com/", repoPath: "org/project/_git/repo", path: "k/root"),
        .init(input: "https://org.visualstudio.com/project/_git/repo/some/dir?version=v3", host: "https://org.visualstudio.com/", repoPath: "project/_git/repo", path: "some/dir", ref: "v3"),
        // Markers inside the query do not count.
        .init(input: "https://host/org/repo?ref=group/version", host: "https://host/", repoPath: "org/repo", ref: "group/version"),
        .init(input: "https://host/org/repo/?ref=x_git/y", host: "https://host/", repoPath: "org/repo", ref: "x_git/y"),
        .init(input: "https://host/org/repo/?ref=x.git/y", host: "https://host/", repoPath: "org/repo", ref: "x.git/y"),
        .init(input: "https://host/org/repo/%-not-a-url/x", host: "https://host/", repoPath: "org/repo", path: "%-not-a-url/x"),
        // file:// takes the whole path as the repository unless a marker splits it.
        .init(input: "file:///srv/mirror/bigbang?ref=2.0.0", host: "file://", repoPath: "/srv/mirror/bigbang", ref: "2.0.0", clone: "file:///srv/mirror/bigbang"),
        .init(input: "file:///srv/mirror/bigbang//base", host: "file://", repoPath: "/srv/mirror/bigbang", path: "base"),
        .init(input: "file:///srv/mirror/bigbang.git/base?ref=t", host: "file://", repoPath: "/srv/mirror/bigbang.git", path: "base", ref: "t"),
        .init(input: "file://rel/repo//dir", host: "file://", repoPath: "rel/repo", path: "dir"),
        .init(input: "file://git@home/repo.git//dir?ref=b", host: "file://", repoPath: "git@home/repo.git", path: "dir", ref: "b"),
        .init(input: "file:///", host: "file://", repoPath: "/"),
        // ref versus version.
        .init(input: "https://host/org/repo?version=v1&ref=v2", host: "https://host/", repoPath: "org/repo", ref: "v2"),
        .init(input: "https://host/org/repo?version=v1&ref=", host: "https://host/", repoPath: "org/repo", ref: "v1"),
        .init(input: "https://host/org/repo?ref=a%2Fb", host: "https://host/", repoPath: "org/repo", ref: "a/b"),
        .init(input: "https://host/org/repo?ref=v1;x=y", host: "https://host/", repoPath: "org/repo", ref: ""),
    ]

    @Test(arguments: rows)
    func parses(row: RepoSpecRow) throws {
        let spec = try RepoSpec(row.input)
        #expect(spec.host == row.host)
        #expect(spec.repoPath == row.repoPath)
        #expect(spec.path == row.path)
        #expect(spec.ref == row.ref)
        #expect(spec.cloneURL == (row.clone ?? row.host + row.repoPath))
        #expect(isRemoteResource(row.input))
    }

    @Test(arguments: [
        ("/tmp/base", "uri looks like abs path"),
        ("../../base", "failed to parse scheme"),
        ("base/overlay", "failed to parse scheme"),
        ("src/github.com/org/repo/path", "failed to parse scheme"),
        ("justaword", "failed to parse scheme"),
        ("htxxxtp://github.com/", "failed to parse scheme"),
        ("ssh://git.example.com", "failed to parse repo path segment"),
        ("git::___", "failed to parse scheme"),
        ("https://host?ref=group/version/minor", "failed to parse repo path segment"),
        ("https://github.com/org/repo.git//path/../../escape", "url path exits repo"),
        ("github.com!org/repo.git//path", "failed to parse scheme"),
        ("gh:org/repo", "failed to parse scheme"),
        ("https://github.com/only-one.yaml", "failed to parse repo path segment"),
        ("file:////tmp//path", "failed to parse repo path segment"),
        ("git@scp://github.com/org/repo.git//path", "failed to parse repo path segment"),
        ("git@ssh://github.com/org/repo.git//path", "failed to parse repo path segment"),
        ("deployment.yaml", "failed to parse scheme"),
    ])
    func rejects(input: String, message: String) {
        #expect(!isRemoteResource(input))
        do {
            _ = try RepoSpec(input)
            Issue.record("\(input) parsed")
        } catch let error as GitError {
            #expect(error.diagnostic.message.contains(message))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// kustomize's permutation test: every host spelling × repository × path × ref.
    @Test func permutations() throws {
        let hosts: [(String, String)] = [
            ("gitHub.com/", "https://github.com/"), ("github.com:", "https://github.com/"),
            ("http://github.com/", "https://github.com/"), ("hTTps://github.com/", "https://github.com/"),
            ("https://git-codecommit.us-east-2.amazonaws.com/", "https://git-codecommit.us-east-2.amazonaws.com/"),
            ("ssh://git.example.com:7999/", "ssh://git.example.com:7999/"),
            ("git::https://gitlab.com/", "https://gitlab.com/"), ("git::http://git.example.com/", "http://git.example.com/"),
            ("git@github.com:", "git@github.com:"), ("git@github.com/", "git@github.com:"),
            ("git::git@github.com:", "git@github.com:"), ("org-12345@github.com/", "org-12345@github.com:"),
        ]
        for (raw, normalized) in hosts {
            for repo in ["someOrg/someRepo", "kubernetes/website"] {
                for path in ["README.md", "foo/krusty.txt", ""] {
                    for ref in ["group/version", "someBranch", "v0.1.0", ""] {
                        let url = raw + repo + (path.isEmpty ? "" : "/" + path) + (ref.isEmpty ? "" : "?ref=" + ref)
                        let spec = try RepoSpec(url)
                        #expect(spec.host == normalized, "\(url)")
                        #expect(spec.repoPath == repo, "\(url)")
                        #expect(spec.path == path, "\(url)")
                        #expect(spec.ref == ref, "\(url)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("", "", 27.0, true),
        ("ref=v1.0.0", "v1.0.0", 27, true),
        ("version=master&ref=v1", "v1", 27, true),
        ("version=master&submodules=", "master", 27, true),
        ("version=master&submodules=maybe", "master", 27, true),
        ("version=master&submodules=false", "master", 27, false),
        ("submodules=F", "", 27, false),
        ("submodules=1", "", 27, true),
        ("timeout=jiffy", "", 27, true),
        ("timeout=0", "", 27, true),
        ("timeout=0s", "", 27, true),
        ("timeout=-5", "", 27, true),
        ("timeout=61", "", 61, true),
        ("timeout=1m1s", "", 61, true),
        ("timeout=1.5s", "", 1.5, true),
        ("timeout=500ms", "", 0.5, true),
        ("version=master&submodules=false&timeout=1m1s", "master", 61, false),
        ("ref=v1&timeout=%zz", "", 27, true),
    ])
    func query(query: String, ref: String, seconds: Double, submodules: Bool) throws {
        let spec = try RepoSpec("https://host/org/repo" + (query.isEmpty ? "" : "?" + query))
        #expect(spec.ref == ref)
        let expected = Duration.nanoseconds(Int64((seconds * 1e9).rounded()))
        #expect(spec.timeout == expected)
        #expect(spec.submodules == submodules)
    }

    @Test func forcedGitProtocolIsNoted() throws {
        #expect(try RepoSpec("git::https://gitlab.com/a/b").hadForcedGitProtocol)
        #expect(try !RepoSpec("https://gitlab.com/a/b").hadForcedGitProtocol)
    }

    @Test(arguments: [("https://example.com/x.yaml", true), ("HTTP://x/y", true), ("file:///x", false), ("x.yaml", false)])
    func remoteFiles(entry: String, expected: Bool) {
        #expect(isRemoteFile(entry) == expected)
    }
}

@Suite struct RepoSpecFuzzTests {
    /// Random mixes of the characters the parser cares about: it must answer or throw, never trap.
    @Test func randomInputsNeverCrash() {
        let alphabet = Array("ab:/@.?&=%;_-+gitGHhs~\\ 0é")
        let pieces = ["git::", "https://", "ssh://", "file://", "github.com", "_git/", "//", ".git", "?ref=", "%", "..", "git@"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % 1_000_003)
        }
        var parsed = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(next() % 12) {
                text += next() % 3 == 0 ? pieces[next() % pieces.count] : String(alphabet[next() % alphabet.count])
            }
            if let spec = try? RepoSpec(text) {
                parsed += 1
                #expect(!spec.repoPath.isEmpty)
                #expect(!spec.path.hasPrefix("/"))
            }
        }
        #expect(parsed > 0)
    }
}
