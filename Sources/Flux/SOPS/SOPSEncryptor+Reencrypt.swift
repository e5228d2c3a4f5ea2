import Diagnostics
import YAML

extension SOPSEncryptor {
    /// Re-encrypts a SOPS file for this encryptor's recipients (e.g. a promoted secret for the
    /// target environment's `.sops.yaml` rule): decrypts `documents` (MAC checked), lets `edit`
    /// change the plaintext, and encrypts the result under a new data key with a new MAC.
    ///
    /// With `keepSelection` the file's own selection (`encrypted_regex`, suffixes, …) is kept,
    /// so the same values stay readable; only the recipients come from `rule`. The plaintext
    /// never leaves memory.
    public func reencrypt(_ documents: [Node], file: SourceFile?, decryptor: SOPSDecryptor,
                          keepSelection: Bool = true, edit: ([Node]) throws -> [Node] = { $0 }) throws -> [Node] {
        guard let metadata = documents.first(where: SOPS.isEncrypted).flatMap(SOPSMetadata.init) else {
            throw SOPSError.malformedMetadata("the file is not SOPS-encrypted", at: nil)
        }
        let plain = try edit(try decryptor.decryptStream(documents, file: file))
        var encryptor = self
        if keepSelection {
            encryptor.rule = SOPSCreationRule(metadata: metadata, ageRecipients: rule.ageRecipients)
            encryptor.rule.pgpFingerprints = rule.pgpFingerprints
        }
        return try encryptor.encryptStream(plain)
    }

    /// The same on file text, printed as SOPS prints it.
    public func reencrypt(text: String, path: String, decryptor: SOPSDecryptor, keepSelection: Bool = true,
                          edit: ([Node]) throws -> [Node] = { $0 }) throws -> String {
        let file = SourceFile(path: path, text: text)
        let documents = try YAMLParser.parse(file)
        return YAMLv3Emitter.emit(try reencrypt(documents, file: file, decryptor: decryptor,
                                                keepSelection: keepSelection, edit: edit), indent: 4)
    }
}
