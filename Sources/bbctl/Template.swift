import ArgumentParser
import BigBang
import Helm

/// `bbctl template [NAME] CHART`: the same bytes as `helm template` (Helm v4.1.4).
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Render a chart locally (the same output as helm template).",
        discussion: """
            Prints exactly what `helm template` of Helm v4.1.4 prints. Without \
            --kube-version, templates see Kubernetes v1.35.0 (Helm 4's default), so charts \
            such as Big Bang with kubeVersion >=1.34 render without flags.
            """
    )

    @Argument(help: ArgumentHelp("[NAME] CHART: the release name (optional) and the chart directory or .tgz.", valueName: "name-or-chart"), completion: .directory)
    var arguments: [String]

    @OptionGroup var values: ValuesOptions

    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Namespace of the release.")
    var namespace: String = "default"

    @Flag(name: [.customShort("g"), .customLong("generate-name")], help: "Generate the release name (with one CHART argument, helm template keeps release-name).")
    var generateName = false

    @Option(name: .customLong("name-template"), help: "Go template (with Sprig functions) whose output is the release name.")
    var nameTemplate: String?

    @Flag(name: .customLong("release-name"), help: "Use the release name in the --output-dir path.")
    var useReleaseName = false

    @Option(name: .customLong("output-dir"), help: "Write the executed templates to files in this directory instead of stdout.", completion: .directory)
    var outputDir: String?

    @Option(name: .customLong("kube-version"), help: "Kubernetes version for Capabilities.KubeVersion (default v1.35.0).")
    var kubeVersion: String?

    @Option(name: [.customShort("a"), .customLong("api-versions")], help: "Extra Kubernetes API versions for Capabilities.APIVersions (repeatable).")
    var apiVersions: [String] = []

    @Option(name: [.customShort("s"), .customLong("show-only")], help: "Only show manifests rendered from these templates (repeatable).")
    var showOnly: [String] = []

    @Flag(name: .customLong("include-crds"), help: "Include CRDs from the chart's crds/ directory.")
    var includeCRDs = false

    @Flag(name: .customLong("skip-crds"), help: "Do not include CRDs (the default for template).")
    var skipCRDs = false

    @Flag(name: .customLong("no-hooks"), help: "Leave hooks out of the output.")
    var noHooks = false

    @Flag(name: .customLong("skip-tests"), help: "Leave test hooks out of the output.")
    var skipTests = false

    @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
    var isUpgrade = false

    @Flag(name: .customLong("skip-schema-validation"), help: "Do not validate values against values.schema.json.")
    var skipSchemaValidation = false

    func validate() throws {
        guard (1...2).contains(arguments.count) else {
            throw ValidationError("expected [NAME] CHART, got \(arguments.count) arguments")
        }
    }

    /// Helm's `NameAndChart` for `helm template`: NAME, else `--name-template`'s output, else
    /// `release-name` (helm template names the release before `--generate-name` is looked at).
    private func releaseName() throws -> String {
        if arguments.count == 2 {
            if generateName { throw HelmError.nameTemplate("cannot set --generate-name and also specify a name") }
            if nameTemplate != nil { throw HelmError.nameTemplate("cannot set --name-template and also specify a name") }
            return arguments[0]
        }
        if let nameTemplate { return try ReleaseNameTemplate.render(nameTemplate) }
        return "release-name"
    }

    func run() throws {
        let chart = arguments[arguments.count - 1]
        do {
            let name = try releaseName()
            var options = RenderOptions(releaseName: name, namespace: namespace, isUpgrade: isUpgrade,
                                        apiVersions: apiVersions, showOnly: showOnly,
                                        includeCRDs: includeCRDs && !skipCRDs, noHooks: noHooks,
                                        skipTests: skipTests, skipSchemaValidation: skipSchemaValidation)
            if let v = kubeVersion { options.kubeVersion = try KubeVersion.parse(v) }
            var command = ChartTemplate(values: values.helmValues, render: options)
            command.outputDirectory = outputDir
            command.useReleaseName = useReleaseName
            let output = try command.run(chart: chart)
            StandardOutput.write(output.text)
            if let failure = output.failure { throw failure }
        } catch {
            throw HelmErrorPrinter.fail(error)
        }
    }
}
