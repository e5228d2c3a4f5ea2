import Diagnostics
import Flux

extension Scaffolder {
    /// Files under a `secrets/` directory: Secrets of values meant to be SOPS-encrypted.
    static func isSecretFile(_ path: String) -> Bool {
        path.hasPrefix("secrets/") || path.contains("/secrets/")
    }

    /// The scaffold as it is written: the `secrets/` files SOPS-encrypted in process for the
    /// age recipients, each with the creation rule the scaffold's own `.sops.yaml` gives for
    /// its path (so `sops` later edits them with the same settings). Without an age
    /// recipient they stay plaintext placeholders, and a warning says so.
    func encryptingSecrets(_ files: [ScaffoldFile]) throws -> (files: [ScaffoldFile], warnings: [Diagnostic]) {
        let secretPaths = files.map(\.path).filter(Self.isSecretFile)
        guard !secretPaths.isEmpty else { return (files, []) }
        guard !options.ageRecipients.isEmpty else {
            let how = options.pgpFingerprints.isEmpty
                ? "no age recipient was given; add one to .sops.yaml"
                : "bbctl encrypts for age recipients only"
            return (files, [.warning("secrets/ files are left unencrypted (\(how)); encrypt them with `sops --encrypt --in-place FILE` before committing real values")])
        }
        guard let sops = files.first(where: { $0.path == ".sops.yaml" }) else { return (files, []) }
        let config = try SOPSConfig.parse(SourceFile(path: ".sops.yaml", text: sops.contents))
        var out: [ScaffoldFile] = []
        for file in files {
            guard Self.isSecretFile(file.path) else { out.append(file); continue }
            let rule = try config.creationRule(for: file.path)
            let encrypted = try SOPSEncryptor(rule: rule).encrypt(text: file.contents, path: file.path)
            out.append(ScaffoldFile(path: file.path, contents: encrypted))
        }
        var warnings: [Diagnostic] = []
        if !options.pgpFingerprints.isEmpty {
            warnings.append(.warning("secrets/ files are encrypted for the age recipients only; run `sops updatekeys FILE` to add the PGP keys listed in .sops.yaml"))
        }
        return (out, warnings)
    }
}
