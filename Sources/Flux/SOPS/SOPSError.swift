import Diagnostics

/// Everything that can go wrong reading or decrypting a SOPS document. Each case carries the
/// location of the `sops:` block or of the offending value when the file is known.
public enum SOPSError: Error, Hashable, Sendable, DiagnosticConvertible {
    /// The document has no usable `sops:` metadata (missing `mac`, `lastmodified`, …).
    case malformedMetadata(String, at: SourceLocation?)
    /// A value in an encrypted path is not a well-formed `ENC[AES256_GCM,…]` string.
    case malformedValue(path: String, reason: String, at: SourceLocation?)
    /// A value failed AES-GCM authentication (tampered ciphertext or wrong data key).
    case valueAuthenticationFailed(path: String, at: SourceLocation?)
    /// None of the available identities could unwrap the data key.
    case noMatchingIdentity(recipients: [String], fingerprints: [String], reasons: [String], at: SourceLocation?)
    /// The recomputed MAC differs from the stored one: the tree was modified.
    case macMismatch(at: SourceLocation?)
    /// An age identity string could not be parsed.
    case invalidIdentity(String)
    /// The age file holding the data key is malformed.
    case malformedAgeFile(String)
    /// An `age1…` recipient (from `.sops.yaml` or a caller) cannot be used.
    case invalidRecipient(String, reason: String)
    /// `.sops.yaml` is malformed or has no rule for a path.
    case invalidConfig(String, at: SourceLocation?)
    /// A value cannot be encrypted the way SOPS would (a document that is not a mapping, a key
    /// that is not a string, …).
    case unsupportedValue(path: String, reason: String, at: SourceLocation?)

    public var diagnostic: Diagnostic {
        switch self {
        case let .malformedMetadata(reason, loc):
            return .error("sops metadata is malformed: \(reason)", at: loc)
        case let .malformedValue(path, reason, loc):
            return .error("sops value at '\(path)' is malformed: \(reason)", at: loc)
        case let .valueAuthenticationFailed(path, loc):
            return .error("sops value at '\(path)' failed to decrypt (tampered, or the data key is wrong)", at: loc)
        case let .noMatchingIdentity(recipients, fingerprints, reasons, loc):
            var parts: [String] = []
            if !recipients.isEmpty { parts.append("age recipients " + recipients.joined(separator: ", ")) }
            if !fingerprints.isEmpty { parts.append("pgp fingerprints " + fingerprints.joined(separator: ", ")) }
            let wanted = parts.isEmpty ? "no age or pgp keys are listed" : parts.joined(separator: "; ")
            return Diagnostic(.error, "no identity can decrypt the sops data key (\(wanted))", at: loc,
                              notes: reasons.map { Diagnostic.Note($0) })
        case let .macMismatch(loc):
            return .error("sops MAC mismatch: the file was modified after encryption", at: loc)
        case let .invalidIdentity(reason):
            return .error("invalid age identity: \(reason)")
        case let .malformedAgeFile(reason):
            return .error("malformed age file: \(reason)")
        case let .invalidRecipient(recipient, reason):
            return .error("invalid age recipient '\(recipient)': \(reason)")
        case let .invalidConfig(reason, loc):
            return .error("sops config: \(reason)", at: loc)
        case let .unsupportedValue(path, reason, loc):
            return .error("cannot encrypt '\(path)': \(reason)", at: loc)
        }
    }
}
