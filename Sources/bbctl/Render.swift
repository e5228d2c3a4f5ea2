import ArgumentParser
import BigBang

/// `bbctl render [ENV...]`: what Flux would apply, offline.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render environments the way Flux would apply them (kustomize build + every HelmRelease templated).",
        discussion: """
            ENV is an environment name (from .bbctl.yaml, or an overlay directory of the \
            repository) or a directory. Flux Kustomizations sourced from this repository are \
            followed; each HelmRelease is templated with the values helm-controller composes \
            from valuesFrom and spec.values. SOPS files are decrypted in memory with age keys \
            (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY, --age-key) or gpg; without a key their values \
            are placeholders. Secret values are masked unless --show-secrets.
            """
    )

    @Argument(help: "Environments (default: all).", completion: .directory)
    var environments: [String] = []

    @OptionGroup var render: RenderFlags
    @OptionGroup var output: OutputOptions

    @Option(help: "Only objects of this kind.") var kind: String?
    @Option(help: "Only objects with this name.") var name: String?
    @Option(name: [.customShort("n"), .customLong("namespace")], help: "Only objects in this namespace.") var namespace: String?
    @Flag(name: .customLong("show-secrets"), help: "Print Secret values instead of masking them.") var showSecrets = false

    func run() throws {
        let renders: [EnvironmentRender]
        do {
            renders = try RenderRequest(environments: environments, options: try render.options()).run()
        } catch let error as ValidationError {
            throw error
        } catch {
            throw DiagnosticPrinter.fail(error)
        }
        let selected = renders.map { $0.filtered(kind: kind, name: name, namespace: namespace) }
        for r in renders { DiagnosticPrinter.print(r.warnings) }
        if output.format == .json && renders.count > 1 {
            do {
                StandardOutput.write(try EnvironmentRender.json(selected, showSecrets: showSecrets))
            } catch {
                throw DiagnosticPrinter.fail(error)
            }
            return
        }
        var text = ""
        for r in renders {
            let selected = r.filtered(kind: kind, name: name, namespace: namespace)
            if renders.count > 1 { text += "---\n# Environment: \(r.environment.name)\n" }
            do {
                text += try selected.formatted(output.format == .json ? .json : .yaml, showSecrets: showSecrets)
            } catch {
                throw DiagnosticPrinter.fail(error)
            }
        }
        StandardOutput.write(text)
    }
}
