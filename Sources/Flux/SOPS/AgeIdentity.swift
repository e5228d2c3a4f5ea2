import Crypto
import Foundation

/// An age X25519 identity (`AGE-SECRET-KEY-1…`), the private half SOPS uses to unwrap the
/// data key stored under `sops.age[].enc`.
public struct AgeIdentity: Sendable, Hashable {
    /// The 32-byte X25519 scalar.
    let secret: [UInt8]
    /// The matching `age1…` recipient, used to pick the right stanza and to name keys in errors.
    public let recipient: String

    init(secret: [UInt8]) throws {
        guard secret.count == 32,
              let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: secret) else {
            throw SOPSError.invalidIdentity("an X25519 secret key must be 32 bytes")
        }
        self.secret = secret
        self.recipient = Bech32.encode(hrp: "age", data: Array(key.publicKey.rawRepresentation))
    }

    /// Parses every identity in an age key file: one `AGE-SECRET-KEY-1…` per line, `#`
    /// comments and blank lines ignored (as age's `ParseIdentities` does).
    public static func parse(_ text: String) throws -> [AgeIdentity] {
        var out: [AgeIdentity] = []
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let decoded = Bech32.decode(line), decoded.hrp == "age-secret-key-" else {
                throw SOPSError.invalidIdentity("line \(n + 1) is not an AGE-SECRET-KEY-1… string")
            }
            out.append(try AgeIdentity(secret: decoded.data))
        }
        return out
    }

    /// The identities SOPS would find: `SOPS_AGE_KEY` (inline keys), `SOPS_AGE_KEY_FILE`, and
    /// the default `$XDG_CONFIG_HOME/sops/age/keys.txt` (or `~/.config/...`). Unreadable or
    /// malformed sources are skipped: a missing key surfaces later as "no matching identity".
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> [AgeIdentity] {
        var out: [AgeIdentity] = []
        if let inline = env["SOPS_AGE_KEY"], let ids = try? parse(inline) { out += ids }
        var files: [String] = []
        if let file = env["SOPS_AGE_KEY_FILE"], !file.isEmpty { files.append(file) }
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty {
            files.append(xdg + "/sops/age/keys.txt")
        } else if let home = env["HOME"], !home.isEmpty {
            files.append(home + "/.config/sops/age/keys.txt")
        }
        for file in files {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), let ids = try? parse(text) {
                for id in ids where !out.contains(id) { out.append(id) }
            }
        }
        return out
    }

    /// Reads identities from a key file.
    public static func load(file: String) throws -> [AgeIdentity] {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw SOPSError.invalidIdentity("cannot read \(file)")
        }
        return try parse(text)
    }
}
