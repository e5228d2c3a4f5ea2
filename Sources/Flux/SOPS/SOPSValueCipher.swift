import Crypto

/// One `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` value and its AES-256-GCM decryption.
/// SOPS uses 32-byte IVs and authenticates each value with its tree path as additional data.
struct SOPSEncryptedValue {
    enum Kind: String { case str, int, int64, float, bool, bytes, time, comment }

    var data: [UInt8]
    var iv: [UInt8]
    var tag: [UInt8]
    var kind: Kind

    static let prefix = "ENC[AES256_GCM,"

    /// Parses the textual form; the reason string explains a failure.
    static func parse(_ text: String) -> Result<SOPSEncryptedValue, ParseFailure> {
        let bytes = Array(text.utf8)
        guard text.hasPrefix(prefix), bytes.last == UInt8(ascii: "]") else {
            return .failure(ParseFailure(reason: "not an ENC[AES256_GCM,…] value"))
        }
        let inner = bytes[prefix.utf8.count..<(bytes.count - 1)]
        var fields: [String: ArraySlice<UInt8>] = [:]
        for part in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard let colon = part.firstIndex(of: UInt8(ascii: ":")) else {
                return .failure(ParseFailure(reason: "field without ':'"))
            }
            fields[String(decoding: part[..<colon], as: UTF8.self)] = part[(colon + 1)...]
        }
        guard let d = fields["data"], let i = fields["iv"], let t = fields["tag"], let ty = fields["type"] else {
            return .failure(ParseFailure(reason: "missing data, iv, tag or type"))
        }
        guard let data = Base64Bytes.decode(d), let iv = Base64Bytes.decode(i), let tag = Base64Bytes.decode(t) else {
            return .failure(ParseFailure(reason: "data, iv or tag is not base64"))
        }
        guard let kind = Kind(rawValue: String(decoding: ty, as: UTF8.self)) else {
            return .failure(ParseFailure(reason: "unknown type '\(String(decoding: ty, as: UTF8.self))'"))
        }
        guard tag.count == 16, iv.count >= 12 else {
            return .failure(ParseFailure(reason: "tag must be 16 bytes and iv at least 12"))
        }
        return .success(SOPSEncryptedValue(data: data, iv: iv, tag: tag, kind: kind))
    }

    struct ParseFailure: Error { var reason: String }

    /// The plaintext bytes, or nil when authentication fails.
    func open(key: SymmetricKey, additionalData: String) -> [UInt8]? {
        guard let nonce = try? AES.GCM.Nonce(data: iv),
              let box = try? AES.GCM.SealedBox(nonce: nonce, ciphertext: data, tag: tag),
              let plain = try? AES.GCM.open(box, using: key, authenticating: Array(additionalData.utf8)) else {
            return nil
        }
        return Array(plain)
    }
}

extension SOPSEncryptedValue {
    /// SOPS's `aes.Cipher.Encrypt`: AES-256-GCM with a random 32-byte IV and the tree path as
    /// additional data, rendered as `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`.
    static func seal(_ plaintext: [UInt8], kind: Kind, key: SymmetricKey, additionalData: String) throws -> String {
        let nonce = try AES.GCM.Nonce(data: SecureBytes.random(32))
        let box = try AES.GCM.seal(plaintext, using: key, nonce: nonce, authenticating: Array(additionalData.utf8))
        return "ENC[AES256_GCM,data:\(Base64Text.encode(Array(box.ciphertext), padded: true))"
            + ",iv:\(Base64Text.encode(Array(nonce), padded: true))"
            + ",tag:\(Base64Text.encode(Array(box.tag), padded: true)),type:\(kind.rawValue)]"
    }
}
