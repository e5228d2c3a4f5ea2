/// `.helmignore` rules with the semantics of Helm's `pkg/ignore`: one glob per line, `#`
/// comments, `!` negation, a trailing `/` for directories only, a leading `/` or any inner
/// `/` to match the whole relative path (otherwise the base name). A path is ignored when
/// some rule matches it and no negated rule does; `**` is rejected.
public struct HelmIgnore: Sendable {
    struct Rule: Sendable {
        var pattern: String
        var negate: Bool
        var mustBeDirectory: Bool
        var matchesFullPath: Bool
        /// The pattern's bytes before its first `*`, `?`, `[` or `\\`: a subject that does not
        /// start with them cannot match, which settles most files without running the glob.
        var literalPrefix: Substring
        /// No glob syntax at all: the rule matches exactly its own text.
        var isLiteral: Bool

        init(pattern: String, negate: Bool, mustBeDirectory: Bool, matchesFullPath: Bool) {
            self.pattern = pattern
            self.negate = negate
            self.mustBeDirectory = mustBeDirectory
            self.matchesFullPath = matchesFullPath
            let meta = pattern.firstIndex(where: { "*?[\\".contains($0) })
            literalPrefix = pattern[..<(meta ?? pattern.endIndex)]
            isLiteral = meta == nil
        }

        func matches(_ subject: Substring) -> Bool {
            // Bytewise, as Go compares.
            guard subject.utf8.starts(with: literalPrefix.utf8) else { return false }
            if isLiteral { return subject.utf8.count == pattern.utf8.count }
            return GlobPattern.match(pattern, String(subject)) ?? false
        }
    }

    private(set) var rules: [Rule] = []

    public init() {}

    /// Parses a .helmignore file; throws Helm's message for unsupported syntax.
    public init(text: String, path: String = ".helmignore") throws {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            try addRule(String(line), path: path)
        }
    }

    /// Helm's default rule: dot files inside templates/ never load.
    public mutating func addDefaults() {
        try? addRule("templates/.?*", path: "")
    }

    mutating func addRule(_ raw: String, path: String) throws {
        var rule = raw.trimmingSpaces
        if rule.isEmpty || rule.hasPrefix("#") { return }
        if rule.contains("**") {
            throw HelmError.load(message: "double-star (**) syntax is not supported", path: path)
        }
        if GlobPattern.match(rule, "abc") == nil {
            throw HelmError.load(message: "syntax error in pattern", path: path)
        }
        var negate = false
        if rule.hasPrefix("!") { negate = true; rule.removeFirst() }
        var mustBeDirectory = false
        if rule.hasSuffix("/") { mustBeDirectory = true; rule.removeLast() }
        var fullPath = false
        if rule.hasPrefix("/") {
            fullPath = true
            rule.removeFirst()
        } else if rule.contains("/") {
            fullPath = true
        }
        rules.append(Rule(pattern: rule, negate: negate, mustBeDirectory: mustBeDirectory, matchesFullPath: fullPath))
    }

    /// Whether `path` (relative to the chart root) is ignored.
    public func ignores(_ path: String, isDirectory: Bool) -> Bool {
        if rules.isEmpty || path.isEmpty || path == "." { return false }
        let base = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        var positive = false
        var negative = false
        for rule in rules {
            if rule.mustBeDirectory && !isDirectory { continue }
            guard rule.matches(rule.matchesFullPath ? path[...] : base) else { continue }
            positive = true
            if rule.negate { negative = true }
        }
        return positive && !negative
    }
}

extension String {
    /// Trims ASCII and Unicode whitespace at both ends (Go's `strings.TrimSpace`).
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.unicodeScalars.first, f.properties.isWhitespace { s = s.dropFirst() }
        while let l = s.unicodeScalars.last, l.properties.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
