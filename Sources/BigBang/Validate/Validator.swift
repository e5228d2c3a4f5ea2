import Diagnostics
import FileSystem
import Foundation

/// `bbctl validate`'s façade: renders environments (in parallel), runs every enabled rule on
/// each (in parallel) and returns all findings.
///
///     let repo = try BigBangRepository.discover(from: ".")
///     let report = try Validator(repository: repo).validate(repo.environments)
///     print(report.text(colored: false)); exit(report.hasErrors ? 1 : 0)
public struct Validator {
    public struct Options: Sendable {
        /// Target Kubernetes release; nil for `.bbctl.yaml` `validate.kubeVersion`, else `KubernetesVersion.current`.
        public var kubeVersion: KubernetesVersion?

        public init(kubeVersion: KubernetesVersion? = nil) { self.kubeVersion = kubeVersion }
    }

    /// Every rule, in the order findings of one file are listed.
    static let rules: [any ValidationRule] = [
        RenderRule(), ObjectBasicsRule(), DuplicateRule(), KubernetesSchemaRule(), FluxSchemaRule(), ReferencesRule(),
        DeprecatedAPIRule(), ValuesSchemaRule(), SOPSSecretsRule(), ImageRegistryRule(), CoreServicesRule(),
    ]

    /// The rule ids, as `.bbctl.yaml` `validate.disable` lists them.
    public static var ruleIDs: [String] { rules.map(\.id) }

    public let repository: BigBangRepository
    public let options: Options
    public let fileSystem: FileSystem

    public init(repository: BigBangRepository, options: Options = .init(), fileSystem: FileSystem = DiskFileSystem()) {
        self.repository = repository
        self.options = options
        self.fileSystem = fileSystem
    }

    /// The settings rules see: the repository's config and the target Kubernetes version.
    public var context: ValidationContext {
        let configured = repository.config.kubeVersion.flatMap(KubernetesVersion.init(parsing:))
        return ValidationContext(config: repository.config, kubeVersion: options.kubeVersion ?? configured ?? .current)
    }

    /// The environment's committed YAML files (overlay, local bases, and the directories of
    /// Flux Kustomizations applied from this repository), root-relative.
    public func sourceFiles(of environment: BigBangRepository.Environment, alsoFollowed: [String] = []) -> [SourceFile] {
        EnvironmentSources(root: repository.root, fileSystem: fileSystem).files(for: environment, alsoFollowed: alsoFollowed)
    }

    /// Runs the enabled rules over already-rendered environments, all pairs in parallel.
    public func check(_ subjects: [ValidationSubject]) -> ValidationReport {
        let context = self.context
        let enabled = Self.rules.filter { !context.config.disabledRules.contains($0.id) }
        let jobs = subjects.indices.flatMap { s in enabled.indices.map { (s, $0) } }
        var findings = Concurrently.map(jobs) { s, r in enabled[r].check(subjects[s], context) }.flatMap { $0 }
        // Engines report absolute paths; inside the repository they print relative to it.
        let prefix = repository.root.hasSuffix("/") ? repository.root : repository.root + "/"
        for i in findings.indices {
            if let path = findings[i].location?.path, path.hasPrefix(prefix) {
                findings[i].location?.path = String(path.dropFirst(prefix.count))
            }
        }
        var report = ValidationReport(environments: subjects.map(\.environment.name), rules: enabled.map(\.id), findings: findings)
        report.unknownDisabledRules = context.config.disabledRules.subtracting(Self.ruleIDs).sorted()
        return report
    }
}
