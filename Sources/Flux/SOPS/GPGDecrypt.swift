import Foundation

/// Runs `gpg --decrypt` on an armored PGP message (a SOPS `pgp[].enc`), the way SOPS falls back
/// to the gpg binary. Used only for PGP-protected files; age needs no subprocess.
enum GPGDecrypt {
    struct Failure: Error { var reason: String }

    static func executable(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = env["SOPS_GPG_EXEC"], !explicit.isEmpty { return explicit }
        for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(dir) + "/gpg"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ armored: String, gnupgHome: String? = nil) -> Result<[UInt8], Failure> {
        var env = ProcessInfo.processInfo.environment
        if let gnupgHome { env["GNUPGHOME"] = gnupgHome }
        guard let gpg = executable(env) else { return .failure(Failure(reason: "gpg is not installed")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gpg)
        process.arguments = ["--batch", "--quiet", "--no-tty", "--decrypt"]
        process.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            return .failure(Failure(reason: "cannot run \(gpg): \(error)"))
        }
        // The message is small (a few hundred bytes), so writing before reading cannot block.
        input.fileHandleForWriting.write(Data(armored.utf8))
        try? input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: err, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Failure(reason: "gpg failed: \(message.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)")"))
        }
        return .success(Array(out))
    }
}
