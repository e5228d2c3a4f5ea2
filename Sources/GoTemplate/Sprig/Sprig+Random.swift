import Crypto
import Foundation

/// Random strings (goutils' CryptoRandom*) and keys.
enum SprigRandom {
    static let alpha = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
    static let alphaNumeric = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".unicodeScalars)
    static let numeric = Array("0123456789".unicodeScalars)
    static let ascii: [Unicode.Scalar] = (32...126).compactMap { Unicode.Scalar(UInt32($0)) }

    static func string(_ count: Int, _ alphabet: [Unicode.Scalar], using rng: inout TemplateRandom) -> String {
        guard count > 0 else { return "" }
        var out = String.UnicodeScalarView()
        for _ in 0..<count { out.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
        return String(out)
    }

    static func bytes(_ count: Int, using rng: inout TemplateRandom) throws -> String {
        guard count >= 0 else { throw TemplateFunctionError("runtime error: makeslice: len out of range") }
        return Base64.encode((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
    }
}

extension SprigRandom {
    /// A version 4 UUID from the execution's random source.
    static func uuid(using rng: inout TemplateRandom) -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        let c = Array(hex)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }
}

/// What swift-crypto allows of Sprig's key and certificate functions.
enum SprigCrypto {
    static func unsupported(_ name: String) throws -> String {
        throw TemplateFunctionError("\(name) is not supported by this implementation")
    }

    static func unsupportedValue(_ name: String) throws -> TemplateValue {
        throw TemplateFunctionError("\(name) is not supported by this implementation")
    }

    /// `genPrivateKey`: PEM for "ecdsa" (P-256) and "ed25519"; RSA/DSA need primitives
    /// swift-crypto's public API does not have, so they give Sprig's unknown-type text.
    static func privateKey(_ type: String) -> String {
        switch type {
        case "ecdsa":
            let key = P256.Signing.PrivateKey()
            return key.pemRepresentation + "\n"
        case "ed25519":
            let key = Curve25519.Signing.PrivateKey()
            // PKCS#8 wrapping of the 32-byte seed (RFC 8410).
            let prefix: [UInt8] = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
            let der = prefix + Array(key.rawRepresentation)
            return pem("PRIVATE KEY", der)
        default:
            return "Unknown type \(type)"
        }
    }

    static func pem(_ label: String, _ der: [UInt8]) -> String {
        let b64 = Array(Base64.encode(der))
        var out = "-----BEGIN \(label)-----\n"
        var i = 0
        while i < b64.count {
            out += String(b64[i..<min(i + 64, b64.count)]) + "\n"
            i += 64
        }
        return out + "-----END \(label)-----\n"
    }
}
