/// A version range as Masterminds/semver v3 `NewConstraint` reads it: `||` separates
/// alternatives, commas or spaces join conditions; operators `= != > < >= <= ~ ~> ^`;
/// `x`, `X`, `*` or missing parts are wildcards; `1.2 - 1.4` is `>= 1.2, <= 1.4`.
/// Prerelease versions only match conditions that themselves name a prerelease.
public struct SemverConstraint: Sendable, CustomStringConvertible {
    enum Operator: String, CaseIterable {
        case greaterOrEqual = ">=", greaterOrEqualAlt = "=>", lessOrEqual = "<=", lessOrEqualAlt = "=<"
        case notEqual = "!=", tildeAlt = "~>", greater = ">", less = "<", equal = "=", tilde = "~", caret = "^"
    }

    struct Condition {
        var op: Operator?
        var version: SemanticVersion
        /// A wildcard stood in the minor (`1.x`, `1`) or major (`*`) place.
        var minorDirty: Bool
        var patchDirty: Bool
        var dirty: Bool { minorDirty || patchDirty || majorDirty }
        var majorDirty: Bool
    }

    public let description: String
    let alternatives: [[Condition]]

    public init(_ text: String) throws {
        description = text
        var alternatives: [[Condition]] = []
        for group in Self.rewriteRanges(text).components(separatedBy: "||") {
            let conditions = try Self.parseGroup(group, whole: text)
            alternatives.append(conditions)
        }
        self.alternatives = alternatives
    }

    public func isSatisfied(by version: SemanticVersion) -> Bool {
        alternatives.contains { $0.allSatisfy { $0.check(version) } }
    }

    /// `A - B` (spaces required around the dash) becomes `>= A, <= B`.
    private static func rewriteRanges(_ text: String) -> String {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard tokens.contains("-") else { return text }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            if i + 2 < tokens.count, tokens[i + 1] == "-", Operator.allCases.allSatisfy({ !tokens[i].hasPrefix($0.rawValue) }) {
                out.append(">= \(tokens[i]), <= \(tokens[i + 2])")
                i += 3
            } else {
                out.append(tokens[i])
                i += 1
            }
        }
        return out.joined(separator: " ")
    }

    private static func parseGroup(_ group: String, whole: String) throws -> [Condition] {
        var rest = Substring(group)
        var conditions: [Condition] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }
            if rest.isEmpty { break }
            var op: Operator?
            for candidate in Operator.allCases where rest.hasPrefix(candidate.rawValue) {
                op = candidate
                rest = rest.dropFirst(candidate.rawValue.count)
                break
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            let token = rest.prefix { $0 != " " && $0 != "\t" && $0 != "," }
            rest = rest.dropFirst(token.count)
            guard let condition = parseCondition(op, String(token)) else {
                throw GitError.invalidSemverConstraint(whole)
            }
            conditions.append(condition)
        }
        if conditions.isEmpty { throw GitError.invalidSemverConstraint(whole) }
        return conditions
    }

    private static func parseCondition(_ op: Operator?, _ token: String) -> Condition? {
        var body = Substring(token)
        if body.first == "v" { body = body.dropFirst() }
        var suffix = ""
        if let i = body.firstIndex(where: { $0 == "-" || $0 == "+" }) {
            suffix = String(body[i...])
            body = body[..<i]
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        func isX(_ s: Substring) -> Bool { s == "x" || s == "X" || s == "*" }
        for p in parts where !(isX(p) || (!p.isEmpty && p.allSatisfy(\.isASCIIDigit))) { return nil }
        let majorDirty = isX(parts[0])
        let minorDirty = !majorDirty && (parts.count < 2 || isX(parts[1]))
        let patchDirty = !majorDirty && !minorDirty && (parts.count < 3 || isX(parts[2]))
        let numbers = parts.map { isX($0) ? "0" : String($0) }
        let base = majorDirty ? "0.0.0" : numbers.joined(separator: ".")
        guard let version = SemanticVersion(base + suffix) else { return nil }
        return Condition(op: op, version: version, minorDirty: minorDirty, patchDirty: patchDirty, majorDirty: majorDirty)
    }
}

extension SemverConstraint.Condition {
    /// The per-operator rules of Masterminds/semver v3 (`constraintTilde`, `constraintCaret`…).
    func check(_ v: SemanticVersion) -> Bool {
        let c = version
        if !v.prerelease.isEmpty && c.prerelease.isEmpty { return false }
        switch op {
        case nil, .equal?:
            return dirty ? tilde(v) : v == c
        case .notEqual?:
            guard dirty else { return v != c }
            if c.major != v.major { return true }
            if minorDirty { return false }
            if c.minor != v.minor { return true }
            if patchDirty { return SemanticVersion.comparePrerelease(v.prerelease, c.prerelease) != 0 && !(v.prerelease.isEmpty && c.prerelease.isEmpty) }
            return c.patch != v.patch
        case .greater?:
            guard dirty else { return v > c }
            if majorDirty { return false }
            if v.major != c.major { return v.major > c.major }
            if minorDirty { return false }
            if patchDirty { return v.minor > c.minor }
            return v > c
        case .less?:
            return v < c
        case .greaterOrEqual?, .greaterOrEqualAlt?:
            return v >= c
        case .lessOrEqual?, .lessOrEqualAlt?:
            guard dirty else { return v <= c }
            if majorDirty { return true }
            if v.major > c.major { return false }
            if v.major == c.major && v.minor > c.minor && !minorDirty { return false }
            return true
        case .tilde?, .tildeAlt?:
            return tilde(v)
        case .caret?:
            return caret(v)
        }
    }

    private func tilde(_ v: SemanticVersion) -> Bool {
        let c = version
        if v < c { return false }
        if majorDirty || (c.major == 0 && c.minor == 0 && c.patch == 0 && !minorDirty && !patchDirty) { return true }
        if v.major != c.major { return false }
        if v.minor != c.minor && !minorDirty { return false }
        return true
    }

    private func caret(_ v: SemanticVersion) -> Bool {
        let c = version
        if v < c { return false }
        if majorDirty { return true }
        if c.major > 0 || minorDirty { return v.major == c.major }
        if v.major > 0 { return false }
        if c.minor > 0 || patchDirty { return v.minor == c.minor }
        if v.minor > 0 { return false }
        return v.patch == c.patch
    }
}
