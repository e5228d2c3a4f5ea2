import Diagnostics
import Foundation

/// Which tree paths SOPS encrypted, from the metadata's suffix and regex selectors (applied
/// in the same order and with the same precedence as SOPS: the last applicable rule wins).
struct SOPSPathRules {
    var unencryptedSuffix: String
    var encryptedSuffix: String
    var unencryptedRegex: NSRegularExpression?
    var encryptedRegex: NSRegularExpression?
    /// `encrypted_comment_regex` / `unencrypted_comment_regex`: selection by preceding comments,
    /// which the YAML comment model here does not replay exactly; leaves then decide by marker.
    var usesCommentRules: Bool

    init(_ metadata: SOPSMetadata, location: SourceLocation?) throws {
        unencryptedSuffix = metadata.unencryptedSuffix
        encryptedSuffix = metadata.encryptedSuffix
        usesCommentRules = !metadata.encryptedCommentRegex.isEmpty || !metadata.unencryptedCommentRegex.isEmpty
        func compile(_ pattern: String, _ name: String) throws -> NSRegularExpression? {
            guard !pattern.isEmpty else { return nil }
            do { return try NSRegularExpression(pattern: pattern) } catch {
                throw SOPSError.malformedMetadata("\(name) '\(pattern)' is not a valid regular expression", at: location)
            }
        }
        unencryptedRegex = try compile(metadata.unencryptedRegex, "unencrypted_regex")
        encryptedRegex = try compile(metadata.encryptedRegex, "encrypted_regex")
    }

    private static func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
        re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    func isEncrypted(_ path: [String]) -> Bool {
        var encrypted = true
        if !unencryptedSuffix.isEmpty, path.contains(where: { $0.hasSuffix(unencryptedSuffix) }) { encrypted = false }
        if !encryptedSuffix.isEmpty { encrypted = path.contains { $0.hasSuffix(encryptedSuffix) } }
        if let re = unencryptedRegex, path.contains(where: { Self.matches(re, $0) }) { encrypted = false }
        if let re = encryptedRegex { encrypted = path.contains { Self.matches(re, $0) } }
        return encrypted
    }
}
