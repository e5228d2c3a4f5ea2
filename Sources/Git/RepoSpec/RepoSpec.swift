/// A kustomize remote resource (`resources: [https://github.com/org/repo//dir?ref=v1]`) split
/// into what to clone, which ref, and the kustomization root inside the clone.
/// Parsing matches kustomize v5.7.1 `api/internal/git/repospec.go` `NewRepoSpecFromURL`,
/// including the quirks its tests pin down (github.com normalisation, `_git/`, `//` and
/// `.git` markers, two-segment default repo path, scp-style `user@host:path`).
public struct RepoSpec: Hashable, Sendable {
    /// The text as written in the kustomization.
    public var raw: String
    /// Scheme, user and host with their trailing separator: `https://github.com/`,
    /// `git@github.com:`, `file://`.
    public var host: String
    /// Path of the repository on the host: `org/repo`, `org/repo.git`, `/abs/path`.
    public var repoPath: String
    /// Directory of the kustomization inside the repository; empty for its root.
    public var path: String
    /// `?ref=` (or `?version=`); empty means the remote's default branch.
    public var ref: String
    /// `?submodules=`; true unless turned off.
    public var submodules: Bool
    /// `?timeout=`: whole seconds or a Go duration; 27s by default.
    public var timeout: Duration
    /// The URL had the go-getter `git::` prefix, which kustomize strips with a warning.
    public var hadForcedGitProtocol: Bool

    public static let defaultTimeout: Duration = .seconds(27)

    /// What to hand to `git clone`.
    public var cloneURL: String { host + repoPath }

    /// Parses a remote resource URL; throws `GitError.invalidRepoSpec` with kustomize's
    /// message when the text is not one (callers use that to treat it as a local path).
    public init(_ text: String) throws {
        func fail(_ message: String) -> GitError { .invalidRepoSpec(url: text, reason: message) }
        raw = text
        if text.hasPrefix("/") { throw fail("uri looks like abs path: \(text)") }

        // "?" only ever starts the query (RFC 3986), so cut there first.
        let (beforeQuery, query) = cut(text, at: "?")
        let parsed = RepoSpecQuery(query)
        ref = parsed.ref
        timeout = parsed.timeout
        submodules = parsed.submodules

        var rest = beforeQuery
        hadForcedGitProtocol = trimPrefixIgnoringCase(&rest, "git::")
        let scheme = extractScheme(&rest)
        let username = extractUsername(&rest)
        let standardGithub = rest.lowercased().hasPrefix("github.com/") || rest.lowercased().hasPrefix("github.com:")
        // scp-style `user@host:path`: no scheme; kustomize requires a user except on GitHub.
        let acceptSCP = scheme.isEmpty && (!username.isEmpty || standardGithub)
        if scheme.isEmpty && !acceptSCP { throw fail("failed to parse scheme") }

        var pathPart: String
        if scheme == "file://" {
            // Everything after file:// is the local path, even something that looked like a user.
            host = scheme
            pathPart = username + rest
        } else {
            var hostPart = rest
            pathPart = ""
            if let sep = pathSeparatorIndex(rest, acceptSCP: acceptSCP) {
                hostPart = String(rest[...sep])
                pathPart = String(rest[rest.index(after: sep)...])
            }
            var scheme = scheme, username = username
            if standardGithub {
                if scheme.hasPrefix("ssh://") || !username.isEmpty {
                    scheme = ""
                    hostPart = "github.com:"
                } else {
                    scheme = "https://"
                    username = ""
                    hostPart = "github.com/"
                }
            }
            if hostPart.isEmpty { throw fail("failed to parse host segment") }
            host = scheme + username + hostPart
        }

        let split = splitRepoPath(pathPart, takeAll: host.hasPrefix("file://"))
        guard let split, !split.repo.isEmpty else { throw fail("failed to parse repo path segment") }
        if exitsRepository(split.kustomizationPath) { throw fail("url path exits repo: \(pathPart)") }
        repoPath = split.repo
        path = split.kustomizationPath.hasPrefix("/") ? String(split.kustomizationPath.dropFirst()) : split.kustomizationPath
    }
}

