import Crypto

/// Decrypts age v1 files (https://age-encryption.org/v1) with X25519 identities: enough of
/// age for SOPS, which stores the data key as a small ASCII-armored age file per recipient.
enum AgeFile {
    static let armorBegin = "-----BEGIN AGE ENCRYPTED FILE-----"
    static let armorEnd = "-----END AGE ENCRYPTED FILE-----"
    static let chunkSize = 64 * 1024

    struct Stanza {
        var type: String
        var args: [String]
        var body: [UInt8]
    }

    /// Strips the armor (when present) and returns the binary age file.
    static func dearmor(_ text: String) throws -> [UInt8] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(armorBegin) else { return Array(text.utf8) }
        guard trimmed.hasSuffix(armorEnd) else { throw SOPSError.malformedAgeFile("armor has no END line") }
        let inner = trimmed.dropFirst(armorBegin.count).dropLast(armorEnd.count)
        var b64: [UInt8] = []
        for line in inner.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            b64 += line.trimmingCharacters(in: .whitespaces).utf8
        }
        guard let bytes = Base64Bytes.decode(b64) else { throw SOPSError.malformedAgeFile("armor is not base64") }
        return bytes
    }

    /// Decrypts a (possibly armored) age file with the first identity that unwraps it.
    static func decrypt(_ text: String, identities: [AgeIdentity]) throws -> [UInt8] {
        try decrypt(bytes: try dearmor(text), identities: identities)
    }

    /// Decrypts a binary age file.
    static func decrypt(bytes: [UInt8], identities: [AgeIdentity]) throws -> [UInt8] {
        let (stanzas, macInput, mac, payloadStart) = try parseHeader(bytes)
        for stanza in stanzas where stanza.type == "X25519" {
            for identity in identities {
                guard let fileKey = unwrapX25519(stanza, identity: identity) else { continue }
                try verifyHeader(macInput: macInput, mac: mac, fileKey: fileKey)
                return try decryptPayload(Array(bytes[payloadStart...]), fileKey: fileKey)
            }
        }
        throw SOPSError.malformedAgeFile("no identity matched any X25519 recipient stanza")
    }

    /// Parses the header lines up to `--- <mac>`. Returns the stanzas, the bytes the MAC covers
    /// (through `---`), the MAC, and where the payload begins.
    static func parseHeader(_ bytes: [UInt8]) throws -> ([Stanza], [UInt8], [UInt8], Int) {
        var pos = 0
        var lineStart = 0
        func nextLine() throws -> String {
            guard let nl = bytes[pos...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw SOPSError.malformedAgeFile("header ends early")
            }
            let line = String(decoding: bytes[pos..<nl], as: UTF8.self)
            lineStart = pos
            pos = nl + 1
            return line
        }
        guard try nextLine() == "age-encryption.org/v1" else {
            throw SOPSError.malformedAgeFile("not an age-encryption.org/v1 file")
        }
        var stanzas: [Stanza] = []
        var line = try nextLine()
        while line.hasPrefix("-> ") {
            let parts = line.dropFirst(3).split(separator: " ").map(String.init)
            guard let type = parts.first else { throw SOPSError.malformedAgeFile("empty stanza") }
            var body: [UInt8] = []
            // Body lines are 64 columns; a shorter (possibly empty) line ends the body.
            while true {
                let bodyLine = try nextLine()
                guard bodyLine.utf8.count <= 64, let chunk = Base64Bytes.decode(bodyLine.utf8),
                      !bodyLine.hasSuffix("=") else {
                    throw SOPSError.malformedAgeFile("stanza body is not unpadded base64")
                }
                body += chunk
                if bodyLine.utf8.count < 64 { break }
            }
            stanzas.append(Stanza(type: type, args: Array(parts.dropFirst()), body: body))
            line = try nextLine()
        }
        guard line.hasPrefix("--- ") else { throw SOPSError.malformedAgeFile("header has no MAC line") }
        guard let mac = Base64Bytes.decode(line.dropFirst(4).utf8), mac.count == 32 else {
            throw SOPSError.malformedAgeFile("header MAC is not 32 bytes of base64")
        }
        // The MAC covers the header through "---" (the space and MAC excluded).
        let macInput = Array(bytes[..<(lineStart + 3)])
        return (stanzas, macInput, mac, pos)
    }

    /// Unwraps the 16-byte file key from an X25519 stanza, or nil when it is not for us.
    static func unwrapX25519(_ stanza: Stanza, identity: AgeIdentity) -> [UInt8]? {
        guard stanza.args.count == 1, let share = Base64Bytes.decode(stanza.args[0].utf8), share.count == 32,
              stanza.body.count == 32,
              let priv = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: identity.secret),
              let peer = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: share),
              let shared = try? priv.sharedSecretFromKeyAgreement(with: peer) else { return nil }
        let sharedBytes = shared.withUnsafeBytes { Array($0) }
        guard sharedBytes.contains(where: { $0 != 0 }) else { return nil }
        let salt = share + Array(priv.publicKey.rawRepresentation)
        let wrapKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: sharedBytes), salt: salt,
                                             info: Array("age-encryption.org/v1/X25519".utf8), outputByteCount: 32)
        guard let box = try? ChaChaPoly.SealedBox(combined: [UInt8](repeating: 0, count: 12) + stanza.body),
              let fileKey = try? ChaChaPoly.open(box, using: wrapKey), fileKey.count == 16 else { return nil }
        return Array(fileKey)
    }

    static func verifyHeader(macInput: [UInt8], mac: [UInt8], fileKey: [UInt8]) throws {
        let hmacKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: [UInt8](),
                                             info: Array("header".utf8), outputByteCount: 32)
        guard HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: macInput, using: hmacKey) else {
            throw SOPSError.malformedAgeFile("header MAC does not verify")
        }
    }

    /// The STREAM payload: a 16-byte nonce, then 64 KiB ChaCha20-Poly1305 chunks whose nonce is
    /// an 11-byte big-endian counter plus a final-chunk flag byte.
    static func decryptPayload(_ payload: [UInt8], fileKey: [UInt8]) throws -> [UInt8] {
        guard payload.count >= 16 + 16 else { throw SOPSError.malformedAgeFile("payload too short") }
        let key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: Array(payload[..<16]),
                                         info: Array("payload".utf8), outputByteCount: 32)
        var out: [UInt8] = []
        var offset = 16
        var counter: UInt64 = 0
        let sealedChunk = chunkSize + 16
        while offset < payload.count {
            let end = min(offset + sealedChunk, payload.count)
            let isLast = end == payload.count
            var nonce = [UInt8](repeating: 0, count: 12)
            for i in 0..<8 { nonce[10 - i] = UInt8((counter >> UInt64(8 * i)) & 0xff) }
            nonce[11] = isLast ? 1 : 0
            guard let box = try? ChaChaPoly.SealedBox(combined: nonce + payload[offset..<end]),
                  let plain = try? ChaChaPoly.open(box, using: key) else {
                throw SOPSError.malformedAgeFile("payload chunk \(counter) does not authenticate")
            }
            if isLast, plain.isEmpty, counter > 0 { throw SOPSError.malformedAgeFile("empty final chunk") }
            out += plain
            offset = end
            counter += 1
        }
        return out
    }
}
