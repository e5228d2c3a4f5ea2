import Diagnostics
import Foundation

/// Which tree paths SOPS encrypts, from the suffix and regex selectors (applied in the same
/// order and with the same precedence as SOPS's `shouldBeEncrypted`: the last applicable rule
/// wins). Used to decrypt (from a file's metadata) and to encrypt (from a creation rule).
struct SOPSPathRules {
    var unencryptedSuffix: String
    var encryptedSuffix: String
    var unencryptedRegex: NSRegularExpression?
    var encryptedRegex: NSRegularExpression?
    var unencryptedCommentRegex: NSRegularExpression?
    var encryptedCommentRegex: NSRegularExpression?
    /// `encrypted_comment_regex` / `unencrypted_comment_regex`: selection by preceding comments,
    /// which the YAML comment model here does not replay exactly when decrypting; leaves then
    /// decide by their `ENC[…]` marker.
    var usesCommentRules: Bool { unencryptedCommentRegex != nil || encryptedCommentRegex != nil }

    init(_ metadata: SOPSMetadata, location: SourceLocation?) throws {
        try self.init(unencryptedSuffix: metadata.unencryptedSuffix, encryptedSuffix: metadata.encryptedSuffix,
                      unencryptedRegex: metadata.unencryptedRegex, encryptedRegex: metadata.encryptedRegex,
                      unencryptedCommentRegex: metadata.unencryptedCommentRegex,
                      encryptedCommentRegex: metadata.encryptedCommentRegex) { name, pattern in
            SOPSError.malformedMetadata("\(name) '\(pattern)' is not a valid regular expression", at: location)
        }
    }

    init(_ rule: SOPSCreationRule) throws {
        try self.init(unencryptedSuffix: rule.unencryptedSuffix, encryptedSuffix: rule.encryptedSuffix,
                      unencryptedRegex: rule.unencryptedRegex, encryptedRegex: rule.encryptedRegex,
                      unencryptedCommentRegex: rule.unencryptedCommentRegex,
                      encryptedCommentRegex: rule.encryptedCommentRegex) { name, pattern in
            SOPSError.invalidConfig("\(name) '\(pattern)' is not a valid regular expression", at: rule.location)
        }
    }

    private init(unencryptedSuffix: String, encryptedSuffix: String, unencryptedRegex: String, encryptedRegex: String,
                 unencryptedCommentRegex: String, encryptedCommentRegex: String,
                 invalid: (String, String) -> SOPSError) throws {
        func compile(_ pattern: String, _ name: String) throws -> NSRegularExpression? {
            guard !pattern.isEmpty else { return nil }
            do { return try NSRegularExpression(pattern: pattern) } catch { throw invalid(name, pattern) }
        }
        self.unencryptedSuffix = unencryptedSuffix
        self.encryptedSuffix = encryptedSuffix
        self.unencryptedRegex = try compile(unencryptedRegex, "unencrypted_regex")
        self.encryptedRegex = try compile(encryptedRegex, "encrypted_regex")
        self.unencryptedCommentRegex = try compile(unencryptedCommentRegex, "unencrypted_comment_regex")
        self.encryptedCommentRegex = try compile(encryptedCommentRegex, "encrypted_comment_regex")
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

    /// The full rule as SOPS applies it when encrypting, with the comments seen so far in each
    /// enclosing collection (`stack`, innermost last). A comment that carries the
    /// `encrypted_comment_regex` marker is itself left readable.
    func isEncrypted(_ path: [String], comments stack: [[String]], isComment: Bool) -> Bool {
        var encrypted = isEncrypted(path)
        if let re = unencryptedCommentRegex, stack.joined().contains(where: { Self.matches(re, $0) }) { encrypted = false }
        if let re = encryptedCommentRegex {
            for (i, comments) in stack.enumerated() {
                for (j, c) in comments.enumerated() {
                    if isComment, i == stack.count - 1, j == comments.count - 1 { continue }
                    if Self.matches(re, c) { return true }
                }
            }
            return false
        }
        return encrypted
    }
}
