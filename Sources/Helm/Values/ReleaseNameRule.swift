/// Helm's `chartutil.ValidateReleaseName`: DNS-style labels of lowercase letters, digits and
/// dashes, joined by dots, at most 53 bytes — checked before anything is rendered.
enum ReleaseNameRule {
    static let pattern = #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#
    static let maxLength = 53

    static func validate(_ name: String) throws {
        guard !name.isEmpty, name.utf8.count <= maxLength, isValid(name) else {
            throw HelmError.invalidReleaseName(name)
        }
    }

    /// `pattern` without a regex engine: every dot-separated label non-empty, made of
    /// `[-a-z0-9]`, starting and ending with a letter or digit.
    static func isValid(_ name: String) -> Bool {
        func alnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        for label in name.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last, alnum(first), alnum(last) else { return false }
            guard label.allSatisfy({ alnum($0) || $0 == UInt8(ascii: "-") }) else { return false }
        }
        return true
    }
}
