import Crypto

extension AgeIdentity {
    /// A fresh X25519 identity, as `age-keygen` makes (for tests and fixtures; real keys are
    /// made and kept by the user).
    public static func generate() -> AgeIdentity {
        AgeIdentity(privateKey: Curve25519.KeyAgreement.PrivateKey())
    }

    init(privateKey key: Curve25519.KeyAgreement.PrivateKey) {
        secret = Array(key.rawRepresentation)
        recipient = Bech32.encode(hrp: "age", data: Array(key.publicKey.rawRepresentation))
    }

    /// The `AGE-SECRET-KEY-1…` text for a key file or `SOPS_AGE_KEY`.
    public var secretKeyText: String {
        Bech32.encode(hrp: "age-secret-key-", data: secret).uppercased()
    }
}
