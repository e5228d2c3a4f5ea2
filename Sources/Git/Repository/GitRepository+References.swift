internal import CGit2

extension GitRepository {
    /// Every reference name (`refs/heads/main`, `refs/tags/v1.0.0`, …), sorted.
    public func referenceNames() throws -> [String] {
        try withRepository { repo in
            var array = git_strarray()
            try LibGit2.call("git_reference_list") { git_reference_list(&array, repo) }
            defer { git_strarray_dispose(&array) }
            var names: [String] = []
            for i in 0..<array.count {
                if let name = array.strings[i] { names.append(String(cString: name)) }
            }
            return names.sorted()
        }
    }

    /// Tag names without `refs/tags/`, sorted.
    public func tags() throws -> [String] {
        try referenceNames().compactMap { $0.hasPrefix("refs/tags/") ? String($0.dropFirst(10)) : nil }
    }

    /// Local branch names without `refs/heads/`, sorted.
    public func branches() throws -> [String] {
        try referenceNames().compactMap { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : nil }
    }
}
