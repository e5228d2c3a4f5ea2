internal import CGit2

/// Fetches every branch and tag of a remote into a bare mirror repository and points the
/// mirror's HEAD at the remote's default branch.
enum RemoteFetcher {
    static let refspecs = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"]

    /// `url` is already rewritten by `insteadOf`, so libgit2 is told not to rewrite again.
    static func fetch(into mirror: GitRepository, url: String, refspecs: [String] = refspecs) throws {
        do {
            try mirror.withRepository { repo in try fetch(repo, url: url, refspecs: refspecs) }
        } catch GitError.libgit2(let function, _, let message) {
            throw GitError.fetchFailed(url: url, message: "\(message) (\(function))")
        }
    }

    private static func fetch(_ repo: OpaquePointer, url: String, refspecs: [String]) throws {
        var createOptions = git_remote_create_options()
        try LibGit2.call("git_remote_create_options_init") {
            git_remote_create_options_init(&createOptions, UInt32(GIT_REMOTE_CREATE_OPTIONS_VERSION))
        }
        createOptions.repository = repo
        createOptions.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF.rawValue | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC.rawValue
        var remote: OpaquePointer?
        try LibGit2.call("git_remote_create_with_opts") { git_remote_create_with_opts(&remote, url, &createOptions) }
        guard let remote else { return }
        defer { git_remote_free(remote) }

        var fetchOptions = git_fetch_options()
        try LibGit2.call("git_fetch_options_init") { git_fetch_options_init(&fetchOptions, UInt32(GIT_FETCH_OPTIONS_VERSION)) }
        fetchOptions.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL
        fetchOptions.update_fetchhead = 0
        // Proxies from git config (http.proxy) and the environment, as git does.
        fetchOptions.proxy_opts.type = GIT_PROXY_AUTO
        let attempts = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        attempts.initialize(to: 0)
        defer { attempts.deallocate() }
        fetchOptions.callbacks.credentials = acquireCredential
        fetchOptions.callbacks.payload = UnsafeMutableRawPointer(attempts)

        // Connect first so the advertised HEAD is known; fetch then reuses the connection.
        try LibGit2.call("git_remote_connect") {
            git_remote_connect(remote, GIT_DIRECTION_FETCH, &fetchOptions.callbacks, &fetchOptions.proxy_opts, nil)
        }
        var headBuf = git_buf()
        let defaultBranch: String? = git_remote_default_branch(&headBuf, remote) == 0 ? takeString(&headBuf) : nil
        if defaultBranch == nil { git_error_clear() }

        _ = try withStrArray(refspecs) { specs in
            try LibGit2.call("git_remote_fetch") { git_remote_fetch(remote, specs, &fetchOptions, "bbctl: fetch") }
        }
        if let defaultBranch {
            try LibGit2.call("git_repository_set_head") { git_repository_set_head(repo, defaultBranch) }
        }
    }
}

/// Credentials without prompting: the ssh-agent for SSH remotes, the platform's default
/// (Negotiate/NTLM) where offered. Credentials embedded in an https URL are used by libgit2
/// itself. Gives up after a few attempts so a rejected key cannot loop forever.
private let acquireCredential: git_credential_acquire_cb = { out, _, usernameFromURL, allowed, payload in
    guard let out, let attempts = payload?.assumingMemoryBound(to: Int.self) else { return GIT_PASSTHROUGH.rawValue }
    attempts.pointee += 1
    guard attempts.pointee <= 3 else { return GIT_EAUTH.rawValue }
    let user = usernameFromURL.map { String(cString: $0) } ?? "git"
    if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
        return git_credential_username_new(out, user)
    }
    if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
        return git_credential_ssh_key_from_agent(out, user)
    }
    if allowed & GIT_CREDENTIAL_DEFAULT.rawValue != 0 {
        return git_credential_default_new(out)
    }
    return GIT_PASSTHROUGH.rawValue
}
