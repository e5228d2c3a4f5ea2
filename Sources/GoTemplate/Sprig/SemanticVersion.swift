/// A Masterminds/semver v3 `*Version` as templates see it (`semver "1.2.3"`): methods
/// `Major`, `Minor`, `Patch`, `Prerelease`, `Metadata`, `Original`, `String`, `Compare`, ...
final class SemanticVersion: TemplateObject, @unchecked Sendable {
    let major: UInt64, minor: UInt64, patch: UInt64
    let prerelease: String
    let metadata: String
    let original: String

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String, metadata: String, original: String) {
        self.major = major; self.minor = minor; self.patch = patch
        self.prerelease = prerelease; self.metadata = metadata; self.original = original
    }

    struct Invalid: Error, CustomStringConvertible { var description: String }

    /// semver.NewVersion (lenient: `v` prefix, missing minor/patch allowed).
    static func parse(_ text: String) throws -> SemanticVersion {
        var s = Substring(text)
        if s.hasPrefix("v") { s = s.dropFirst() }
        var meta = "", pre = ""
        if let plus = s.firstIndex(of: "+") { meta = String(s[s.index(after: plus)...]); s = s[..<plus] }
        if let dash = s.firstIndex(of: "-") { pre = String(s[s.index(after: dash)...]); s = s[..<dash] }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { throw Invalid(description: "invalid semantic version") }
        var nums: [UInt64] = []
        for p in parts {
            guard !p.isEmpty, p.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = UInt64(p) else {
                throw Invalid(description: "invalid semantic version")
            }
            nums.append(n)
        }
        while nums.count < 3 { nums.append(0) }
        func validIdentifiers(_ x: String) -> Bool {
            x.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { id in
                !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5a) || ($0 >= 0x61 && $0 <= 0x7a) || $0 == 0x2d }
            }
        }
        if text.contains("-") && !pre.isEmpty || text.contains("+") {
            if (!pre.isEmpty && !validIdentifiers(pre)) || (text.contains("+") && !validIdentifiers(meta)) {
                throw Invalid(description: "invalid semantic version")
            }
        }
        if text.hasSuffix("-") || text.contains("-+") { throw Invalid(description: "invalid semantic version") }
        for id in pre.split(separator: ".") where id.count > 1 && id.hasPrefix("0") && id.allSatisfy({ $0.isNumber }) {
            throw Invalid(description: "Version segment starts with 0")
        }
        return SemanticVersion(major: nums[0], minor: nums[1], patch: nums[2], prerelease: pre, metadata: meta, original: text)
    }

    var string: String {
        var s = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { s += "-" + prerelease }
        if !metadata.isEmpty { s += "+" + metadata }
        return s
    }

    /// Semver precedence: numbers, then a release above any prerelease, then identifiers.
    func compare(_ o: SemanticVersion) -> Int {
        for (a, b) in [(major, o.major), (minor, o.minor), (patch, o.patch)] where a != b { return a < b ? -1 : 1 }
        if prerelease == o.prerelease { return 0 }
        if prerelease.isEmpty { return 1 }
        if o.prerelease.isEmpty { return -1 }
        let a = prerelease.split(separator: "."), b = o.prerelease.split(separator: ".")
        for i in 0..<max(a.count, b.count) {
            if i >= a.count { return -1 }
            if i >= b.count { return 1 }
            let x = a[i], y = b[i]
            if x == y { continue }
            let xn = UInt64(x), yn = UInt64(y)
            switch (xn, yn) {
            case let (p?, q?): return p < q ? -1 : 1
            case (.some, nil): return -1
            case (nil, .some): return 1
            default: return goStringLess(String(x), String(y)) ? -1 : 1
            }
        }
        return 0
    }

    var goTypeName: String { "*semver.Version" }
    var formatted: String { string }
    var encodedValue: TemplateValue { .string(string) }
    func isEqual(to other: any TemplateObject) -> Bool {
        guard let o = other as? SemanticVersion else { return false }
        return o === self
    }

    func member(named name: String) -> TemplateMember? {
        func method(_ body: @escaping () -> TemplateValue) -> TemplateMember { .method(TemplateFunction { _ in body() }) }
        func compareMethod(_ body: @escaping (Int) -> TemplateValue) -> TemplateMember {
            .method(TemplateFunction([.any]) { call in
                guard case .object(let o) = call[0], let other = o as? SemanticVersion else {
                    throw TemplateFunctionError("wrong type for value; expected *semver.Version; got \(call[0].goTypeName)")
                }
                return body(self.compare(other))
            })
        }
        switch name {
        case "Major": return method { .uint(self.major) }
        case "Minor": return method { .uint(self.minor) }
        case "Patch": return method { .uint(self.patch) }
        case "Prerelease": return method { .string(self.prerelease) }
        case "Metadata": return method { .string(self.metadata) }
        case "Original": return method { .string(self.original) }
        case "String": return method { .string(self.string) }
        case "Compare": return compareMethod { .int($0) }
        case "LessThan": return compareMethod { .bool($0 < 0) }
        case "GreaterThan": return compareMethod { .bool($0 > 0) }
        case "Equal": return compareMethod { .bool($0 == 0) }
        case "IncMajor": return method { .object(SemanticVersion(major: self.major + 1, minor: 0, patch: 0, prerelease: "", metadata: "", original: "")) }
        case "IncMinor": return method { .object(SemanticVersion(major: self.major, minor: self.minor + 1, patch: 0, prerelease: "", metadata: "", original: "")) }
        case "IncPatch": return method {
            let patch = self.prerelease.isEmpty && self.metadata.isEmpty ? self.patch + 1 : self.patch
            return .object(SemanticVersion(major: self.major, minor: self.minor, patch: patch, prerelease: "", metadata: "", original: ""))
        }
        default: return nil
        }
    }
}

