import ArgumentParser
import BigBang

/// `bbctl validate [ENV...]`: every environment rendered and checked; all findings reported.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Render environments and check them: schemas, references, deprecated APIs and Big Bang policies.",
        discussion: """
            Every finding is reported, not just the first; an environment that fails to render \
            is still checked as far as its kustomize build gets. Rules: \
            \(Validator.ruleIDs.joined(separator: ", ")) (switch rules off with .bbctl.yaml \
            validate.disable or --disable). Exit status: 1 when any error-level finding, 0 \
            otherwise, 2 on usage errors. --kube-version sets the target release for \
            deprecated-api (default 1.35, or .bbctl.yaml validate.kubeVersion).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, junit }

    @Argument(help: "Environments (default: all of the repository's).", completion: .directory)
    var environments: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text, json or junit (GitLab artifacts:reports:junit).")
    var format: Format = .text

    @Flag(name: .customLong("list-envs"), help: "List the environments (name, path, production) instead of validating.")
    var listEnvs = false

    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a rule off (repeatable), besides .bbctl.yaml validate.disable.", valueName: "rule"))
    var disabled: [String] = []

    @OptionGroup var render: RenderFlags

    func run() throws {
        let options: EnvironmentRenderer.Options
        do {
            options = try render.options()
        } catch let error as ValidationError {
            throw error
        } catch {
            DiagnosticPrinter.print([error.asDiagnostic])
            throw ExitCode(2)
        }
        let request = RenderRequest(environments: environments, options: options)
        var repository: BigBangRepository
        let selected: [BigBangRepository.Environment]
        do {
            (repository, selected) = try request.resolve()
        } catch {
            DiagnosticPrinter.print([error.asDiagnostic])
            throw ExitCode(2)
        }
        if listEnvs {
            let list = EnvironmentList(repository: repository, environments: selected)
            StandardOutput.write(format == .json ? list.json() : list.text())
            return
        }
        if selected.isEmpty {
            StandardError.write("error: no environments in \(repository.root) (add them to .bbctl.yaml or name an overlay directory)\n")
            throw ExitCode(2)
        }
        for id in disabled where !Validator.ruleIDs.contains(id) {
            StandardError.write("error: --disable: no rule \"\(id)\" (rules: \(Validator.ruleIDs.joined(separator: ", ")))\n")
            throw ExitCode(2)
        }
        var target: KubernetesVersion?
        if let text = render.kubeVersion {
            guard let version = KubernetesVersion(parsing: text) else {
                StandardError.write("error: --kube-version: \"\(text)\" is not a Kubernetes version (like 1.30 or v1.30.2)\n")
                throw ExitCode(2)
            }
            target = version
        }
        var config = repository.config
        config.disabledRules.formUnion(disabled)
        repository = BigBangRepository(root: repository.root, config: config, environments: repository.environments)
        let report = Validator(repository: repository, options: .init(kubeVersion: target)).validate(selected, render: options)
        switch format {
        case .text: StandardOutput.write(report.text(colored: StandardOutput.wantsColor))
        case .json: StandardOutput.write(report.json())
        case .junit: StandardOutput.write(report.junit())
        }
        if report.hasErrors { throw ExitCode.failure }
    }
}
