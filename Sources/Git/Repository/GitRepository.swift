internal import CGit2
import Foundation

/// One git repository on disk. All libgit2 work on it is serialised by a lock, because a
/// `git_repository` must not be used from two threads at once; open one per thread for
/// parallel reads.
public final class GitRepository: @unchecked Sendable {
    /// The `.git` directory (the repository itself for a bare repository), with a trailing '/'
    /// removed.
    public let gitDirectory: String
    /// The working tree, nil for a bare repository.
    public let workingDirectory: String?
    /// Decides which global/system/XDG config files `value(for:)`, identity and `insteadOf`
    /// see.
    public let environment: GitEnvironment

    let handle: GitHandle
    private let lock = NSLock()

    private init(handle: GitHandle, environment: GitEnvironment) {
        self.handle = handle
        self.environment = environment
        gitDirectory = trimSlash(String(cString: git_repository_path(handle.pointer)))
        workingDirectory = git_repository_workdir(handle.pointer).map { trimSlash(String(cString: $0)) }
    }

    /// Opens the repository whose working tree (or `.git`, or bare directory) is exactly `path`.
    public convenience init(at path: String, environment: GitEnvironment = .current) throws {
        try self.init(opening: path, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, environment: environment)
    }

    /// Opens the repository containing `path`, searching upward like `git rev-parse`.
    public static func discover(from path: String, environment: GitEnvironment = .current) throws -> GitRepository {
        try GitRepository(opening: path, flags: 0, environment: environment)
    }

    private convenience init(opening path: String, flags: UInt32, environment: GitEnvironment) throws {
        LibGit2.ensureInitialized()
        var raw: OpaquePointer?
        let status = git_repository_open_ext(&raw, path, flags, nil)
        if status == GIT_ENOTFOUND.rawValue { throw GitError.notARepository(path: path) }
        try LibGit2.call("git_repository_open_ext") { status }
        guard let raw else { throw GitError.notARepository(path: path) }
        self.init(handle: GitHandle(raw, release: { git_repository_free($0) }), environment: environment)
    }

    /// `git init`: creates a repository (and missing parent directories) at `path`.
    /// `initialBranch` names the unborn branch HEAD points at; nil uses `init.defaultBranch`
    /// from config, else git's `master`.
    public static func create(
        at path: String, bare: Bool = false, initialBranch: String? = nil,
        environment: GitEnvironment = .current
    ) throws -> GitRepository {
        LibGit2.ensureInitialized()
        var options = git_repository_init_options()
        try LibGit2.call("git_repository_init_options_init") {
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION))
        }
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
        let branch = try initialBranch ?? GitConfig(environment: environment).string("init.defaultBranch")
        var raw: OpaquePointer?
        try withOptionalCString(branch.map { "refs/heads/" + $0 }) { head in
            options.initial_head = head
            try LibGit2.call("git_repository_init_ext") { git_repository_init_ext(&raw, path, &options) }
        }
        guard let raw else { throw GitError.notARepository(path: path) }
        return GitRepository(handle: GitHandle(raw, release: { git_repository_free($0) }), environment: environment)
    }

    public var isBare: Bool { workingDirectory == nil }

    /// Runs `body` with the repository pointer while holding the repository lock.
    func withRepository<T>(_ body: (OpaquePointer) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(handle.pointer)
    }

    /// Configuration as git sees it for this repository: system, XDG, global, then local.
    func config() throws -> GitConfig {
        try GitConfig(environment: environment, repositoryConfig: gitDirectory + "/config")
    }

    /// `git config --get key`: the effective value, nil when unset.
    public func value(for key: String) throws -> String? {
        try config().string(key)
    }

    /// The fetch URL of a remote after `url.<base>.insteadOf` rewriting (as
    /// `git remote get-url`); nil when there is no such remote.
    public func remoteURL(name: String = "origin") throws -> String? {
        let config = try config()
        guard let url = try config.string("remote.\(name).url") else { return nil }
        return try URLRewriter(config: config).rewrite(url)
    }
}

func trimSlash(_ path: String) -> String {
    path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
}

func withOptionalCString<T>(_ s: String?, _ body: (UnsafePointer<CChar>?) throws -> T) rethrows -> T {
    guard let s else { return try body(nil) }
    return try s.withCString { try body($0) }
}
