/// Git's `url.<base>.insteadOf` rewriting (git `remote.c` `alias_url`): the longest
/// configured prefix that starts the URL is replaced by its base; among prefixes of equal
/// length the one whose base was configured first wins. Air-gapped sites use this to point public URLs at mirrors.
public struct URLRewriter: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var base: String
        public var insteadOf: String
        public init(base: String, insteadOf: String) {
            self.base = base
            self.insteadOf = insteadOf
        }
    }

    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    /// Rules from the system, XDG and global git config of the given environment.
    public init(environment: GitEnvironment) throws {
        try self.init(config: GitConfig(environment: environment))
    }

    init(config: GitConfig) throws {
        // git keeps one rewrite per base, in the order bases first appear, and scans them in
        // that order; grouping the same way makes ties between equal prefixes come out alike.
        var bases: [String] = []
        var prefixes: [String: [String]] = [:]
        for (name, value) in try config.entries(matching: "^url\\..*\\.insteadof$") {
            // name is "url.<base>.insteadof"; the base may itself contain dots.
            let base = String(name.dropFirst("url.".count).dropLast(".insteadof".count))
            if prefixes[base] == nil { bases.append(base) }
            prefixes[base, default: []].append(value)
        }
        rules = bases.flatMap { base in (prefixes[base] ?? []).map { Rule(base: base, insteadOf: $0) } }
    }

    public func rewrite(_ url: String) -> String {
        // Byte-wise prefix test, as git's starts_with.
        let bytes = Array(url.utf8)
        var best: Rule?
        for rule in rules where !rule.insteadOf.isEmpty && bytes.starts(with: rule.insteadOf.utf8) {
            if rule.insteadOf.utf8.count > (best?.insteadOf.utf8.count ?? -1) { best = rule }
        }
        guard let best else { return url }
        return best.base + String(decoding: bytes.dropFirst(best.insteadOf.utf8.count), as: UTF8.self)
    }
}
