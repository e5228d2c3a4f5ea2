internal import CGit2

/// Fetches every branch and tag of a remote into a bare mirror repository and points the
/// mirror's HEAD at the remote's default branch.
enum RemoteFetcher {
    static let refspecs = ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"]

    /// `url` is already rewritten by `insteadOf`, so libgit2 is told not to rewrite again.
    static func fetch(into mirror: GitRepository, url: String) throws {
        do {
            try mirror.withRepository { repo in try fetch(repo, url: url) }
        } catch GitError.libgit2(let function, _, let message) {
            throw GitError.fetchFailed(url: url, message: "\(message) (\(function))")
        }
    }

    private static func fetch(_ repo: OpaquePointer, url: String) throws {
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