/// A Masterminds/semver v3 constraint: `||`-separated groups of space/comma-separated
/// comparisons with `=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `~>`, `^`, x-ranges and hyphen ranges.
struct SemverConstraint {
    struct Term {
        var op: String
        var version: SemanticVersion
        var dirty: Bool
        var minorDirty: Bool
        var patchDirty: Bool
    }

    var groups: [[Term]]

    struct Improper: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> SemverConstraint {
        var groups: [[Term]] = []
        for orPart in SprigStrings.split(text, "||") {
            var tokens = orPart.replacingCommas().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            // Hyphen ranges: "1.2 - 1.4.5" → ">= 1.2" "<= 1.4.5".
            var merged: [String] = []
            var i = 0
            while i < tokens.count {
                if i + 2 < tokens.count && tokens[i + 1] == "-" {
                    merged.append(">=" + tokens[i]); merged.append("<=" + tokens[i + 2]); i += 3
                } else { merged.append(tokens[i]); i += 1 }
            }
            // Operators separated from versions by spaces: ">= 1.2".
            tokens = []
            var pending = ""
            for t in merged {
                if t.allSatisfy({ "=<>!~^".contains($0) }) { pending += t; continue }
                tokens.append(pending + t)
                pending = ""
            }
            if !pending.isEmpty || tokens.isEmpty { throw Improper(description: "improper constraint: \(orPart)") }
            groups.append(try tokens.map { try term($0, whole: orPart) })
        }
        return SemverConstraint(groups: groups)
    }

