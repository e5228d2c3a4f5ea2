import Diagnostics
import FileSystem
import Flux
import YAML

/// Promotion of SOPS-encrypted files (`--include-secrets`): both sides are decrypted in
/// memory, promoted like any file, and TO's result is encrypted again for TO's recipients
/// (its `.sops.yaml` creation rule, else the recipients already on the file). Plaintext is
/// never written anywhere.
struct SecretFilePromoter {
    let decryptor: SOPSDecryptor
    let config: SOPSConfig?

    init(repositoryRoot: String, fileSystem: FileSystem, identities: [AgeIdentity] = AgeIdentity.fromEnvironment()) {
        decryptor = SOPSDecryptor(identities: identities)
        config = try? SOPSConfig.load(repoRoot: repositoryRoot, fileSystem: fileSystem)
    }

    /// The plaintext of an encrypted file as YAML text under the same path (nil when it is
    /// not encrypted).
    func plaintext(_ file: SourceFile) throws -> SourceFile {
        let documents = try YAMLParser.parse(file)
        guard documents.contains(where: SOPS.isEncrypted) else { return file }
        let plain = try decryptor.decryptStream(documents, file: file)
        return SourceFile(path: file.path, text: YAMLv3Emitter.emit(plain, indent: 4))
    }

    /// TO's file encrypted again with the promoted plaintext.
    func reencrypt(target: SourceFile, promoted: [UInt8]) throws -> [UInt8] {
        let documents = try YAMLParser.parse(target)
        let recipients: [String]
        if let config, let rule = try? config.creationRule(for: target.path), !rule.ageRecipients.isEmpty {
            recipients = rule.ageRecipients
        } else {
            recipients = documents.lazy.compactMap { SOPSMetadata($0.resolved) }.first?.age.map(\.recipient) ?? []
        }
        let plain = try YAMLParser.parse(SourceFile(path: target.path, bytes: promoted))
        let encryptor = SOPSEncryptor(recipients: recipients)
        let encrypted = try encryptor.reencrypt(documents, file: target, decryptor: decryptor) { _ in plain }
        return Array(YAMLv3Emitter.emit(encrypted, indent: 4).utf8)
    }
}
