import Diagnostics
import Foundation

/// One `creation_rules` entry of `.sops.yaml` (or the options of `sops --encrypt`): who can
/// decrypt (age recipients, PGP fingerprints) and which values are encrypted.
public struct SOPSCreationRule: Sendable, Hashable {
    /// `path_regex`; empty matches every path.
    public var pathRegex: String
    public var ageRecipients: [String]
    /// Listed so callers can report them; encryption here is age-only.
    public var pgpFingerprints: [String]
    public var unencryptedSuffix: String
    public var encryptedSuffix: String
    public var unencryptedRegex: String
    public var encryptedRegex: String
    public var unencryptedCommentRegex: String
    public var encryptedCommentRegex: String
    public var macOnlyEncrypted: Bool
    /// Where the rule is written, for errors.
    public var location: SourceLocation?

    public init(pathRegex: String = "", ageRecipients: [String], pgpFingerprints: [String] = [],
                unencryptedSuffix: String = "", encryptedSuffix: String = "",
                unencryptedRegex: String = "", encryptedRegex: String = "",
                unencryptedCommentRegex: String = "", encryptedCommentRegex: String = "",
                macOnlyEncrypted: Bool = false, location: SourceLocation? = nil) {
        self.pathRegex = pathRegex
        self.ageRecipients = ageRecipients
        self.pgpFingerprints = pgpFingerprints
        self.unencryptedSuffix = unencryptedSuffix
        self.encryptedSuffix = encryptedSuffix
        self.unencryptedRegex = unencryptedRegex
        self.encryptedRegex = encryptedRegex
        self.unencryptedCommentRegex = unencryptedCommentRegex
        self.encryptedCommentRegex = encryptedCommentRegex
        self.macOnlyEncrypted = macOnlyEncrypted
        self.location = location
    }

    /// The selectors that are set, by their `.sops.yaml` names.
    var selectors: [String] {
        [("unencrypted_suffix", unencryptedSuffix), ("encrypted_suffix", encryptedSuffix),
         ("unencrypted_regex", unencryptedRegex), ("encrypted_regex", encryptedRegex),
         ("unencrypted_comment_regex", unencryptedCommentRegex), ("encrypted_comment_regex", encryptedCommentRegex)]
            .filter { !$0.1.isEmpty }.map(\.0)
    }

    /// The rule as `sops --encrypt` applies it: at most one selector (SOPS refuses more), and
    /// `unencrypted_suffix: _unencrypted` when none is given.
    func effective() throws -> SOPSCreationRule {
        let set = selectors
        guard set.count <= 1 else {
            throw SOPSError.invalidConfig("cannot use more than one of \(set.joined(separator: ", ")) in one rule", at: location)
        }
        var rule = self
        if set.isEmpty { rule.unencryptedSuffix = "_unencrypted" }
        return rule
    }

    /// The selection of an existing encrypted file, so re-encryption keeps it.
    public init(metadata m: SOPSMetadata, ageRecipients: [String]) {
        self.init(ageRecipients: ageRecipients, pgpFingerprints: [],
                  unencryptedSuffix: m.unencryptedSuffix, encryptedSuffix: m.encryptedSuffix,
                  unencryptedRegex: m.unencryptedRegex, encryptedRegex: m.encryptedRegex,
                  unencryptedCommentRegex: m.unencryptedCommentRegex, encryptedCommentRegex: m.encryptedCommentRegex,
                  macOnlyEncrypted: m.macOnlyEncrypted)
    }
}