/// Whether kustomize would fetch a `resources:` entry from git rather than read it locally
/// (kustomize's loader tries `NewRepoSpecFromURL` and clones when it succeeds).
public func isRemoteResource(_ entry: String) -> Bool {
    (try? RepoSpec(entry)) != nil
}

/// Whether kustomize would download the entry over HTTP as a single file
/// (`loader.IsRemoteFile`: an http or https URL).
public func isRemoteFile(_ entry: String) -> Bool {
    let lower = entry.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
}

// MARK: - Pieces of the parse, in the order kustomize applies them

private func cut(_ s: String, at separator: Character) -> (String, String) {
    guard let i = s.firstIndex(of: separator) else { return (s, "") }
    return (String(s[..<i]), String(s[s.index(after: i)...]))
}

private func trimPrefixIgnoringCase(_ s: inout String, _ prefix: String) -> Bool {
    guard s.utf8.count >= prefix.utf8.count,
          String(decoding: s.utf8.prefix(prefix.utf8.count), as: UTF8.self).lowercased() == prefix
    else { return false }
    s = String(decoding: s.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    return true
}

private func extractScheme(_ s: inout String) -> String {
    for scheme in ["ssh://", "https://", "http://", "file://"] where trimPrefixIgnoringCase(&s, scheme) {
        return scheme
    }
    return ""
}

/// `^([a-zA-Z][a-zA-Z0-9-]*)@`, returned with its '@'.
private func extractUsername(_ s: inout String) -> String {
    let bytes = Array(s.utf8)
    guard let first = bytes.first, isASCIILetter(first) else { return "" }
    var i = 1
    while i < bytes.count, isASCIILetter(bytes[i]) || isASCIIDigit(bytes[i]) || bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard i < bytes.count, bytes[i] == UInt8(ascii: "@") else { return "" }
    let user = String(decoding: bytes[...i], as: UTF8.self)
    s = String(decoding: bytes[(i + 1)...], as: UTF8.self)
    return user
}

private func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
private func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

/// The first '/', or for scp-style URLs a ':' that comes before any '/'.
private func pathSeparatorIndex(_ s: String, acceptSCP: Bool) -> String.Index? {
    let slash = s.firstIndex(of: "/")
    guard acceptSCP, let colon = s.firstIndex(of: ":") else { return slash }
    guard let slash else { return colon }
    return colon > s.startIndex && colon < slash ? colon : slash
}

/// Splits `org/repo/dir` into repository and kustomization path: first on an explicit marker
/// (`_git/<repo>`, `//`, `.git`), else the first two segments (everything for file://).
private func splitRepoPath(_ n: String, takeAll: Bool) -> (repo: String, kustomizationPath: String)? {
    if let r = n.range(of: "_git/") {
        let segments = n[r.upperBound...].split(separator: "/", omittingEmptySubsequences: false)
        return (String(n[..<r.upperBound]) + (segments.first.map(String.init) ?? ""),
                segments.dropFirst().joined(separator: "/"))
    }
    if let r = n.range(of: "//") {
        return (String(n[..<r.lowerBound]), String(n[r.upperBound...]))
    }
    if let r = n.range(of: ".git") {
        return (String(n[..<r.upperBound]), String(n[r.upperBound...]))
    }
    if takeAll { return (n, "") }
    let segments = n.split(separator: "/", omittingEmptySubsequences: false)
    guard segments.count >= 2 else { return nil }
    return (segments[..<2].joined(separator: "/"), segments[2...].joined(separator: "/"))
}

/// Whether the kustomization path climbs out of the clone (`../x` after cleaning).
private func exitsRepository(_ path: String) -> Bool {
    let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
    return goClean(trimmed).split(separator: "/", omittingEmptySubsequences: false).first == ".."
}

/// Go's `filepath.Clean` for a relative path.
private func goClean(_ path: String) -> String {
    var parts: [Substring] = []
    for comp in path.split(separator: "/") where comp != "." {
        if comp == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(comp) }
    }
    let joined = parts.joined(separator: "/")
    return joined.isEmpty ? "." : joined
}