    private static func term(_ t: String, whole: String) throws -> Term {
        var op = ""
        var rest = Substring(t)
        while let f = rest.first, "=<>!~^".contains(f) { op.append(f); rest = rest.dropFirst() }
        if op == "=>" { op = ">=" }
        if op == "=<" { op = "<=" }
        if op == "~>" { op = "~" }
        guard ["", "=", "!=", ">", "<", ">=", "<=", "~", "^"].contains(op) else {
            throw Improper(description: "improper constraint: \(whole)")
        }
        var v = rest
        if v.hasPrefix("v") { v = v.dropFirst() }
        var suffix = ""
        if let i = v.firstIndex(where: { $0 == "-" || $0 == "+" }) { suffix = String(v[i...]); v = v[..<i] }
        let parts = v.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count) else { throw Improper(description: "improper constraint: \(whole)") }
        func isWild(_ s: String) -> Bool { s == "x" || s == "X" || s == "*" }
        var nums: [String] = []
        var minorDirty = false, patchDirty = false, dirty = false
        for (idx, p) in parts.enumerated() {
            if isWild(p) {
                dirty = true
                if idx == 0 { minorDirty = true; patchDirty = true }
                if idx == 1 { minorDirty = true; patchDirty = true }
                if idx == 2 { patchDirty = true }
                nums.append("0")
            } else {
                guard !p.isEmpty, p.allSatisfy({ $0.isNumber }) else { throw Improper(description: "improper constraint: \(whole)") }
                nums.append(p)
            }
        }
        if parts.count < 2 { minorDirty = true; patchDirty = true; dirty = true }
        else if parts.count < 3 { patchDirty = true; dirty = true }
        while nums.count < 3 { nums.append("0") }
        let version: SemanticVersion
        do { version = try SemanticVersion.parse(nums.joined(separator: ".") + suffix) } catch {
            throw Improper(description: "improper constraint: \(whole)")
        }
        return Term(op: op, version: version, dirty: dirty, minorDirty: minorDirty, patchDirty: patchDirty)
    }

    func check(_ v: SemanticVersion) -> Bool {
        groups.contains { $0.allSatisfy { SemverConstraint.matches(v, $0) } }
    }

    static func matches(_ v: SemanticVersion, _ c: Term) -> Bool {
        // A prerelease version only satisfies constraints that name a prerelease themselves.
        if !v.prerelease.isEmpty && c.version.prerelease.isEmpty { return false }
        let cmp = v.compare(c.version)
        switch c.op {
        case "", "=":
            if c.dirty { return tilde(v, c, cmp) }
            return cmp == 0
        case "!=":
            if c.dirty {
                if v.major != c.version.major { return true }
                if c.minorDirty { return false }
                if v.minor != c.version.minor { return true }
                if c.patchDirty { return false }
            }
            return cmp != 0
        case ">":
            if !c.dirty { return cmp > 0 }
            if v.major > c.version.major { return true }
            if v.major < c.version.major || c.minorDirty { return false }
            if c.patchDirty { return v.minor > c.version.minor }
            return cmp > 0
        case "<":
            if !c.dirty { return cmp < 0 }
            return cmp < 0
        case ">=": return cmp >= 0
        case "<=":
            if !c.dirty { return cmp <= 0 }
            if v.major > c.version.major { return false }
            if v.major == c.version.major && v.minor > c.version.minor && !c.minorDirty { return false }
            return true
        case "~": return tilde(v, c, cmp)
        case "^":
            if cmp < 0 { return false }
            if c.version.major > 0 || c.minorDirty { return v.major == c.version.major }
            if c.version.minor > 0 || c.patchDirty { return v.major == 0 && v.minor == c.version.minor }
            return v.major == 0 && v.minor == 0 && v.patch == c.version.patch
        default: return false
        }
    }

    private static func tilde(_ v: SemanticVersion, _ c: Term, _ cmp: Int) -> Bool {
        if cmp < 0 { return false }
        if c.version.major == 0 && c.version.minor == 0 && c.version.patch == 0 && !c.minorDirty && !c.patchDirty { return true }
        if v.major != c.version.major { return false }
        if v.minor != c.version.minor && !c.minorDirty { return false }
        return true
    }
}

private extension String {
    func replacingCommas() -> String { String(map { $0 == "," ? " " : $0 }) }
}
