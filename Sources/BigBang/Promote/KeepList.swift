/// The values paths promotion leaves alone (`.bbctl.yaml` `promote.keep`, else
/// `RepoConfig.defaultKeep`): dotted keys where `*` stands for one key and `**` for any
/// number of keys, so `**.replicas` keeps every `replicas` and `istio.gateways.*.tls` each
/// gateway's TLS settings. A kept path keeps everything below it.
public struct KeepList: Sendable, Hashable {
    public let patterns: [String]
    private let compiled: [[Substring]]

    public init(_ patterns: [String]) {
        self.patterns = patterns
        compiled = patterns.map { $0.split(separator: ".", omittingEmptySubsequences: true) }
    }

    /// Whether `path`, or a path above it, is kept.
    public func keeps(_ path: [String]) -> Bool {
        guard !path.isEmpty else { return false }
        return compiled.contains { pattern in
            (1...path.count).contains { Self.matches(pattern[...], path[..<$0]) }
        }
    }

    /// Whether some path below `path` may be kept, so a subtree cannot be replaced or
    /// removed as a whole.
    public func keepsSomethingBelow(_ path: [String]) -> Bool {
        compiled.contains { Self.prefixMatches($0[...], path[...]) }
    }

    /// The whole of `path` matched by the whole of `pattern`.
    static func matches(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            // Zero keys, or one more key still under the same `**`.
            if matches(pattern.dropFirst(), path) { return true }
            return !path.isEmpty && matches(pattern, path.dropFirst())
        }
        guard let key = path.first else { return false }
        return (head == "*" || head == key) && matches(pattern.dropFirst(), path.dropFirst())
    }

    /// Whether all of `path` can be matched by the front of `pattern` with pattern left over:
    /// a longer path through `path` might match.
    static func prefixMatches(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return false }
        if path.isEmpty { return true }
        if head == "**" {
            return prefixMatches(pattern.dropFirst(), path) || prefixMatches(pattern, path.dropFirst())
        }
        guard let key = path.first else { return true }
        return (head == "*" || head == key) && prefixMatches(pattern.dropFirst(), path.dropFirst())
    }
}
