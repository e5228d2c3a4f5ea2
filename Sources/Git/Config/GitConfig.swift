internal import CGit2
import Foundation

/// A read-only view of git configuration composed from explicit files (system, XDG, global,
/// and optionally one repository's own config), so lookups never depend on libgit2's
/// process-wide search-path cache.
final class GitConfig {
    private let handle: GitHandle

    init(environment: GitEnvironment, repositoryConfig: String? = nil) throws {
        LibGit2.ensureInitialized()
        var raw: OpaquePointer?
        try LibGit2.call("git_config_new") { git_config_new(&raw) }
        guard let raw else { throw GitError.libgit2(function: "git_config_new", code: -1, message: "no config") }
        handle = GitHandle(raw, release: { git_config_free($0) })
        var files = environment.configFiles
        if let repositoryConfig { files.append((repositoryConfig, .local)) }
        for file in files where FileManager.default.fileExists(atPath: file.path) {
            try LibGit2.call("git_config_add_file_ondisk") {
                git_config_add_file_ondisk(handle.pointer, file.path, git_config_level_t(rawValue: file.level.rawValue), nil, 0)
            }
        }
    }

    /// One config-format file on its own (`.gitmodules`); nil when it does not exist.
    convenience init?(file: String) throws {
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        try self.init(environment: GitEnvironment(["GIT_CONFIG_NOSYSTEM": "1"]), repositoryConfig: file)
    }

    /// The effective (highest-priority, last-set) value of a key, nil when unset.
    func string(_ key: String) throws -> String? {
        var buf = git_buf()
        let status = git_config_get_string_buf(&buf, handle.pointer, key)
        if status == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.call("git_config_get_string_buf") { status }
        return takeString(&buf)
    }

    /// Every (name, value) whose name matches a regular expression, in the order git reads
    /// them (system first, repository last). Names come back as libgit2 normalises them:
    /// section and variable lower-cased, subsection kept.
    func entries(matching regex: String) throws -> [(name: String, value: String)] {
        var iterator: OpaquePointer?
        try LibGit2.call("git_config_iterator_glob_new") {
            git_config_iterator_glob_new(&iterator, handle.pointer, regex)
        }
        guard let iterator else { return [] }
        defer { git_config_iterator_free(iterator) }
        var result: [(String, String)] = []
        while true {
            var entry: UnsafeMutablePointer<git_config_entry>?
            let status = git_config_next(&entry, iterator)
            if status == GIT_ITEROVER.rawValue { break }
            try LibGit2.call("git_config_next") { status }
            guard let entry, let name = entry.pointee.name else { continue }
            let value = entry.pointee.value.map { String(cString: $0) } ?? ""
            result.append((String(cString: name), value))
        }
        return result
    }
}
