import Crypto
import Foundation

/// The encrypting half of age v1 (https://age-encryption.org/v1, C2SP `age.md`): a random file
/// key wrapped for each X25519 recipient, the header MAC, and the STREAM payload — what SOPS
/// stores per recipient under `sops.age[].enc`.
extension AgeFile {
    /// Encrypts `plaintext` for every recipient (`age1…`) and returns the armored text, as SOPS
    /// stores it (`-----BEGIN AGE ENCRYPTED FILE-----`, 64-column base64, trailing newline).
    static func encryptArmored(_ plaintext: [UInt8], recipients: [String]) throws -> String {
        armor(try encrypt(plaintext, recipients: recipients))
    }

    /// The binary age file: header (one `X25519` stanza per recipient, `--- <mac>`), then payload.
    static func encrypt(_ plaintext: [UInt8], recipients: [String]) throws -> [UInt8] {
        guard !recipients.isEmpty else { throw SOPSError.invalidRecipient("", reason: "no age recipients given") }
        let keys = try recipients.map(AgeRecipient.init)
        let fileKey = SecureBytes.random(16)
        var header = Array("age-encryption.org/v1\n".utf8)
        for key in keys {
            let (share, body) = try wrapX25519(fileKey: fileKey, for: key)
            header += Array("-> X25519 \(Base64Text.encode(share, padded: false))\n".utf8)
            header += stanzaBody(body)
        }
        header += Array("---".utf8)
        let hmacKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: [UInt8](),
                                             info: Array("header".utf8), outputByteCount: 32)
        let mac = Array(HMAC<SHA256>.authenticationCode(for: header, using: hmacKey))
        header += Array(" \(Base64Text.encode(mac, padded: false))\n".utf8)
        return header + (try encryptPayload(plaintext, fileKey: fileKey))
    }

    /// age's `X25519Recipient.Wrap`: an ephemeral share, HKDF-SHA256 over the shared secret with
    /// salt `share || recipient`, and the file key sealed by ChaCha20-Poly1305 under a zero nonce.
    static func wrapX25519(fileKey: [UInt8], for recipient: AgeRecipient) throws -> (share: [UInt8], body: [UInt8]) {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let share = Array(ephemeral.publicKey.rawRepresentation)
        guard let peer = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: recipient.publicKey),
              let shared = try? ephemeral.sharedSecretFromKeyAgreement(with: peer) else {
            throw SOPSError.invalidRecipient(recipient.text, reason: "not an X25519 public key")
        }
        let sharedBytes = shared.withUnsafeBytes { Array($0) }
        // A low-order point gives an all-zero secret; age refuses it, and so do we.
        guard sharedBytes.contains(where: { $0 != 0 }) else {
            throw SOPSError.invalidRecipient(recipient.text, reason: "low-order X25519 point")
        }
        let wrapKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: sharedBytes),
                                             salt: share + recipient.publicKey,
                                             info: Array("age-encryption.org/v1/X25519".utf8), outputByteCount: 32)
        let nonce = try ChaChaPoly.Nonce(data: [UInt8](repeating: 0, count: 12))
        let box = try ChaChaPoly.seal(fileKey, using: wrapKey, nonce: nonce)
        return (share, Array(box.ciphertext) + Array(box.tag))
    }

    /// Stanza bodies are unpadded base64 in 64-column lines; the last line is always shorter
    /// than 64 (empty when the body fills whole lines), which is how a reader finds the end.
    static func stanzaBody(_ body: [UInt8]) -> [UInt8] {
        let text = Array(Base64Text.encode(body, padded: false).utf8)
        var out: [UInt8] = []
        var i = 0
        while i + 64 <= text.count {
            out += text[i..<(i + 64)] + [0x0A]
            i += 64
        }
        out += text[i...] + [0x0A]
        return out
    }

    /// The STREAM payload: a random 16-byte nonce, HKDF to the payload key, then 64 KiB chunks
    /// sealed with an 11-byte big-endian counter and a last-chunk flag as the nonce.
    static func encryptPayload(_ plaintext: [UInt8], fileKey: [UInt8]) throws -> [UInt8] {
        let streamNonce = SecureBytes.random(16)
        let key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: streamNonce,
                                         info: Array("payload".utf8), outputByteCount: 32)
        var out = streamNonce
        var offset = 0
        var counter: UInt64 = 0
        repeat {
            let end = min(offset + chunkSize, plaintext.count)
            let isLast = end == plaintext.count
            var nonce = [UInt8](repeating: 0, count: 12)
            for i in 0..<8 { nonce[10 - i] = UInt8((counter >> UInt64(8 * i)) & 0xff) }
            nonce[11] = isLast ? 1 : 0
            let box = try ChaChaPoly.seal(plaintext[offset..<end], using: key, nonce: try ChaChaPoly.Nonce(data: nonce))
            out += Array(box.ciphertext) + Array(box.tag)
            offset = end
            counter += 1
        } while offset < plaintext.count
        return out
    }

    /// age's armor: padded base64 in 64-column lines between the BEGIN and END lines.
    static func armor(_ bytes: [UInt8]) -> String {
        let b64 = Array(Base64Text.encode(bytes, padded: true).utf8)
        var out = armorBegin + "\n"
        var i = 0
        while i < b64.count {
            let end = min(i + 64, b64.count)
            out += String(decoding: b64[i..<end], as: UTF8.self) + "\n"
            i = end
        }
        return out + armorEnd + "\n"
    }
}

/// An `age1…` X25519 recipient: the Bech32-encoded 32-byte public key.
struct AgeRecipient: Hashable {
    var text: String
    var publicKey: [UInt8]

    init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let decoded = Bech32.decode(trimmed) else {
            throw SOPSError.invalidRecipient(text, reason: "not an age1… recipient")
        }
        guard decoded.hrp == "age" else {
            // age1pq…, age1yubikey… and other plugin recipients need code this build does not have.
            throw SOPSError.invalidRecipient(text, reason: "only X25519 recipients (age1…) are supported, not '\(decoded.hrp)'")
        }
        guard decoded.data.count == 32 else {
            throw SOPSError.invalidRecipient(text, reason: "an X25519 recipient is 32 bytes, not \(decoded.data.count)")
        }
        self.text = trimmed
        self.publicKey = decoded.data
    }
}

/// Random bytes from the system CSPRNG (`getrandom`/`arc4random`, which `SystemRandomNumberGenerator` wraps).
enum SecureBytes {
    static func random(_ count: Int) -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
    }
}

/// Standard-alphabet base64 text, padded (SOPS values, armor) or not (age headers).
enum Base64Text {
    static func encode(_ bytes: [UInt8], padded: Bool) -> String {
        let text = Data(bytes).base64EncodedString()
        return padded ? text : String(text.prefix { $0 != "=" })
    }
}
