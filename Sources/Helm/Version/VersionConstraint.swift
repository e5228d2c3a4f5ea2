/// A Masterminds/semver (v3) constraint such as `>=1.34.0-0`, `~1.2`, `^2`, `1.2.x`,
/// `>=1.20 <1.30 || 2.x`, `1.2 - 1.4`: OR of AND groups. Used for Chart.yaml `kubeVersion`.
public struct VersionConstraint: Sendable {
    struct Term: Sendable {
        enum Op: String, Sendable { case eq = "=", ne = "!=", gt = ">", lt = "<", ge = ">=", le = "<=" }
        var op: Op
        var version: SemanticVersion
    }

    private var groups: [[Term]] = []

    public init?(_ text: String) {
        for alternative in text.components(separatedBy: "||") {
            var terms: [Term] = []
            let tokens = VersionConstraint.tokens(alternative)
            if tokens.isEmpty { return nil }
            var i = 0
            while i < tokens.count {
                // Hyphen range: "A - B".
                if i + 2 < tokens.count, tokens[i + 1] == "-" {
                    guard let lo = Wild(tokens[i]), let hi = Wild(tokens[i + 2]) else { return nil }
                    terms.append(Term(op: .ge, version: lo.floor))
                    terms += hi.upperTerms(inclusive: true)
                    i += 3
                    continue
                }
                guard let t = VersionConstraint.expand(tokens[i]) else { return nil }
                terms += t
                i += 1
            }
            groups.append(terms)
        }
    }

    /// Whether `version` satisfies some alternative. Pre-release versions only satisfy terms
    /// whose own version carries a pre-release, as in Masterminds.
    public func allows(_ version: SemanticVersion) -> Bool {
        groups.contains { group in
            group.allSatisfy { term in
                if !version.prerelease.isEmpty && term.version.prerelease.isEmpty { return false }
                let c = SemanticVersion.compare(version, term.version)
                switch term.op {
                case .eq: return c == 0
                case .ne: return c != 0
                case .gt: return c > 0
                case .lt: return c < 0
                case .ge: return c >= 0
                case .le: return c <= 0
                }
            }
        }
    }

    /// Splits on commas and spaces, keeping an operator attached to its version.
    private static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var pendingOp = ""
        for raw in s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
            let t = String(raw)
            if t.allSatisfy({ "<>=!~^".contains($0) }) { pendingOp += t; continue }
            out.append(pendingOp + t)
            pendingOp = ""
        }
        return out
    }

    /// One `opVERSION` token into primitive terms.
    private static func expand(_ token: String) -> [Term]? {
        var op = ""
        var rest = Substring(token)
        while let f = rest.first, "<>=!~^".contains(f) { op.append(f); rest = rest.dropFirst() }
        guard let w = Wild(String(rest)) else { return nil }
        switch op {
        case "", "=":
            if w.wildcardAt == nil { return [Term(op: .eq, version: w.floor)] }
            return [Term(op: .ge, version: w.floor)] + w.upperTerms(inclusive: true)
        case "!=":
            if w.wildcardAt == nil { return [Term(op: .ne, version: w.floor)] }
            return nil
        case ">":
            if w.wildcardAt == nil { return [Term(op: .gt, version: w.floor)] }
            return w.upperTerms(inclusive: true).map { Term(op: .ge, version: $0.version) }
        case ">=", "=>": return [Term(op: .ge, version: w.floor)]
        case "<": return [Term(op: .lt, version: w.floor)]
        case "<=", "=<":
            if w.wildcardAt == nil { return [Term(op: .le, version: w.floor)] }
            return w.upperTerms(inclusive: true)
        case "~", "~>":
            var upper = w.floor
            upper.prerelease = ""
            if w.given >= 2 { upper = w.bump(minor: true) } else { upper = w.bump(minor: false) }
            return [Term(op: .ge, version: w.floor), Term(op: .lt, version: upper)]
        case "^":
            let f = w.floor
            let upper: SemanticVersion
            if f.major > 0 || w.given == 1 { upper = w.bump(minor: false) }
            else if f.minor > 0 || w.given == 2 { upper = w.bump(minor: true) }
            else { upper = SemanticVersion("0.0.\(f.patch + 1)-0") ?? f }
            return [Term(op: .ge, version: f), Term(op: .lt, version: upper)]
        default: return nil
        }
    }

    /// A version that may end in wildcards (`1.2.x`, `1.*`, `1`).
    private struct Wild {
        var floor: SemanticVersion
        /// Number of numeric parts given before a wildcard or the end.
        var given: Int
        var wildcardAt: Int?

        init?(_ text: String) {
            var s = Substring(text)
            if s.hasPrefix("v") { s = s.dropFirst() }
            var suffix = ""
            if let i = s.firstIndex(where: { $0 == "-" || $0 == "+" }) { suffix = String(s[i...]); s = s[..<i] }
            var nums: [String] = []
            var wildcard: Int?
            for (i, p) in s.split(separator: ".", omittingEmptySubsequences: false).enumerated() {
                if p == "x" || p == "X" || p == "*" { if wildcard == nil { wildcard = i }; nums.append("0"); continue }
                if wildcard != nil { nums.append("0"); continue }
                nums.append(String(p))
            }
            given = wildcard ?? nums.count
            wildcardAt = wildcard ?? (nums.count < 3 ? nums.count : nil)
            if text == "*" || text == "x" || text == "X" { given = 0 }
            while nums.count < 3 { nums.append("0") }
            guard let v = SemanticVersion(nums.prefix(3).joined(separator: ".") + suffix) else { return nil }
            floor = v
        }

        func bump(minor: Bool) -> SemanticVersion {
            let text = minor ? "\(floor.major).\(floor.minor + 1).0" : "\(floor.major + 1).0.0"
            return SemanticVersion(text) ?? floor
        }

        /// Terms bounding the range from above (`< next` for wildcards, `<= v` otherwise).
        func upperTerms(inclusive: Bool) -> [Term] {
            switch wildcardAt {
            case nil: return [Term(op: inclusive ? .le : .lt, version: floor)]
            case 0?: return []
            case 1?: return [Term(op: .lt, version: bump(minor: false))]
            default: return [Term(op: .lt, version: bump(minor: true))]
            }
        }
    }
}
