/// A semantic version read leniently, as Masterminds/semver v3 `NewVersion` (which Flux uses
/// for `spec.ref.semver`): optional `v`, minor and patch optional, `-prerelease`, `+build`.
public struct SemanticVersion: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var major: UInt64
    public var minor: UInt64
    public var patch: UInt64
    /// Dot-separated identifiers after '-', empty for a release.
    public var prerelease: String
    public var build: String

    public init?(_ text: String) {
        var s = Substring(text)
        if s.first == "v" { s = s.dropFirst() }
        var build = ""
        if let plus = s.firstIndex(of: "+") {
            build = String(s[s.index(after: plus)...])
            guard Self.validIdentifiers(build) else { return nil }
            s = s[..<plus]
        }
        var pre = ""
        if let dash = s.firstIndex(of: "-") {
            pre = String(s[s.index(after: dash)...])
            guard Self.validIdentifiers(pre) else { return nil }
            // Numeric prerelease identifiers may not have leading zeros.
            for id in pre.split(separator: ".") where id.count > 1 && id.first == "0" && id.allSatisfy(\.isASCIIDigit) {
                return nil
            }
            s = s[..<dash]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            guard !part.isEmpty, part.allSatisfy(\.isASCIIDigit), let n = UInt64(part) else { return nil }
            numbers.append(n)
        }
        while numbers.count < 3 { numbers.append(0) }
        major = numbers[0]; minor = numbers[1]; patch = numbers[2]
        prerelease = pre
        self.build = build
    }

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "") {
        self.major = major; self.minor = minor; self.patch = patch
        self.prerelease = prerelease
        build = ""
    }

    public var description: String {
        "\(major).\(minor).\(patch)" + (prerelease.isEmpty ? "" : "-" + prerelease) + (build.isEmpty ? "" : "+" + build)
    }

    private static func validIdentifiers(_ s: String) -> Bool {
        !s.isEmpty && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { id in
            !id.isEmpty && id.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "-" }
        }
    }

    /// Precedence per semver 2.0.0; build metadata does not count.
    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool { compare(a, b) < 0 }

    public static func == (a: SemanticVersion, b: SemanticVersion) -> Bool { compare(a, b) == 0 }

    public func hash(into h: inout Hasher) {
        h.combine(major); h.combine(minor); h.combine(patch); h.combine(prerelease)
    }

    static func compare(_ a: SemanticVersion, _ b: SemanticVersion) -> Int {
        for (x, y) in [(a.major, b.major), (a.minor, b.minor), (a.patch, b.patch)] where x != y {
            return x < y ? -1 : 1
        }
        return comparePrerelease(a.prerelease, b.prerelease)
    }

    static func comparePrerelease(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        if a.isEmpty { return 1 }
        if b.isEmpty { return -1 }
        let xs = a.split(separator: "."), ys = b.split(separator: ".")
        for (x, y) in zip(xs, ys) where x != y {
            switch (UInt64(x), UInt64(y)) {
            case let (nx?, ny?): return nx < ny ? -1 : 1
            case (.some, nil): return -1   // numeric identifiers sort first
            case (nil, .some): return 1
            case (nil, nil): return x < y ? -1 : 1
            }
        }
        return xs.count == ys.count ? 0 : (xs.count < ys.count ? -1 : 1)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
