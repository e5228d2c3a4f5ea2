import Diagnostics
import FileSystem
import Git

/// What `bbctl init` did.
public struct ScaffoldResult: Sendable, Equatable {
    /// The repository directory, absolute.
    public var directory: String
    /// Paths written, relative to `directory`, sorted.
    public var files: [String]
    /// Paths under `secrets/` written SOPS-encrypted.
    public var encrypted: [String]
    /// The first commit when `initializeGit` was set.
    public var commit: String?
    /// What the user should know: secrets left unencrypted, keys not wrapped.
    public var warnings: [Diagnostic]
}

extension Scaffolder {
    /// The identity of the first commit when git config has none.
    public static let fallbackIdentity = (name: "bbctl", email: "bbctl@localhost")

    /// Writes the scaffold into `options.directory`, all files or none: refuses a non-empty
    /// directory unless `force`; encrypts the `secrets/` files for the age recipients; with `initializeGit`, creates the repository (branch `main`,
    /// which the bootstrap's GitRepository follows) and commits the files through libgit2.
    /// On any failure the directory is left as it was.
    public func write(fileSystem: FileSystem = DiskFileSystem(),
                      gitEnvironment: GitEnvironment = .current) throws -> ScaffoldResult {
        try write(fileSystem: fileSystem, gitEnvironment: gitEnvironment, rename: ScaffoldTransaction.posixRename)
    }

    /// `rename` is the file-moving step, replaceable so tests can inject a failure.
    func write(fileSystem: FileSystem, gitEnvironment: GitEnvironment,
               rename: @escaping ScaffoldTransaction.Rename) throws -> ScaffoldResult {
        let (files, warnings) = try encryptingSecrets(try self.files())
        let directory = options.directory.hasPrefix("/") ? Path.clean(options.directory)
            : Path.join(currentDirectory(), options.directory)
        let transaction = try ScaffoldTransaction(target: directory, force: options.force,
                                                  fileSystem: fileSystem, rename: rename)
        let hadGit = fileSystem.exists(Path.join(directory, ".git"))
        do {
            try transaction.stageFiles(files)
            try transaction.place(files)
            let commit = options.initializeGit
                ? try commitScaffold(files, in: directory, existingRepository: hadGit, environment: gitEnvironment)
                : nil
            transaction.commit()
            return ScaffoldResult(directory: directory, files: files.map(\.path),
                                  encrypted: options.ageRecipients.isEmpty ? [] : files.map(\.path).filter(Self.isSecretFile),
                                  commit: commit, warnings: warnings)
        } catch {
            if options.initializeGit && !hadGit { try? fileSystem.removeItem(Path.join(directory, ".git")) }
            transaction.rollback()
            throw error
        }
    }

    private func commitScaffold(_ files: [ScaffoldFile], in directory: String, existingRepository: Bool,
                                environment: GitEnvironment) throws -> String {
        var repository = existingRepository
            ? try GitRepository(at: directory, environment: environment)
            : try GitRepository.create(at: directory, initialBranch: "main", environment: environment)
        // git's identity rules, then the fallback, per missing field.
        var variables = environment.variables
        for (key, fallback, names) in [("user.name", Self.fallbackIdentity.name, ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"]),
                                       ("user.email", Self.fallbackIdentity.email, ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"])]
        where (try repository.value(for: key))?.isEmpty != false {
            for name in names where (variables[name] ?? "").isEmpty { variables[name] = fallback }
        }
        if variables != environment.variables {
            repository = try GitRepository(at: directory, environment: GitEnvironment(variables))
        }
        let selection: CommitSelection = existingRepository ? .paths(files.map(\.path)) : .all
        let envs = options.environments.joined(separator: ", ")
        let message = """
            Big Bang \(options.bigBangVersion) deployment repository (bbctl init)

            Environments in promotion order: \(envs). Chart source: \(options.source.rawValue) \
            (\(options.effectiveRepoURL)).
            """
        return try repository.commit(selection, message: message).hex
    }
}
