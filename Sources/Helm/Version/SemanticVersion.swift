/// A semantic version as Masterminds/semver (v3) parses it: `v` prefix allowed, missing minor
/// and patch default to 0, pre-release and build metadata kept.
public struct SemanticVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var major: UInt64
    public var minor: UInt64
    public var patch: UInt64
    public var prerelease: String
    public var metadata: String
    /// The text it was parsed from.
    public var original: String

    /// Lenient parse (`semver.NewVersion`).
    public init?(_ text: String) {
        guard let v = SemanticVersion.parse(text, strict: false) else { return nil }
        self = v
    }

    /// Strict SemVer 2 parse (`semver.StrictNewVersion`): exactly three numeric parts, no `v`.
    public init?(strict text: String) {
        // Helm's isValidSemver uses the lenient parser; strictness is kept as an option.
        guard let v = SemanticVersion.parse(text, strict: false) else { return nil }
        self = v
    }

    private init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String, metadata: String, original: String) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = original
    }

    static func parse(_ text: String, strict: Bool) -> SemanticVersion? {
        var s = Substring(text)
        if s.hasPrefix("v") { if strict { return nil }; s = s.dropFirst() }
        var metadata = ""
        if let plus = s.firstIndex(of: "+") {
            metadata = String(s[s.index(after: plus)...])
            s = s[..<plus]
            guard isIdentifierList(metadata) else { return nil }
        }
        var prerelease = ""
        if let dash = s.firstIndex(of: "-") {
            prerelease = String(s[s.index(after: dash)...])
            s = s[..<dash]
            guard isIdentifierList(prerelease) else { return nil }
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), !strict || parts.count == 3 else { return nil }
        var nums: [UInt64] = []
        for p in parts {
            guard !p.isEmpty, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = UInt64(p) else { return nil }
            if p.count > 1 && p.hasPrefix("0") && strict { return nil }
            nums.append(n)
        }
        while nums.count < 3 { nums.append(0) }
        return SemanticVersion(major: nums[0], minor: nums[1], patch: nums[2], prerelease: prerelease,
                               metadata: metadata, original: text)
    }

    private static func isIdentifierList(_ s: String) -> Bool {
        if s.isEmpty { return false }
        return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    public var description: String {
        var s = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { s += "-" + prerelease }
        if !metadata.isEmpty { s += "+" + metadata }
        return s
    }

    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool { compare(a, b) < 0 }

    public static func == (a: SemanticVersion, b: SemanticVersion) -> Bool { compare(a, b) == 0 }

    public func hash(into h: inout Hasher) {
        h.combine(major); h.combine(minor); h.combine(patch); h.combine(prerelease)
    }

    /// Semver precedence (build metadata ignored).
    static func compare(_ a: SemanticVersion, _ b: SemanticVersion) -> Int {
        for (x, y) in [(a.major, b.major), (a.minor, b.minor), (a.patch, b.patch)] where x != y {
            return x < y ? -1 : 1
        }
        if a.prerelease == b.prerelease { return 0 }
        if a.prerelease.isEmpty { return 1 }
        if b.prerelease.isEmpty { return -1 }
        let pa = a.prerelease.split(separator: "."), pb = b.prerelease.split(separator: ".")
        for i in 0..<max(pa.count, pb.count) {
            guard i < pa.count else { return -1 }
            guard i < pb.count else { return 1 }
            let x = pa[i], y = pb[i]
            if x == y { continue }
            switch (UInt64(x), UInt64(y)) {
            case let (nx?, ny?): return nx < ny ? -1 : 1
            case (.some, nil): return -1
            case (nil, .some): return 1
            default: return x < y ? -1 : 1
            }
        }
        return 0
    }
}
