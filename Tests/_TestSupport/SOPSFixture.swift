import Flux

/// SOPS-encrypted fixtures made in process, so tests need no `sops` binary: encrypt plain YAML
/// for a recipient (make one with `AgeIdentity.generate()`) and decrypt it with that identity.
public enum SOPSFixture {
    /// The encrypted file text, as `sops --encrypt --age RECIPIENT [--encrypted-regex R]` writes
    /// it. A nil `encryptedRegex` uses SOPS's default selection (all but `*_unencrypted` keys).
    public static func encrypt(yaml: String, recipient: String,
                               encryptedRegex: String? = "^(data|stringData)$") throws -> String {
        try encrypt(yaml: yaml, recipients: [recipient], encryptedRegex: encryptedRegex)
    }

    public static func encrypt(yaml: String, recipients: [String],
                               encryptedRegex: String? = "^(data|stringData)$") throws -> String {
        let rule = SOPSCreationRule(ageRecipients: recipients, encryptedRegex: encryptedRegex ?? "")
        return try SOPSEncryptor(rule: rule).encrypt(text: yaml, path: "fixture.yaml")
    }
}
