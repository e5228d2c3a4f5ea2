import Crypto
import Diagnostics
import Foundation
import YAML

/// Decrypts SOPS-encrypted YAML documents in process: unwraps the data key with an age
/// identity (or `gpg` for PGP-only files), decrypts every `ENC[…]` value with its tree path
/// as AES-GCM additional data, restores the value types, and checks the MAC.
public struct SOPSDecryptor: Sendable {
    public var identities: [AgeIdentity]
    /// Whether to fall back to `gpg --decrypt` for the `sops.pgp` keys.
    public var allowPGP: Bool
    /// The gpg home directory to use instead of `GNUPGHOME` / `~/.gnupg`.
    public var gnupgHome: String?

    public init(identities: [AgeIdentity], allowPGP: Bool = true, gnupgHome: String? = nil) {
        self.identities = identities
        self.allowPGP = allowPGP
        self.gnupgHome = gnupgHome
    }

    /// The decrypted document (same node kind as given), without its `sops` key. Documents
    /// without SOPS metadata are returned unchanged.
    public func decrypt(_ root: Node, file: SourceFile?) throws -> Node {
        try decryptStream([root], file: file).first ?? root
    }

    /// Decrypts every document of a multi-document file. SOPS repeats the same `sops` block in
    /// each document and computes one MAC over all of them in order, so they must be decrypted
    /// together. Streams without SOPS metadata are returned unchanged.
    public func decryptStream(_ documents: [Node], file: SourceFile?) throws -> [Node] {
        guard let metadata = documents.first(where: SOPS.isEncrypted).flatMap(SOPSMetadata.init) else {
            return documents
        }
        let blockLocation = SOPS.location(metadata.mark, file)
        guard !metadata.hasKeyGroups else {
            throw SOPSError.malformedMetadata("Shamir key_groups are not supported", at: blockLocation)
        }
        guard !metadata.mac.isEmpty, !metadata.lastModified.isEmpty else {
            throw SOPSError.malformedMetadata("missing mac or lastmodified", at: blockLocation)
        }
        let key = SymmetricKey(data: try dataKey(metadata, location: blockLocation))

        var walker = SOPSTreeWalker(rules: try SOPSPathRules(metadata, location: blockLocation), key: key, file: file)
        if metadata.macOnlyEncrypted {
            walker.macOnlyEncrypted = true
            walker.hash.update(data: SOPSTreeWalker.macOnlyEncryptedSeed)
        }
        let decrypted = try documents.map { try walker.walk(SOPS.removingMetadata($0), path: []) }
        let computed = walker.hash.finalize().map { String(format: "%02X", $0) }.joined()

        guard case let .success(storedMAC) = SOPSEncryptedValue.parse(metadata.mac) else {
            throw SOPSError.malformedMetadata("mac is not an ENC[AES256_GCM,…] value", at: blockLocation)
        }
        guard let macBytes = storedMAC.open(key: key, additionalData: metadata.lastModified),
              String(decoding: macBytes, as: UTF8.self) == computed else {
            throw SOPSError.macMismatch(at: blockLocation)
        }
        return decrypted
    }

    /// The 32-byte data key, from the first age identity (matching recipients first) or pgp key
    /// that unwraps it.
    func dataKey(_ metadata: SOPSMetadata, location: SourceLocation?) throws -> [UInt8] {
        var reasons: [String] = []
        let mine = Set(identities.map(\.recipient))
        let ordered = metadata.age.filter { mine.contains($0.recipient) } + metadata.age.filter { !mine.contains($0.recipient) }
        for entry in ordered where !identities.isEmpty {
            do {
                let key = try AgeFile.decrypt(entry.enc, identities: identities)
                if key.count == 32 { return key }
                reasons.append("age key for \(entry.recipient) is \(key.count) bytes, not 32")
            } catch let error as SOPSError {
                if mine.contains(entry.recipient) { reasons.append("\(entry.recipient): \(error.diagnostic.message)") }
            }
        }
        if identities.isEmpty, !metadata.age.isEmpty { reasons.append("no age identities were given") }
        if allowPGP, !metadata.pgp.isEmpty {
            for entry in metadata.pgp {
                switch GPGDecrypt.run(entry.enc, gnupgHome: gnupgHome) {
                case let .success(key) where key.count == 32: return key
                case .success: reasons.append("pgp \(entry.fingerprint): decrypted key is not 32 bytes")
                case let .failure(failure): reasons.append("pgp \(entry.fingerprint): \(failure.reason)")
                }
            }
        }
        throw SOPSError.noMatchingIdentity(recipients: metadata.age.map(\.recipient),
                                           fingerprints: metadata.pgp.map(\.fingerprint),
                                           reasons: reasons, at: location)
    }
}
