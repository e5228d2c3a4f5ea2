import ArgumentParser
import BigBang
import Foundation

/// `bbctl init DIR`: a new Big Bang customer repository from the embedded templates.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a Big Bang deployment repository (base, one directory per environment).",
        discussion: """
            Writes base/ (the Big Bang base or chart at --bigbang-version, shared values and \
            secrets), one directory per environment (kustomization, values, secrets/ for SOPS, \
            the Flux bootstrap bigbang.yaml), .bbctl.yaml, .sops.yaml, README.md and \
            .gitlab-ci.yml. With --age-recipient the secrets/ files are written SOPS-encrypted. \
            All files are written or none. On a terminal, missing answers are asked for; \
            otherwise the defaults apply.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The directory to create (it must be empty or absent unless --force).", completion: .directory)
    var directory: String?

    @Option(help: ArgumentHelp("Environments in promotion order (default: dev,staging,prod).", valueName: "env,env,..."))
    var envs: String?

    @Option(name: .customLong("bigbang-version"), help: ArgumentHelp("Big Bang release (default: \(ScaffoldOptions.defaultBigBangVersion)).", valueName: "version"))
    var bigBangVersion: String?

    @Option(name: .customLong("domain"), help: ArgumentHelp("The domain (environments other than prod get <env>.<domain>), or ENV=DOMAIN for one environment; repeatable (default: \(ScaffoldOptions.defaultDomain)).", valueName: "domain"))
    var domains: [String] = []

    @Option(help: ArgumentHelp("Where the Big Bang chart comes from: git (GitRepository) or helm (OCI HelmRepository) (default: git).", valueName: "git|helm"))
    var source: ScaffoldOptions.Source?

    @Option(name: .customLong("repo-url"), help: ArgumentHelp("The Big Bang git repository or OCI registry (a mirror); default: the public one.", valueName: "url"))
    var repoURL: String?

    @Option(name: .customLong("age-recipient"), help: ArgumentHelp("age public key that may decrypt the secrets (repeatable).", valueName: "age1..."))
    var ageRecipients: [String] = []

    @Option(name: .customLong("pgp-fingerprint"), help: ArgumentHelp("PGP key fingerprint that may decrypt the secrets (repeatable).", valueName: "fingerprint"))
    var pgpFingerprints: [String] = []

    @Flag(help: "Initialise a git repository and make the first commit.")
    var git = false

    @Flag(help: "Write into a non-empty directory, replacing files of the same names.")
    var force = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        for d in domains where d.contains("=") {
            let parts = d.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--domain \(d): expected DOMAIN or ENV=DOMAIN")
            }
        }
        if !Prompter.isInteractive && directory == nil {
            throw ValidationError("Missing expected argument '<directory>'")
        }
    }

    func run() throws {
        do {
            let options = try Prompter.isInteractive ? askMissing() : scaffoldOptions(directory: directory ?? ".")
            let result = try Scaffolder(options: options).write()
            DiagnosticPrinter.print(result.warnings)
            StandardOutput.write(format == .json ? try Self.json(result) : Self.text(result))
        } catch {
            throw DiagnosticPrinter.fail(error)
        }
    }

    func scaffoldOptions(directory: String, envs: String? = nil, version: String? = nil, domain: String? = nil,
                         source: ScaffoldOptions.Source? = nil, age: [String] = []) throws -> ScaffoldOptions {
        var global: String?
        var perEnvironment: [String: String] = [:]
        for d in domains + (domain.map { [$0] } ?? []) {
            let parts = d.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { perEnvironment[parts[0]] = parts[1] } else { global = d }
        }
        let list = (envs ?? self.envs).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        return ScaffoldOptions(
            directory: directory,
            environments: list ?? ScaffoldOptions.defaultEnvironments,
            bigBangVersion: version ?? bigBangVersion ?? ScaffoldOptions.defaultBigBangVersion,
            domain: global, environmentDomains: perEnvironment,
            source: source ?? self.source ?? .git, repoURL: repoURL,
            ageRecipients: ageRecipients + age, pgpFingerprints: pgpFingerprints,
            initializeGit: git, force: force)
    }

    /// On a terminal: asks for what the flags left open, defaults in brackets.
    private func askMissing() throws -> ScaffoldOptions {
        let dir = directory ?? Prompter.ask("Directory for the new repository", default: "bigbang-deployment")
        let envList = envs ?? Prompter.ask("Environments, in promotion order", default: ScaffoldOptions.defaultEnvironments.joined(separator: ","))
        let version = bigBangVersion ?? Prompter.ask("Big Bang version", default: ScaffoldOptions.defaultBigBangVersion)
        let domain = domains.contains { !$0.contains("=") } ? nil : Prompter.ask("Domain", default: ScaffoldOptions.defaultDomain)
        var chosenSource = source
        while chosenSource == nil {
            chosenSource = ScaffoldOptions.Source(rawValue: Prompter.ask("Chart source (git or helm)", default: "git"))
        }
        var age: [String] = []
        if ageRecipients.isEmpty && pgpFingerprints.isEmpty {
            let answer = Prompter.ask("age recipient for SOPS (empty: fill in .sops.yaml later)", default: "")
            if !answer.isEmpty { age = [answer] }
        }
        return try scaffoldOptions(directory: dir, envs: envList, version: version, domain: domain,
                                   source: chosenSource, age: age)
    }

    static func text(_ result: ScaffoldResult) -> String {
        var out = "Created \(result.directory) (\(result.files.count) files):\n"
        let encrypted = Set(result.encrypted)
        for file in result.files { out += "  \(file)\(encrypted.contains(file) ? " (SOPS-encrypted)" : "")\n" }
        if let commit = result.commit { out += "Committed \(commit.prefix(12))\n" }
        return out
    }

    static func json(_ result: ScaffoldResult) throws -> String {
        struct Output: Encodable { var directory: String; var files: [String]; var encrypted: [String]; var commit: String? }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Output(directory: result.directory, files: result.files, encrypted: result.encrypted, commit: result.commit))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension ScaffoldOptions.Source: ExpressibleByArgument {}

/// Questions on stderr, answers from stdin — only when both are terminals.
enum Prompter {
    static var isInteractive: Bool { isatty(0) != 0 && isatty(2) != 0 }

    static func ask(_ question: String, default value: String) -> String {
        StandardError.write(value.isEmpty ? "\(question): " : "\(question) [\(value)]: ")
        guard let line = readLine() else { return value }
        let answer = line.trimmingCharacters(in: .whitespaces)
        return answer.isEmpty ? value : answer
    }
}
